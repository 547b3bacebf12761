/**
 * The command registry: what each command of shared/commands.ts does in the page, when it is enabled, and
 * whether it enters undo. The native menu (through main), the keyboard handler (keyboard.ts) and the toolbar
 * all end in `runCommand`, so a command behaves the same however it is given.
 *
 * Adding a command (a "variants" switcher, say): its id, label and shortcut in shared/commands.ts, then an entry
 * here; the toolbar shows it with `<CommandButton id=… />`, the menu with `item(id)` in electron/menu.ts.
 */
import { clearPositions, commandSpec, shortcutLabel, type CommandId } from '../../../shared';
import { editView } from '../editing';
import { exportCsv, exportMonth, exportPng, exportScenario, exportSvg } from '../exports';
import { openGenerateDialog } from '../panels/GenerateOrgDialog';
import { importCsv } from '../panels/ImportCsvDialog';
import { canRedo, canUndo, redo, undo, useStore, type CaptureUpdate, type Store } from '../store/store';
import { newDocument, openDocument } from './files';
import { isTextField, shortcutAt } from './keyboard';
import { saveDocument } from './unsaved';
import { VARIANT_COMMANDS } from '../variants/variantCommands';
import { memoizeWeak } from '../store/memo';

/** What a command's `enabled` and `checked` read: the store, and whether history has a step either way. */
export interface CommandContext {
  readonly state: Store;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export interface Command {
  /** What the toolbar says, when shorter than the menu's label. */
  readonly toolbarLabel?: string;
  /** The toolbar's tooltip, before the shortcut. */
  readonly title?: string;
  /**
   * What running it does to undo history (excalidraw's `captureUpdate`): 'immediately', an edit that is one undo
   * step; 'never', a change of the document's view (saved, so it marks the document dirty) that is not a step;
   * null, it doesn't edit the document (it replaces it, walks history, exports, or changes what is shown).
   */
  readonly captureUpdate: CaptureUpdate | null;
  /** When it can run; always, if left out. A disabled command does nothing, from any menu, key or button. */
  readonly enabled?: (ctx: CommandContext) => boolean;
  /** For a toggle: whether it is on (the toolbar's checkbox, the ✓ in a menu). */
  readonly checked?: (state: Store) => boolean;
  /** False when, with focus in a text field, the key belongs to the field (undo and redo edit its text). */
  readonly inTextFields?: boolean;
  readonly run: () => void;
}

/**
 * Whether a record has any key, remembered per record: this runs on every store change, and even a for…in that
 * stops at the first key lists all of a big dictionary-mode table's keys first (~35 ms at 100,000 units).
 */
const isEmpty = memoizeWeak((record: object): boolean => {
  for (const _ in record) return false;
  return true;
});

const hasUnits = ({ state }: CommandContext): boolean => !isEmpty(state.scenario.org.units);

/** In a text field, undo and redo are the field's own (the desktop menu sends them even then). */
const textUndo = (command: 'undo' | 'redo'): boolean => {
  if (typeof document === 'undefined' || !isTextField(document.activeElement)) return false;
  document.execCommand(command);
  return true;
};

/** Every command's behaviour, keyed by id: the compiler asks for an entry for each id in shared/commands.ts. */
export const COMMANDS = {
  new: { captureUpdate: null, run: () => void newDocument() },
  'generate-org': { toolbarLabel: 'Generate…', title: 'Generate a seeded org of 1,500 to 100,000 people', captureUpdate: null, run: openGenerateDialog },
  open: { captureUpdate: null, run: () => void openDocument() },
  save: { captureUpdate: null, run: () => void saveDocument(false) },
  'save-as': { captureUpdate: null, run: () => void saveDocument(true) },
  'import-csv': { title: 'Import people from a CSV', captureUpdate: null, run: () => void importCsv() },
  'export-scenario': { toolbarLabel: 'Scenario as JSON', captureUpdate: null, run: () => void exportScenario() },
  'export-month': { toolbarLabel: 'Org at the month shown as JSON', captureUpdate: null, run: () => void exportMonth() },
  'export-csv': { toolbarLabel: 'People as CSV', captureUpdate: null, run: () => void exportCsv() },
  'export-png-view': { toolbarLabel: 'Current view as PNG', captureUpdate: null, enabled: hasUnits, run: () => void exportPng('view') },
  'export-png': { toolbarLabel: 'Whole chart as PNG', captureUpdate: null, enabled: hasUnits, run: () => void exportPng('whole') },
  'export-svg': { toolbarLabel: 'Whole chart as SVG', captureUpdate: null, enabled: hasUnits, run: () => void exportSvg() },
  undo: { toolbarLabel: '↶ Undo', captureUpdate: null, inTextFields: false, enabled: (c) => c.canUndo, run: () => void (textUndo('undo') || undo()) },
  redo: { toolbarLabel: '↷ Redo', captureUpdate: null, inTextFields: false, enabled: (c) => c.canRedo, run: () => void (textUndo('redo') || redo()) },
  find: { toolbarLabel: 'Search', captureUpdate: null, run: () => useStore.getState().openSearch(true) },
  'fit-view': { toolbarLabel: 'Fit chart', captureUpdate: null, enabled: hasUnits, run: () => useStore.getState().requestFit() },
  relayout: {
    toolbarLabel: 'Re-layout',
    title: 'Return units you pinned to the automatic layout',
    captureUpdate: 'never',
    enabled: (c) => !isEmpty(c.state.scenario.view.positions),
    run: () => relayout(),
  },
  'toggle-forecast': {
    toolbarLabel: 'Forecast',
    title: 'Show the roles the org needs now, and who inside could take them',
    captureUpdate: null,
    checked: (s) => s.showForecast,
    run: () => useStore.getState().toggleForecast(),
  },
  'toggle-dotted-lines': {
    toolbarLabel: 'Dotted lines',
    captureUpdate: null,
    checked: (s) => s.showDottedLines,
    run: () => useStore.getState().toggleDottedLines(),
  },
  'toggle-minimap': { toolbarLabel: 'Minimap', captureUpdate: null, checked: (s) => s.showMinimap, run: () => useStore.getState().toggleMinimap() },
  'toggle-heat': {
    toolbarLabel: 'Heat',
    title: "Colour each unit by the MoM roles that emerge in its line: the forecast's, or Monte Carlo's odds",
    captureUpdate: null,
    checked: (s) => s.showHeat,
    run: () => useStore.getState().toggleHeat(),
  },
  ...VARIANT_COMMANDS,
} as const satisfies Record<CommandId, Command>;

/** The context for `enabled` and `checked`, read now. */
export const commandContext = (state: Store = useStore.getState()): CommandContext => ({ state, canUndo: canUndo(), canRedo: canRedo() });

/** Whether a command can run now. Example: `isCommandEnabled('undo')` is false on a fresh document. */
export function isCommandEnabled(id: CommandId, ctx: CommandContext = commandContext()): boolean {
  const command: Command = COMMANDS[id];
  return command.enabled?.(ctx) ?? true;
}

/** Run a command from the menu, a shortcut or the toolbar; a disabled one does nothing. Returns whether it ran. */
export function runCommand(id: CommandId): boolean {
  if (!isCommandEnabled(id)) return false;
  COMMANDS[id].run();
  return true;
}

/** The toolbar's wording for a command: its short label, else the menu's. */
export const toolbarLabel = (id: CommandId): string => (COMMANDS[id] as Command).toolbarLabel ?? commandSpec(id).label;

/** A tooltip: the title (or label) and the shortcut for this platform. Example: 'Save (Ctrl+S)'. */
export function commandTitle(id: CommandId, mac = isMac()): string {
  const { accelerator } = commandSpec(id);
  const text = (COMMANDS[id] as Command).title ?? commandSpec(id).label.replace(/…$/, '');
  return accelerator ? `${text} (${shortcutLabel(accelerator, mac)})` : text;
}

const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Return every unit to the automatic layout (forget positions the user dragged units to). Not an undo step. */
export function relayout(): void {
  editView((view) => clearPositions(view));
  useStore.getState().requestFit();
}

/**
 * A key press on the window: run the command it is a shortcut for (see keyboard.ts), and keep the browser from
 * doing its own thing with it (Ctrl+0 resets the zoom, Ctrl+Shift+D bookmarks). Returns whether it was a shortcut.
 */
export function handleShortcut(e: KeyboardEvent, desktop: boolean): boolean {
  const id = shortcutAt(e, isTextField(e.target), desktop, (c) => (COMMANDS[c] as Command).inTextFields !== false);
  if (id === null) return false;
  e.preventDefault();
  runCommand(id);
  return true;
}
