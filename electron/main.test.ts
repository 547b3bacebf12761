/**
 * The main process wired up, with Electron faked (its binary can't be downloaded here): the single-instance
 * lock, the CSP and permission hooks, a handler for every IPC channel, the menu, one secure window.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serializeScenario } from '../shared/file/scenarioFile';
import { IPC } from '../shared/ipc';
import { sampleScenario } from '../shared/sample/sampleScenario';

const userData = mkdtempSync(join(tmpdir(), 'orgsim-main-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

// The factory below runs when main.ts first imports electron, after this is set up.
const fake = (() => {
  let ready: () => void = () => undefined;
  let isReady = false;
  const windows: EventEmitter[] = [];
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    isReady: () => isReady,
    whenReady: () => new Promise<void>((resolve) => (ready = resolve)),
    getPath: (_name: string): string => '',
    addRecentDocument: () => undefined,
    clearRecentDocuments: () => undefined,
    isPackaged: false,
    getAppPath: () => '/app',
  });
  return {
    app,
    windows,
    makeReady: () => {
      isReady = true;
      ready();
    },
    handlers: new Map<string, unknown>(),
    listeners: new Map<string, unknown>(),
    onHeadersReceived: undefined as unknown,
    permissionHandler: undefined as unknown,
    menu: undefined as unknown,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, unknown>(),
  };
})();

vi.doMock('electron', () => {
  class FakeContents extends EventEmitter {
    setWindowOpenHandler = vi.fn();
    getURL = () => 'app://orgsim/index.html';
    send = vi.fn();
    isLoading = () => false;
  }
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => fake.windows;
    static getFocusedWindow = () => null;
    static fromWebContents = () => fake.windows[0] ?? null;
    webContents = new FakeContents();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    isMinimized = () => true;
    restore = vi.fn();
    focus = vi.fn();
    getTitle = () => 'OrgSim';
    constructor(public options: Record<string, unknown>) {
      super();
      fake.windows.push(this);
    }
  }
  return {
    app: fake.app,
    BrowserWindow,
    dialog: {},
    shell: {},
    protocol: {
      registerSchemesAsPrivileged: (s: unknown) => fake.schemes.push(s),
      handle: (scheme: string, h: unknown) => fake.protocolHandlers.set(scheme, h),
    },
    ipcMain: { handle: (c: string, h: unknown) => fake.handlers.set(c, h), on: (c: string, l: unknown) => fake.listeners.set(c, l) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.menu = m) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (l: unknown) => (fake.onHeadersReceived = l) },
        setPermissionRequestHandler: (h: unknown) => (fake.permissionHandler = h),
      },
    },
  };
});

fake.app.getPath = () => userData;
await import('./main');

describe('main', () => {
  it('does nothing with windows before the app is ready', () => {
    expect(fake.windows).toHaveLength(0);
    expect(fake.handlers.size).toBe(0);
  });

  it('once ready: CSP, permissions refused, every handler, the menu, one secure window', async () => {
    fake.makeReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.onHeadersReceived).toBeTypeOf('function');
    const answer = vi.fn();
    (fake.permissionHandler as (c: unknown, p: string, cb: (granted: boolean) => void) => void)({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    const { menuCommand, openRequest, setDocumentState, ...invoked } = IPC;
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(invoked).sort());
    expect([...fake.listeners.keys()]).toEqual([setDocumentState]);
    expect(Array.isArray(fake.menu)).toBe(true);
    const win = fake.windows[0] as unknown as { options: { webPreferences: Record<string, unknown> }; loadURL: ReturnType<typeof vi.fn> };
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(win.options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://orgsim/index.html');
    expect(fake.schemes).toEqual([[expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('a second launch with a file focuses the window and hands the file over, remembering it in Open Recent', async () => {
    const path = join(userData, 'plan.orgsim.json');
    const text = serializeScenario(sampleScenario());
    writeFileSync(path, text);
    const win = fake.windows[0] as unknown as {
      restore: ReturnType<typeof vi.fn>;
      focus: ReturnType<typeof vi.fn>;
      webContents: { send: ReturnType<typeof vi.fn> };
    };
    fake.app.emit('second-instance', {}, ['/opt/OrgSim/orgsim', 'plan.orgsim.json'], userData);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(win.webContents.send).toHaveBeenCalledWith(IPC.openRequest, {
        ok: true,
        value: { handle: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'plan.orgsim.json', text },
      }),
    );
    await vi.waitFor(() => expect(JSON.stringify(fake.menu)).toContain(path));
  });

  it('quits when the last window closes, except on macOS', () => {
    const quit = vi.spyOn(fake.app, 'quit');
    fake.app.emit('window-all-closed');
    expect(quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
