/**
 * Exposes exactly the typed OrgSim API on `window.orgsim`, never ipcRenderer itself.
 * Runs sandboxed, so it may only require 'electron': it imports nothing but types from shared/.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { MenuCommand, OrgSimApi } from '../shared/ipc';

// Channel names are repeated here, not imported, so the bundle stays free of shared/ code; a test checks they match IPC.
const CHANNELS = {
  openFile: 'orgsim:open-file',
  openCsvFile: 'orgsim:open-csv-file',
  exportFile: 'orgsim:export-file',
  saveFile: 'orgsim:save-file',
  setDocumentState: 'orgsim:set-document-state',
  menuCommand: 'orgsim:menu-command',
  writeRecovery: 'orgsim:write-recovery',
  readRecovery: 'orgsim:read-recovery',
  clearRecovery: 'orgsim:clear-recovery',
  openRequest: 'orgsim:open-request',
} as const;

const api: OrgSimApi = {
  platform: 'desktop',
  openFile: () => ipcRenderer.invoke(CHANNELS.openFile),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openCsvFile: () => ipcRenderer.invoke(CHANNELS.openCsvFile),
  exportFile: (request) => ipcRenderer.invoke(CHANNELS.exportFile, request),
  setDocumentState: (state) => ipcRenderer.send(CHANNELS.setDocumentState, state),
  writeRecovery: (copy) => ipcRenderer.invoke(CHANNELS.writeRecovery, copy),
  readRecovery: () => ipcRenderer.invoke(CHANNELS.readRecovery),
  clearRecovery: () => ipcRenderer.invoke(CHANNELS.clearRecovery),
  onOpenRequest: (listener) => {
    const handler = (_event: unknown, file: Parameters<typeof listener>[0]) => listener(file);
    ipcRenderer.on(CHANNELS.openRequest, handler);
    return () => void ipcRenderer.removeListener(CHANNELS.openRequest, handler);
  },
  onMenuCommand: (listener) => {
    const handler = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, handler);
    return () => void ipcRenderer.removeListener(CHANNELS.menuCommand, handler);
  },
};

contextBridge.exposeInMainWorld('orgsim', api);

export { CHANNELS };
