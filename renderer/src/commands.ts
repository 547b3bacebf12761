/** The document commands behind the toolbar, the keyboard shortcuts and the native menu. */
import { clearPositions, MAX_FILE_BYTES, materializeEmergent, plural, promoteCandidate, serializeScenario, type DocumentHandle, type FileError, type MenuCommand, type OpenedFile, type Org, type PersonId, type Result, type RoleTitle, type UnitId } from '../../shared';
import { api } from './api/api';
import { withExtension } from './api/browserApi';
import { editView } from './editing';
import { reportFileError } from './fileErrors';
import { exportCsv, exportMonth, exportPng, exportScenario, exportSvg } from './exports';
import { importCsv, importCsvText } from './panels/ImportCsvDialog';
import { openGenerateDialog } from './panels/GenerateOrgDialog';
import { selectDirty, selectDisplay } from './store/selectors';
import { parseOpenedFile } from './file/openFile';
import { redo, undo, useStore } from './store/store';
import { runVariantCommand } from './variants/variantsUi';

const OPEN_FAILED = "Can't open this file";

/**
 * Before replacing the document: with unsaved changes, ask Save / Don't Save / Cancel.
 * Resolves true when it is fine to go on (saved, or the user chose not to).
 */
export async function resolveUnsaved(): Promise<boolean> {
  const state = useStore.getState();
  if (!selectDirty(state)) return true;
  const name = state.fileName ?? state.scenario.name;
  const answer = await state.ask({ title: `Save changes to “${name}”?`, message: "Your changes will be lost if you don't save them.", buttons: ['Save', "Don't Save", 'Cancel'] });
  if (answer === 0) {
    await saveDocument(false);
    return !selectDirty(useStore.getState());
  }
  if (answer === 1) void api.clearRecovery();
  return answer === 1;
}

export async function openDocument(): Promise<void> {
  if (!(await resolveUnsaved())) return;
  const result = await api.openFile();
  if (!result.ok) return reportFileError(result.error, OPEN_FAILED);
  const { handle, name, text } = result.value;
  await openScenarioText(text, name, handle);
}

/**
 * Open a scenario's text (from a dialog or a dropped file); a broken one shows its problems and changes nothing.
 * A big file is parsed in a worker with an "Opening…" note (Cancel keeps the document on screen).
 */
async function openScenarioText(text: string, name: string, handle: string | null): Promise<void> {
  const parsed = await parseOpenedFile(text, name);
  if (parsed === 'cancelled') return;
  if (!parsed.ok) return reportFileError({ code: 'invalid', path: name, problems: parsed.error }, OPEN_FAILED);
  // The store's `filePath` holds the opaque handle main issued, never a path the page could choose.
  useStore.getState().openScenario(parsed.value, handle, name);
  useStore.getState().requestFit();
}

/** A file dropped on the window: a scenario opens (asking first if there are unsaved changes), a CSV imports. */
export async function openDroppedFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) return reportFileError({ code: 'too-large', path: file.name, bytes: file.size, limit: MAX_FILE_BYTES }, OPEN_FAILED);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return reportFileError({ code: 'io', path: file.name, message: e instanceof Error ? e.message : String(e) }, OPEN_FAILED);
  }
  if (/\.(csv|txt)$/i.test(file.name)) return importCsvText(file.name, text);
  if (!(await resolveUnsaved())) return;
  // A dropped file's folder isn't known to the page: Save will ask where, like Save As.
  await openScenarioText(text, file.name, null);
}

export async function saveDocument(saveAs: boolean): Promise<void> {
  const state = useStore.getState();
  const saving = state.scenario;
  const text = serializeScenario(saving);
  const result = await api.saveFile({
    text,
    ...(saveAs || state.filePath === null ? {} : { handle: state.filePath as DocumentHandle }),
    suggestedName: withExtension(state.fileName ?? state.scenario.name),
  });
  if (!result.ok) return reportFileError(result.error, "Can't save this file");
  useStore.getState().markSaved(result.value.handle ?? state.filePath ?? '', result.value.name, saving);
  void api.clearRecovery();
  useStore.getState().showNotice(`Saved ${result.value.name}`);
}

/** A file main was asked to open (Open Recent, the command line, the OS). */
export async function openRequested(file: Result<OpenedFile, FileError>): Promise<void> {
  if (!file.ok) return reportFileError(file.error, OPEN_FAILED);
  if (!(await resolveUnsaved())) return;
  await openScenarioText(file.value.text, file.value.name, file.value.handle);
}

/** New: after Save / Don't Save / Cancel for unsaved changes, the sample org or an empty one. */
export async function newDocument(): Promise<void> {
  if (!(await resolveUnsaved())) return;
  const answer = await useStore.getState().ask({ title: 'New org', message: 'Start from the sample org (to explore what OrgSim shows), or from an empty org (to build your own).', buttons: ['Sample org', 'Empty org', 'Cancel'] });
  if (answer === 2) return;
  useStore.getState().newDocument(answer === 1 ? 'empty' : 'sample');
  useStore.getState().showNotice(null);
  useStore.getState().requestFit();
}

