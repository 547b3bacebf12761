import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS } from '../shared/commands';
import { IPC, type OrgSimApi } from '../shared/ipc';

// Every key of OrgSimApi, no more: `satisfies` fails to compile if the contract gains or loses one.
const API_KEYS = Object.keys({
  platform: true,
  openFile: true,
  saveFile: true,
  setDocumentState: true,
  openCsvFile: true,
  exportFile: true,
  writeRecovery: true,
  readRecovery: true,
  clearRecovery: true,
  onOpenRequest: true,
  onMenuCommand: true,
} satisfies Record<keyof OrgSimApi, true>).sort();

const exposeInMainWorld = vi.fn();
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: 'x' })), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));

describe('preload', () => {
  beforeEach(() => vi.clearAllMocks());

  it('exposes exactly the OrgSim API, and not ipcRenderer', async () => {
    vi.resetModules();
    await import('./preload');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0]!;
    expect(key).toBe('orgsim');
    expect(Object.keys(api).sort()).toEqual(API_KEYS);
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(api.platform).toBe('desktop');
  });

  it('forwards calls and passes only the command to menu listeners', async () => {
    vi.resetModules();
    await import('./preload');
    const api = exposeInMainWorld.mock.calls[0]![1];
    await api.openFile();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC.openFile);
    await api.saveFile({ text: 't' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC.saveFile, { text: 't' });
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const handler = ipcRenderer.on.mock.calls[0]![1] as (event: unknown, command: string) => void;
    handler({ sender: 'secret' }, COMMAND_IDS[0]!);
    expect(listener).toHaveBeenCalledWith('new');
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC.menuCommand, handler);
  });

  it('passes only the file to open-request listeners, and sends the document state', async () => {
    vi.resetModules();
    await import('./preload');
    const api = exposeInMainWorld.mock.calls[0]![1];
    const listener = vi.fn();
    const unsubscribe = api.onOpenRequest(listener);
    const [channel, handler] = ipcRenderer.on.mock.calls[0]! as unknown as [string, (event: unknown, file: unknown) => void];
    expect(channel).toBe(IPC.openRequest);
    handler({ sender: 'secret' }, { ok: false, error: { code: 'cancelled' } });
    expect(listener).toHaveBeenCalledWith({ ok: false, error: { code: 'cancelled' } });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC.openRequest, handler);
    api.setDocumentState({ title: 't', dirty: true });
    expect(ipcRenderer.send).toHaveBeenCalledWith(IPC.setDocumentState, { title: 't', dirty: true });
  });
});
