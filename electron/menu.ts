/** The native menu. Document commands go to the renderer over the typed contract; the rest are Electron roles. */
import type { MenuItemConstructorOptions } from 'electron';
import { commandSpec } from '../shared/commands';
import type { MenuCommand } from '../shared/ipc';

export interface RecentMenu {
  readonly paths: readonly string[];
  readonly open: (path: string) => void;
  readonly clear: () => void;
}

const NO_RECENT: RecentMenu = { paths: [], open: () => undefined, clear: () => undefined };

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
  // Labels and accelerators come from the one command table the page's keyboard handler and toolbar read too.
  const item = (command: MenuCommand): MenuItemConstructorOptions => {
    const { label, accelerator } = commandSpec(command);
    return { label, ...(accelerator ? { accelerator } : {}), click: () => send(command) };
  };
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('new'),
        item('generate-org'),
        item('open'),
        {
          label: 'Open Recent',
          submenu:
            recent.paths.length === 0
              ? [{ label: 'No recent files', enabled: false }]
              : [
                  ...recent.paths.map((path): MenuItemConstructorOptions => ({ label: path, click: () => recent.open(path) })),
                  { type: 'separator' },
                  { label: 'Clear Recent', click: recent.clear },
                ],
        },
        { type: 'separator' },
        item('save'),
        item('save-as'),
        { type: 'separator' },
        item('import-csv'),
        {
          label: 'Export',
          submenu: [
            item('export-scenario'),
            item('export-month'),
            item('export-csv'),
            { type: 'separator' },
            item('export-png-view'),
            item('export-png'),
            item('export-svg'),
          ],
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Not the 'undo' role: the page decides (a text field with focus undoes its own text; anywhere else, the document).
        item('undo'),
        item('redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('find'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('fit-view'),
        item('relayout'),
        { type: 'separator' },
        item('toggle-forecast'),
        item('toggle-dotted-lines'),
        item('toggle-minimap'),
        item('toggle-heat'),
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
        item('variant-duplicate'),
        item('variant-rename'),
        item('variant-delete'),
        { type: 'separator' },
        item('variant-next'),
        item('variant-previous'),
        { type: 'separator' },
        item('compare-variants'),
      ],
    },
    { role: 'help', submenu: [{ label: 'OrgSim Read Me', click: openReadme }, { type: 'separator' }, { label: 'About OrgSim', role: 'about' }] },
  ];
}
