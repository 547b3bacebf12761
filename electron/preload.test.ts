import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, MENU_COMMANDS } from '../shared/ipc';

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
    expect(Object.keys(api).sort()).toEqual(['clearRecovery', 'exportFile', 'onMenuCommand', 'onOpenRequest', 'openCsvFile', 'openFile', 'platform', 'readRecovery', 'saveFile', 'setDocumentState', 'writeRecovery']);
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
    handler({ sender: 'secret' }, MENU_COMMANDS[0]!);
    expect(listener).toHaveBeenCalledWith('new');
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC.menuCommand, handler);
  });
});
