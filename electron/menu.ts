/** The native menu. Document commands go to the renderer over the typed contract; the rest are Electron roles. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

/** The menu template; `send` delivers a command to the focused window. */
export function buildMenuTemplate(send: (command: MenuCommand) => void, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(command) });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New', 'CmdOrCtrl+N', 'new'),
        item('Open…', 'CmdOrCtrl+O', 'open'),
        { type: 'separator' },
        item('Save', 'CmdOrCtrl+S', 'save'),
        item('Save As…', 'CmdOrCtrl+Shift+S', 'save-as'),
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
        { type: 'separator' },
        { role: 'resetZoom', accelerator: 'CmdOrCtrl+Shift+0' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
      ],
    },
    { role: 'help', submenu: [{ label: 'About OrgSim', role: 'about' }] },
  ];
}
