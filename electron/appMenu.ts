/**
 * The application menu as installed: the template from `menu.ts`, the recent-files list behind Open Recent
 * (kept in the app's data folder and mirrored to the OS's recent documents), and Help > Read Me.
 */
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { join } from 'node:path';
import { IPC, type MenuCommand } from '../shared/ipc';
import { addRecent, clearRecent, readRecent, removeRecent, type RecentDeps } from './handlers/recent';
import { buildMenuTemplate } from './menu';

/** The window commands go to: the focused one, else the first. */
export const targetWindow = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

/** Send a menu command to the renderer of the target window. */
export function sendMenuCommand(command: MenuCommand): void {
  targetWindow()?.webContents.send(IPC.menuCommand, command);
}

export interface AppMenu {
  /** Build the menu again (the recent list changed). */
  rebuild(): Promise<void>;
  /** A file was opened or saved: first in Open Recent. */
  remember(path: string): Promise<void>;
  /** A file no longer opens: out of Open Recent. */
  forget(path: string): Promise<void>;
}

/** Install the menu; `openPath` opens a recent file. */
export function createAppMenu(recentDeps: RecentDeps, openPath: (path: string) => void): AppMenu {
  const menu: AppMenu = {
    async rebuild() {
      const recent = {
        paths: await readRecent(recentDeps),
        open: openPath,
        clear: () => {
          app.clearRecentDocuments();
          void clearRecent(recentDeps).then(menu.rebuild);
        },
      };
      Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendMenuCommand, process.platform, recent, openReadme, !app.isPackaged)));
    },
    async remember(path) {
      app.addRecentDocument(path);
      await addRecent(recentDeps, path);
      await menu.rebuild();
    },
    async forget(path) {
      await removeRecent(recentDeps, path);
      await menu.rebuild();
    },
  };
  return menu;
}

/** Help > Read Me: the README shipped beside the app (unpacked from the asar so the OS can open it). */
function openReadme(): void {
  const path = app.isPackaged ? join(process.resourcesPath, 'app.asar.unpacked', 'README.md') : join(app.getAppPath(), 'README.md');
  void shell.openPath(path).then((problem) => {
    if (problem) void dialog.showMessageBox({ type: 'info', message: 'The Read Me could not be opened.', detail: `${path}: ${problem}` });
  });
}