/** Run a command from the menu or a shortcut. */
export function runCommand(command: MenuCommand): void {
  switch (command) {
    case 'new':
      return void newDocument();
    case 'generate-org':
      return openGenerateDialog();
    case 'open':
      return void openDocument();
    case 'save':
      return void saveDocument(false);
    case 'save-as':
      return void saveDocument(true);
    case 'fit-view':
      return useStore.getState().requestFit();
    case 'import-csv':
      return void importCsv();
    case 'export-scenario':
      return void exportScenario();
    case 'export-month':
      return void exportMonth();
    case 'export-csv':
      return void exportCsv();
    case 'export-svg':
      return void exportSvg();
    case 'export-png':
      return void exportPng('whole');
    case 'export-png-view':
      return void exportPng('view');
    case 'toggle-minimap':
      return useStore.getState().toggleMinimap();
    case 'toggle-heat':
      return useStore.getState().toggleHeat();
    case 'find':
      return useStore.getState().openSearch(true);
    case 'relayout':
      return relayout();
    case 'toggle-forecast':
      return useStore.getState().toggleForecast();
    case 'toggle-dotted-lines':
      return useStore.getState().toggleDottedLines();
    case 'undo':
      return undo();
    case 'redo':
      return redo();
    default:
      runVariantCommand(command); // Variants > … (renderer/src/variants/)
  }
}

/** Return every unit to the automatic layout (forget positions the user dragged units to). */
export function relayout(): void {
  editView((view) => clearPositions(view));
  useStore.getState().requestFit();
}

/** The shortcut for a key event, or null: Ctrl/Cmd+N, G, O, S, Shift+S, Z, Shift+Z, Y, L, I, E, Shift+E, Shift+H, Shift+K. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'n' && !e.shiftKey) return 'new';
  if (key === 'g' && !e.shiftKey) return 'generate-org';
  if (key === 'h' && e.shiftKey) return 'toggle-heat';
  if (key === 'o' && !e.shiftKey) return 'open';
  if (key === 's') return e.shiftKey ? 'save-as' : 'save';
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  if (key === 'l' && !e.shiftKey) return 'relayout';
  if (key === 'i' && !e.shiftKey) return 'import-csv';
  if (key === 'e') return e.shiftKey ? 'export-png' : 'export-scenario';
  if (key === 'k' && e.shiftKey) return 'compare-variants';
  return null;
}

/**
 * Fill an open role (a vacancy, or a node the forecast says the org needs) with a candidate. A forecast node
 * is made real first. The person's old role opens in turn (the cascade), and the notice says so. One undo step.
 */
export function promote(displayedUnitId: UnitId, personId: PersonId): void {
  const state = useStore.getState();
  const { org: shown, ghosts, forecast, forecastReady } = selectDisplay(state);
  // A large org's forecast comes from a worker; Promote is offered only once it is in (SidePanel).
  if (!forecast || !forecastReady) return state.showNotice('The forecast is still being worked out: try again when it is in.');
  const ghost = ghosts.get(displayedUnitId);
  let org = state.scenario.org;
  let target = displayedUnitId;
  let role: RoleTitle;
  if (ghost) {
    const made = materializeEmergent(org, forecast, ghost);
    if (!made.ok) return state.showNotice(made.error.message);
    org = made.value.org;
    target = made.value.unitId;
    role = ghost.kind === 'mom' ? ghost.role : 'EM';
  } else {
    role = forecast.vacancies.find((v) => v.unitId === displayedUnitId)?.role ?? 'EM';
  }
  const promoted = promoteCandidate(org, { unitId: target, personId, role });
  if (!promoted.ok) return state.showNotice(promoted.error.message);
  const next = promoted.value.org;
  state.setScenario({ ...state.scenario, org: next });
  state.selectUnit(target);
  const name = next.people[personId]?.name ?? personId;
  const unitName = next.units[target]?.name ?? shown.units[displayedUnitId]?.name ?? target;
  const left = promoted.value.leftVacant;
  const restructured = ghost ? describeRestructure(state.scenario.org, org, target) : '';
  state.showNotice(`${name} promoted to ${role} of ${unitName} (internal).${left ? ` ${next.units[left]?.name ?? left} is now vacant.` : ''}${restructured}`);
}

/**
 * What making a forecast node real changed besides the node itself (a team split renames a team and adds a
 * vacant one; a span split adds groups and moves units under them), as a sentence for the notice, or ''.
 */
export function describeRestructure(before: Org, after: Org, filled: UnitId): string {
  const renamed: string[] = [];
  const added: string[] = [];
  let moved = 0;
  for (const unit of Object.values(after.units)) {
    const old = before.units[unit.id];
    if (!old) {
      if (unit.id !== filled) added.push(unit.leadId === null ? `${unit.name} (vacant)` : unit.name);
      continue;
    }
    if (old.name !== unit.name) renamed.push(`${old.name} is now ${unit.name}`);
    if (old.parentId !== unit.parentId) moved++;
  }
  const parts = [...renamed, ...(added.length > 0 ? [`new: ${added.join(', ')}`] : []), ...(moved > 0 ? [`${plural(moved, 'unit')} moved under the new role`] : [])];
  return parts.length === 0 ? '' : ` The forecast's restructuring applied too: ${parts.join('; ')}.`;
}
