/**
 * The commands a person can give from the native menu, the keyboard or the toolbar: one table of ids, labels
 * and shortcuts that main (the menu) and the page (keys, toolbar) both read, so the desktop and the browser
 * can't drift apart. What a command does, and when it is enabled, lives with the page (renderer/src/commands/).
 *
 * Adding a command: a row here, then a row in the renderer's registry (`satisfies Record<CommandId, …>` makes
 * the compiler ask for it), then, if it belongs in the native menu, `item('its-id')` in electron/menu.ts.
 */

/** One command as the menu and the keyboard know it. */
export interface CommandSpec {
  readonly id: string;
  /** The menu's wording ("Show Forecast"); the toolbar may say it shorter. */
  readonly label: string;
  /**
   * The shortcut in Electron's accelerator syntax ("CmdOrCtrl+Shift+F"): shown in the menu, which owns the key
   * on the desktop; the page handles it in the browser. Omitted when the command has no shortcut.
   */
  readonly accelerator?: string;
  /** More keys for the same command, handled by the page on both platforms (a menu item has one accelerator). */
  readonly alsoKeys?: readonly string[];
}

/** Every command, in menu order. Example: `COMMAND_SPECS.find((c) => c.id === 'fit-view')?.accelerator` is 'CmdOrCtrl+0'. */
export const COMMAND_SPECS = [
  { id: 'new', label: 'New', accelerator: 'CmdOrCtrl+N' },
  { id: 'generate-org', label: 'Generate Org…', accelerator: 'CmdOrCtrl+G' },
  { id: 'open', label: 'Open…', accelerator: 'CmdOrCtrl+O' },
  { id: 'save', label: 'Save', accelerator: 'CmdOrCtrl+S' },
  { id: 'save-as', label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S' },
  { id: 'import-csv', label: 'Import CSV…', accelerator: 'CmdOrCtrl+I' },
  { id: 'export-scenario', label: 'Scenario as JSON…', accelerator: 'CmdOrCtrl+E' },
  { id: 'export-month', label: 'Org at the Selected Month as JSON…' },
  { id: 'export-csv', label: 'People as CSV…' },
  { id: 'export-png-view', label: 'Current View as PNG…' },
  { id: 'export-png', label: 'Whole Chart as PNG…', accelerator: 'CmdOrCtrl+Shift+E' },
  { id: 'export-svg', label: 'Whole Chart as SVG…' },
  { id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  { id: 'redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', alsoKeys: ['CmdOrCtrl+Y'] },
  { id: 'find', label: 'Find…', accelerator: 'CmdOrCtrl+F' },
  { id: 'fit-view', label: 'Fit Chart', accelerator: 'CmdOrCtrl+0' },
  { id: 'relayout', label: 'Re-layout', accelerator: 'CmdOrCtrl+L' },
  { id: 'toggle-forecast', label: 'Show Forecast', accelerator: 'CmdOrCtrl+Shift+F' },
  { id: 'toggle-dotted-lines', label: 'Show Dotted Lines', accelerator: 'CmdOrCtrl+Shift+D' },
  { id: 'toggle-minimap', label: 'Show Minimap', accelerator: 'CmdOrCtrl+Shift+M' },
  { id: 'toggle-heat', label: 'Show Emergence Heat', accelerator: 'CmdOrCtrl+Shift+H' },
  { id: 'variant-duplicate', label: 'Duplicate as New Variant…' },
  { id: 'variant-rename', label: 'Rename Variant…' },
  { id: 'variant-delete', label: 'Delete Variant…' },
  { id: 'variant-next', label: 'Next Variant' },
  { id: 'variant-previous', label: 'Previous Variant' },
  { id: 'compare-variants', label: 'Compare Variants…', accelerator: 'CmdOrCtrl+Shift+K' },
] as const satisfies readonly CommandSpec[];

/** A command's id: 'save', 'toggle-forecast', … */
export type CommandId = (typeof COMMAND_SPECS)[number]['id'];

/** Every command id, in menu order. */
export const COMMAND_IDS: readonly CommandId[] = COMMAND_SPECS.map((c) => c.id);

/** The spec of one command. Example: `commandSpec('save').label` is 'Save'. */
export function commandSpec(id: CommandId): CommandSpec {
  const spec: CommandSpec | undefined = COMMAND_SPECS.find((c) => c.id === id);
  if (!spec) throw new Error(`No command ${id}`);
  return spec;
}

/** A key press, as the page sees it (the fields of a KeyboardEvent a shortcut depends on). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Whether a key press is the accelerator, modifiers exactly: 'CmdOrCtrl+Shift+F' is Ctrl (or Cmd) with Shift and
 * F, never Ctrl+F. Example: `matchesAccelerator('CmdOrCtrl+0', { key: '0', ctrlKey: true, … })` is true.
 */
export function matchesAccelerator(accelerator: string, press: KeyPress): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const wantMod = parts.includes('CmdOrCtrl');
  const wantShift = parts.includes('Shift');
  const wantAlt = parts.includes('Alt');
  return press.key.toLowerCase() === key && (press.ctrlKey || press.metaKey) === wantMod && press.shiftKey === wantShift && press.altKey === wantAlt;
}

/**
 * The command a key press gives, or null. `menuOwnsAccelerators` (the desktop) leaves each command's main
 * accelerator to the native menu, which would otherwise run it twice, and matches only the extra keys.
 */
export function commandForKey(press: KeyPress, menuOwnsAccelerators = false): CommandId | null {
  for (const spec of COMMAND_SPECS as readonly (CommandSpec & { id: CommandId })[]) {
    const keys = [...(menuOwnsAccelerators || !spec.accelerator ? [] : [spec.accelerator]), ...(spec.alsoKeys ?? [])];
    if (keys.some((k) => matchesAccelerator(k, press))) return spec.id;
  }
  return null;
}

/** An accelerator as a tooltip shows it. Example: `shortcutLabel('CmdOrCtrl+Shift+F', false)` is 'Ctrl+Shift+F'; on a Mac, '⇧⌘F'. */
export function shortcutLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  if (!mac) return [...parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)), key].join('+');
  const symbol: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥' };
  // macOS writes modifiers in the order ⌥⇧⌘.
  const order = ['Alt', 'Shift', 'CmdOrCtrl'];
  return [...order.filter((m) => parts.includes(m)).map((m) => symbol[m]), key].join('');
}
