/**
 * Exposes exactly the typed OrgSim API on `window.orgsim`, never ipcRenderer itself.
 * Runs sandboxed, so it may only require 'electron' (scripts/build-electron.mjs checks the bundle).
 */
import { contextBridge, ipcRenderer } from 'electron';
// The channel names are the contract's own values, so main and preload can't drift apart. shared/ipc.ts has no
// runtime imports, so bundling them keeps the preload self-contained; scripts/build-electron.mjs fails the build
// if anything else (zod, the file format) ever lands in the bundle.
import { IPC, type MenuCommand, type OrgSimApi } from '../shared/ipc';

const api: OrgSimApi = {
  platform: 'desktop',
  openFile: () => ipcRenderer.invoke(IPC.openFile),
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  openCsvFile: () => ipcRenderer.invoke(IPC.openCsvFile),
  exportFile: (request) => ipcRenderer.invoke(IPC.exportFile, request),
  setDocumentState: (state) => ipcRenderer.send(IPC.setDocumentState, state),
  writeRecovery: (copy) => ipcRenderer.invoke(IPC.writeRecovery, copy),
  readRecovery: () => ipcRenderer.invoke(IPC.readRecovery),
  clearRecovery: () => ipcRenderer.invoke(IPC.clearRecovery),
  onOpenRequest: (listener) => {
    const handler = (_event: unknown, file: Parameters<typeof listener>[0]) => listener(file);
    ipcRenderer.on(IPC.openRequest, handler);
    return () => void ipcRenderer.removeListener(IPC.openRequest, handler);
  },
  onMenuCommand: (listener) => {
    const handler = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(IPC.menuCommand, handler);
    return () => void ipcRenderer.removeListener(IPC.menuCommand, handler);
  },
};

contextBridge.exposeInMainWorld('orgsim', api);
