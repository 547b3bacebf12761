/** The main process: one secure window, the native menu, and the file handlers behind the typed IPC contract. */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { IPC, type FileError, type MenuCommand } from '../shared/ipc';
import { err, type Result } from '../shared/model/result';
import { exportFile, openCsvFile, openFile, saveFile, type FileDeps } from './handlers/files';
import { buildMenuTemplate } from './menu';
import { CONTENT_SECURITY_POLICY, isNavigationAllowed, secureWindowOptions } from './security';

const RENDERER_INDEX = join(__dirname, '..', 'renderer', 'index.html');
const PRELOAD = join(__dirname, 'preload.cjs');

/** A handler that throws would reach the renderer as a bare message; turn it into a value instead. */
function safely<T>(job: () => Promise<Result<T, FileError>>): Promise<Result<T, FileError>> {
  return job().catch((e: unknown) => err({ code: 'io', path: '', message: `Unexpected error: ${e instanceof Error ? e.message : String(e)}` }));
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(PRELOAD));
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(win.webContents.getURL(), url)) event.preventDefault();
  });
  void win.loadFile(RENDERER_INDEX);
  return win;
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
  ipcMain.handle(IPC.openFile, (event) => safely(() => openFile(depsFor(BrowserWindow.fromWebContents(event.sender)))));
  ipcMain.handle(IPC.openCsvFile, (event) => safely(() => openCsvFile(depsFor(BrowserWindow.fromWebContents(event.sender)))));
  ipcMain.handle(IPC.exportFile, (event, payload: unknown) => safely(() => exportFile(depsFor(BrowserWindow.fromWebContents(event.sender)), payload)));
  ipcMain.handle(IPC.saveFile, (event, payload: unknown) => safely(() => saveFile(depsFor(BrowserWindow.fromWebContents(event.sender)), payload)));
  ipcMain.on(IPC.setDocumentState, (event, state: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!win || typeof state !== 'object' || state === null) return;
    const { title, dirty } = state as { title?: unknown; dirty?: unknown };
    if (typeof title === 'string') win.setTitle(title.slice(0, 300));
    if (typeof dirty === 'boolean') win.setDocumentEdited(dirty);
  });
}

function sendToFocused(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  win?.webContents.send(IPC.menuCommand, command);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(() => {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    registerHandlers();
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendToFocused)));
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
