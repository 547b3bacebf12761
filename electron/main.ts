/** The main process: one secure window, the native menu, and the handlers behind the typed IPC contract. */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import * as fs from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { IPC, type FileError, type MenuCommand, type OpenedFile } from '../shared/ipc';
import { err, type Result } from '../shared/model/result';
import { exportFile, openCsvFile, openFile, readScenario, saveFile, type FileDeps } from './handlers/files';
import { addRecent, readRecent, removeRecent, type RecentDeps } from './handlers/recent';
import { clearRecovery, readRecovery, writeRecovery, type RecoveryDeps } from './handlers/recovery';
import { buildMenuTemplate } from './menu';
import { CONTENT_SECURITY_POLICY, isNavigationAllowed, secureWindowOptions } from './security';

const RENDERER_INDEX = join(__dirname, '..', 'renderer', 'index.html');
const PRELOAD = join(__dirname, 'preload.cjs');

/** A handler that throws would reach the renderer as a bare message; turn it into a value instead. */
function safely<T>(job: () => Promise<Result<T, FileError>>): Promise<Result<T, FileError>> {
  return job().catch((e: unknown) => err({ code: 'io', path: '', message: `Unexpected error: ${e instanceof Error ? e.message : String(e)}` }));
}

const dataDeps = (): RecentDeps & RecoveryDeps => ({ fs, folder: app.getPath('userData') });

/** Per window: whether the document has unsaved changes, and whether a close waits for a save. */
const documentState = new WeakMap<BrowserWindow, { dirty: boolean; closeAfterSave: boolean; closing: boolean }>();
/** Files to open once the window's page has loaded (command line, the OS). */
let pendingOpen: string[] = [];

function stateOf(win: BrowserWindow) {
  let state = documentState.get(win);
  if (!state) documentState.set(win, (state = { dirty: false, closeAfterSave: false, closing: false }));
  return state;
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(PRELOAD));
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(win.webContents.getURL(), url)) event.preventDefault();
  });
  win.webContents.on('did-finish-load', () => {
    const paths = pendingOpen;
    pendingOpen = [];
    for (const path of paths) void openPath(path);
  });
  // Nothing lost: closing with unsaved changes asks Save / Don't Save / Cancel.
  win.on('close', (event) => {
    const state = stateOf(win);
    if (!state.dirty || state.closing) return;
    event.preventDefault();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: `Save changes to “${win.getTitle().replace(/^● /, '').replace(/ — OrgSim$/, '')}” before closing?`,
      detail: "Your changes will be lost if you don't save them.",
    });
    if (choice === 0) {
      state.closeAfterSave = true;
      win.webContents.send(IPC.menuCommand, 'save' satisfies MenuCommand);
    } else if (choice === 1) {
      state.closing = true;
      void clearRecovery(dataDeps()).finally(() => win.close());
    }
  });
  void win.loadFile(RENDERER_INDEX);
  return win;
}

async function rememberRecent(path: string): Promise<void> {
  app.addRecentDocument(path);
  await addRecent(dataDeps(), path);
  await rebuildMenu();
}

/** Open a file main was asked for (Open Recent, command line, the OS) in the focused window. */
async function openPath(path: string): Promise<void> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!win || win.webContents.isLoading()) {
    pendingOpen.push(path);
    return;
  }
  const result = await readScenario({ fs, dialog: dialog as never }, path);
  if (result.ok) await rememberRecent(path);
  else if (result.error.code === 'io') {
    await removeRecent(dataDeps(), path);
    await rebuildMenu();
  }
  win.webContents.send(IPC.openRequest, result satisfies Result<OpenedFile, FileError>);
}

function registerHandlers(): void {
  const depsFor = (win: BrowserWindow | null): FileDeps => ({
    fs,
    defaultFolder: app.getPath('documents'),
    dialog: {
      showOpenDialog: (options) => (win ? dialog.showOpenDialog(win, options as Electron.OpenDialogOptions) : dialog.showOpenDialog(options as Electron.OpenDialogOptions)),
      showSaveDialog: (options) => (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)),
    },
  });
  const windowOf = (event: Electron.IpcMainInvokeEvent | Electron.IpcMainEvent) => BrowserWindow.fromWebContents(event.sender);
  ipcMain.handle(IPC.openFile, (event) =>
    safely(async () => {
      const result = await openFile(depsFor(windowOf(event)));
      if (result.ok) await rememberRecent(result.value.path);
      return result;
    }),
  );
  ipcMain.handle(IPC.saveFile, (event, payload: unknown) =>
    safely(async () => {
      const result = await saveFile(depsFor(windowOf(event)), payload);
      if (result.ok) {
        await rememberRecent(result.value.path);
        await clearRecovery(dataDeps());
      }
      return result;
    }),
  );
  ipcMain.handle(IPC.openCsvFile, (event) => safely(() => openCsvFile(depsFor(windowOf(event)))));
  ipcMain.handle(IPC.exportFile, (event, payload: unknown) => safely(() => exportFile(depsFor(windowOf(event)), payload)));
  ipcMain.handle(IPC.writeRecovery, (_event, payload: unknown) => writeRecovery(dataDeps(), payload).catch(() => false));
  ipcMain.handle(IPC.readRecovery, () => readRecovery(dataDeps()));
  ipcMain.handle(IPC.clearRecovery, () => clearRecovery(dataDeps()).catch(() => undefined));
  ipcMain.on(IPC.setDocumentState, (event, payload: unknown) => {
    const win = windowOf(event);
    if (!win || typeof payload !== 'object' || payload === null) return;
    const { title, dirty } = payload as { title?: unknown; dirty?: unknown };
    if (typeof title === 'string') win.setTitle(title.slice(0, 300));
    if (typeof dirty === 'boolean') {
      win.setDocumentEdited(dirty);
      const state = stateOf(win);
      state.dirty = dirty;
      // A close that waited for Save goes ahead once the document is clean.
      if (!dirty && state.closeAfterSave) {
        state.closing = true;
        win.close();
      }
    }
  });
}

function sendToFocused(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  win?.webContents.send(IPC.menuCommand, command);
}

async function rebuildMenu(): Promise<void> {
  const paths = await readRecent(dataDeps());
  const recent = {
    paths,
    open: (path: string) => void openPath(path),
    clear: () => {
      app.clearRecentDocuments();
      void fs.rm(join(app.getPath('userData'), 'recent.json'), { force: true }).then(rebuildMenu);
    },
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendToFocused, process.platform, recent, openReadme)));
}

/** Help > Read Me: the README shipped beside the app (unpacked from the asar so the OS can open it). */
function openReadme(): void {
  const path = app.isPackaged ? join(process.resourcesPath, 'app.asar.unpacked', 'README.md') : join(app.getAppPath(), 'README.md');
  void shell.openPath(path).then((problem) => {
    if (problem) void dialog.showMessageBox({ type: 'info', message: 'The Read Me could not be opened.', detail: `${path}: ${problem}` });
  });
}

/** Scenario files named on a command line (`orgsim plan.orgsim.json`). */
function filesIn(argv: readonly string[], cwd: string): string[] {
  return argv.slice(1).filter((a) => !a.startsWith('-') && /\.json$/i.test(a)).map((a) => resolve(cwd, a));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  pendingOpen = filesIn(process.argv, process.cwd());
  app.on('second-instance', (_event, argv, cwd) => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    for (const path of filesIn(argv, cwd)) void openPath(path);
  });
  // macOS hands files over by event (double-click in Finder, drop on the Dock icon).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openPath(path);
    else pendingOpen.push(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(async () => {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    registerHandlers();
    await rebuildMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
