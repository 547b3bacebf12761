/** The native menu. Document commands go to the renderer over the typed contract; the rest are Electron roles. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export interface RecentMenu {
  readonly paths: readonly string[];
  readonly open: (path: string) => void;
  readonly clear: () => void;
}

const NO_RECENT: RecentMenu = { paths: [], open: () => undefined, clear: () => undefined };

/** The menu template; `send` delivers a command to the focused window. */
/**
 * The menu template; `send` delivers a command to the focused window. `developer` adds Reload and DevTools, which a
 * packaged build leaves out (a reload would drop unsaved work; DevTools would open the page to anyone at the keyboard).
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
  recent: RecentMenu = NO_RECENT,
  openReadme: () => void = () => undefined,
  developer = false,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({ label, ...(accelerator ? { accelerator } : {}), click: () => send(command) });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New', 'CmdOrCtrl+N', 'new'),
        item('Generate Org…', 'CmdOrCtrl+G', 'generate-org'),
        item('Open…', 'CmdOrCtrl+O', 'open'),
        {
          label: 'Open Recent',
          submenu:
            recent.paths.length === 0
              ? [{ label: 'No recent files', enabled: false }]
              : [...recent.paths.map((path): MenuItemConstructorOptions => ({ label: path, click: () => recent.open(path) })), { type: 'separator' }, { label: 'Clear Recent', click: recent.clear }],
        },
        { type: 'separator' },
        item('Save', 'CmdOrCtrl+S', 'save'),
        item('Save As…', 'CmdOrCtrl+Shift+S', 'save-as'),
        { type: 'separator' },
        item('Import CSV…', 'CmdOrCtrl+I', 'import-csv'),
        {
          label: 'Export',
          submenu: [
            item('Scenario as JSON…', 'CmdOrCtrl+E', 'export-scenario'),
            item('Org at the Selected Month as JSON…', '', 'export-month'),
            item('People as CSV…', '', 'export-csv'),
            { type: 'separator' },
            item('Current View as PNG…', '', 'export-png-view'),
            item('Whole Chart as PNG…', 'CmdOrCtrl+Shift+E', 'export-png'),
            item('Whole Chart as SVG…', '', 'export-svg'),
          ],
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo belongs to the document, not to whichever text field has focus.
        item('Undo', 'CmdOrCtrl+Z', 'undo'),
        item('Redo', 'CmdOrCtrl+Shift+Z', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find…', 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Fit Chart', 'CmdOrCtrl+0', 'fit-view'),
        item('Re-layout', 'CmdOrCtrl+L', 'relayout'),
        { type: 'separator' },
        item('Show Forecast', 'CmdOrCtrl+Shift+F', 'toggle-forecast'),
        item('Show Dotted Lines', 'CmdOrCtrl+Shift+D', 'toggle-dotted-lines'),
        item('Show Minimap', 'CmdOrCtrl+Shift+M', 'toggle-minimap'),
        item('Show Emergence Heat', 'CmdOrCtrl+Shift+H', 'toggle-heat'),
        { type: 'separator' },
        { role: 'resetZoom', accelerator: 'CmdOrCtrl+Shift+0' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(developer ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: 'Va&riants',
      submenu: [
        item('Duplicate as New Variant…', '', 'variant-duplicate'),
        item('Rename Variant…', '', 'variant-rename'),
        item('Delete Variant…', '', 'variant-delete'),
        { type: 'separator' },
        item('Next Variant', '', 'variant-next'),
        item('Previous Variant', '', 'variant-previous'),
        { type: 'separator' },
        item('Compare Variants…', 'CmdOrCtrl+Shift+K', 'compare-variants'),
      ],
    },
    { role: 'help', submenu: [{ label: 'OrgSim Read Me', click: openReadme }, { type: 'separator' }, { label: 'About OrgSim', role: 'about' }] },
  ];
}
