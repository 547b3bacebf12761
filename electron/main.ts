/**
 * The main process: app lifecycle only. Each job lives in its own module — the window (window.ts), the content
 * security policy (csp.ts), the IPC handlers (ipcHandlers.ts, handlers/), the document state and close guard
 * (document.ts), the menu (appMenu.ts, menu.ts), files opened from outside (openRequests.ts).
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, type OpenDialogOptions } from 'electron';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { createAppMenu, targetWindow } from './appMenu';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './appProtocol';
import { installContentSecurityPolicy } from './csp';
import { CLOSE_BUTTONS, closeChoiceAt, trackDocument } from './document';
import { createDocumentHandles } from './handlers/documentHandles';
import { readScenario, type FileDeps } from './handlers/files';
import { clearRecovery } from './handlers/recovery';
import { registerIpcHandlers } from './ipcHandlers';
import { createOpenRequests, scenarioPathsIn } from './openRequests';
import { createMainWindow, hardenWebContents } from './window';

/** Built layout: dist/electron/main.cjs beside dist/electron/preload.cjs, the renderer in dist/renderer/. */
const PATHS = { preload: join(__dirname, 'preload.cjs'), renderer: join(__dirname, '..', 'renderer') };

// Before ready: the app scheme the renderer is served from (appProtocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Every web contents the app ever creates (windows, anything a page might open) gets the same limits: no new
// windows, no navigation away from the app, no webviews.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

const dataDeps = () => ({ fs, folder: app.getPath('userData') });
/** The files the user chose this session; the renderer saves by these handles, never by path. */
const handles = createDocumentHandles();

function fileDeps(win: BrowserWindow | null): FileDeps {
  return {
    fs,
    handles,
    defaultFolder: app.getPath('documents'),
    dialog: {
      // The handlers' option types are a subset of Electron's, except `properties`, which they spell as strings.
      showOpenDialog: (options) => (win ? dialog.showOpenDialog(win, options as OpenDialogOptions) : dialog.showOpenDialog(options as OpenDialogOptions)),
      showSaveDialog: (options) => (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)),
    },
  };
}

const menu = createAppMenu(dataDeps(), (path) => void opens.open(path));
const opens = createOpenRequests(
  {
    read: (path) => readScenario(fileDeps(null), path),
    // Before ready there is no window to ask; the request waits for the first page.
    target: () => (app.isReady() ? targetWindow()?.webContents : undefined),
    remember: (path) => menu.remember(path),
    forget: (path) => menu.forget(path),
  },
  scenarioPathsIn(process.argv, process.cwd()),
);

function openWindow(): BrowserWindow {
  const win = createMainWindow({ preload: PATHS.preload, url: APP_INDEX_URL, devTools: !app.isPackaged });
  trackDocument(win, {
    isMac: process.platform === 'darwin',
    discard: () => clearRecovery(dataDeps()).catch(() => undefined),
    askToSave: (w, name) =>
      closeChoiceAt(
        dialog.showMessageBoxSync(w, {
          type: 'warning',
          buttons: [...CLOSE_BUTTONS],
          defaultId: 0,
          cancelId: 2,
          message: `Save changes to “${name}” before closing?`,
          detail: "Your changes will be lost if you don't save them.",
        }),
      ),
    confirmUnload: (w, name) =>
      dialog.showMessageBoxSync(w, {
        type: 'warning',
        buttons: ['Reload and Lose Changes', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `Reload and lose the changes to “${name}”?`,
        detail: 'Reloading the window throws away what you have not saved.',
      }) === 0,
  });
  win.webContents.on('did-finish-load', () => void opens.flush());
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    for (const path of scenarioPathsIn(argv, cwd)) void opens.open(path);
  });
  // macOS hands files over by event (double-click in Finder, drop on the Dock icon), possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void opens.open(path);
  });
  void app.whenReady().then(async () => {
    registerAppProtocol(protocol, fs, PATHS.renderer);
    installContentSecurityPolicy(session.defaultSession);
    // The page needs no permissions (camera, notifications, …): refuse whatever it asks for.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    registerIpcHandlers(ipcMain, {
      windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
      fileDeps,
      recovery: dataDeps(),
      remember: (path) => menu.remember(path),
      pathOf: (handle) => handles.pathOf(handle),
    });
    await menu.rebuild();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
