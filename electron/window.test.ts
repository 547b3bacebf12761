import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary can't be downloaded here: a fake BrowserWindow records what the window module does.
const windows: FakeWindow[] = [];
class FakeContents extends EventEmitter {
  url = 'app://orgsim/index.html';
  openHandler: (() => { action: string }) | undefined;
  setWindowOpenHandler(handler: () => { action: string }) {
    this.openHandler = handler;
  }
  getURL() {
    return this.url;
  }
}
class FakeWindow extends EventEmitter {
  webContents = new FakeContents();
  show = vi.fn();
  loadURL = vi.fn(async () => undefined);
  constructor(public options: unknown) {
    super();
    windows.push(this);
  }
}
vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { createMainWindow, hardenWebContents, isNavigationAllowed, secureWindowOptions } = await import('./window');

const navigate = (contents: FakeContents, url: string) => {
  const event = { preventDefault: vi.fn() };
  contents.emit('will-navigate', event, url);
  return event.preventDefault.mock.calls.length === 0;
};

describe('secureWindowOptions', () => {
  it('isolates and sandboxes the page, with the preload given', () => {
    const options = secureWindowOptions('/p/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(options).toMatchObject({ title: 'OrgSim', width: 1400, height: 900, minWidth: 900, minHeight: 600, show: false });
  });
});

describe('isNavigationAllowed', () => {
  it.each([
    ['app://orgsim/index.html', 'app://orgsim/index.html', true],
    ['app://orgsim/index.html', 'app://orgsim/index.html#/unit/u3', true],
    ['app://orgsim/index.html', 'app://orgsim/other.html', false],
    ['app://orgsim/index.html', 'app://evil/index.html', false],
    ['app://orgsim/index.html', 'file:///etc/passwd', false],
    // A file: page is never the app any more, even the same file.
    ['file:///app/index.html', 'file:///app/index.html', false],
    ['app://orgsim/index.html', 'https://example.com/', false],
    ['app://orgsim/index.html', 'javascript:alert(1)', false],
    ['app://orgsim/index.html', 'not a url', false],
    ['', 'app://orgsim/index.html', false],
  ])('%s → %s: %s', (current, target, allowed) => expect(isNavigationAllowed(current, target)).toBe(allowed));
});

describe('hardenWebContents', () => {
  it('denies new windows, blocks navigation away and webviews, allows a reload', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    expect(navigate(contents, 'https://evil.example/')).toBe(false);
    expect(navigate(contents, 'file:///home/me/dropped.orgsim.json')).toBe(false);
    expect(navigate(contents, contents.url)).toBe(true);
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    windows.length = 0;
  });

  it('loads the renderer with the secure options and shows the window only once it is ready', () => {
    createMainWindow({ preload: '/app/dist/electron/preload.cjs', url: 'app://orgsim/index.html', devTools: false });
    const win = windows[0]!;
    expect(win.options).toEqual(secureWindowOptions('/app/dist/electron/preload.cjs', false));
    expect(win.options).toMatchObject({ webPreferences: { devTools: false, sandbox: true, contextIsolation: true } });
    expect(win.loadURL).toHaveBeenCalledWith('app://orgsim/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(win.webContents.openHandler?.()).toEqual({ action: 'deny' });
  });
});
