/** The document commands behind the toolbar, the keyboard shortcuts and the native menu. */
import { parseScenarioFile, serializeScenario, type FileError, type MenuCommand } from '../../shared';
import { api } from './api/api';
import { withExtension } from './api/browserApi';
import { selectDirty } from './store/selectors';
import { useStore } from './store/store';

const LIMIT_MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function reportFileError(error: FileError, verb: 'open' | 'save'): void {
  const { showProblems } = useStore.getState();
  const title = verb === 'open' ? "Can't open this file" : "Can't save this file";
  switch (error.code) {
    case 'cancelled':
      return;
    case 'invalid':
      return showProblems({ title, fileName: error.path, problems: error.problems });
    case 'too-large':
      return showProblems({ title, fileName: error.path, problems: [{ path: '(file)', message: `The file is ${LIMIT_MB(error.bytes)}; OrgSim opens files up to ${LIMIT_MB(error.limit)}.` }] });
    case 'io':
      return showProblems({ title, fileName: error.path, problems: [{ path: '(file)', message: error.message }] });
    case 'bad-request':
      return showProblems({ title, fileName: '', problems: [{ path: '(request)', message: error.message }] });
  }
}

/** Ask before throwing away unsaved changes. */
function confirmDiscard(): boolean {
  return !selectDirty(useStore.getState()) || window.confirm('You have unsaved changes. Discard them?');
}

export async function openDocument(): Promise<void> {
  if (!confirmDiscard()) return;
  const result = await api.openFile();
  if (!result.ok) return reportFileError(result.error, 'open');
  const { path, name, text } = result.value;
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) return reportFileError({ code: 'invalid', path: name, problems: parsed.error }, 'open');
  useStore.getState().openScenario(parsed.value, path, name);
  useStore.getState().requestFit();
}

export async function saveDocument(saveAs: boolean): Promise<void> {
  const state = useStore.getState();
  const saving = state.scenario;
  const text = serializeScenario(saving);
  const result = await api.saveFile({
    text,
    ...(saveAs || state.filePath === null ? {} : { path: state.filePath }),
    suggestedName: withExtension(state.fileName ?? state.scenario.name),
  });
  if (!result.ok) return reportFileError(result.error, 'save');
  useStore.getState().markSaved(result.value.path, result.value.name, saving);
  useStore.getState().showNotice(`Saved ${result.value.name}`);
}

export function newDocument(): void {
  if (!confirmDiscard()) return;
  useStore.getState().newDocument();
  useStore.getState().requestFit();
}

/** Run a command from the menu or a shortcut. */
export function runCommand(command: MenuCommand): void {
  switch (command) {
    case 'new':
      return newDocument();
    case 'open':
      return void openDocument();
    case 'save':
      return void saveDocument(false);
    case 'save-as':
      return void saveDocument(true);
    case 'fit-view':
      return useStore.getState().requestFit();
    case 'undo':
    case 'redo':
      return; // Undo history arrives with editing (issue 3); nothing edits the document yet.
  }
}

/** The shortcut for a key event, or null: Ctrl/Cmd+N, O, S, Shift+S. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'n' && !e.shiftKey) return 'new';
  if (key === 'o' && !e.shiftKey) return 'open';
  if (key === 's') return e.shiftKey ? 'save-as' : 'save';
  return null;
}
