import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary can't be downloaded here: a fake BrowserWindow records what the window module does.
const windows: FakeWindow[] = [];
class FakeContents extends EventEmitter {
  url = 'file:///app/dist/renderer/index.html';
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
  loadFile = vi.fn(async () => undefined);
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
    expect(options.webPreferences).toMatchObject({ preload: '/p/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(options).toMatchObject({ title: 'OrgSim', width: 1400, height: 900, minWidth: 900, minHeight: 600, show: false });
  });
});

describe('isNavigationAllowed', () => {
  it.each([
    ['file:///app/index.html', 'file:///app/index.html', true],
    ['file:///app/index.html', 'file:///app/index.html#/unit/u3', true],
    ['file:///app/index.html', 'file:///app/other.html', false],
    ['file:///app/index.html', 'file:///etc/passwd', false],
    ['file:///app/index.html', 'https://example.com/', false],
    ['file:///app/index.html', 'javascript:alert(1)', false],
    ['file:///app/index.html', 'not a url', false],
    ['', 'file:///app/index.html', false],
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
    createMainWindow({ preload: '/app/dist/electron/preload.cjs', index: '/app/dist/renderer/index.html' });
    const win = windows[0]!;
    expect(win.options).toEqual(secureWindowOptions('/app/dist/electron/preload.cjs'));
    expect(win.loadFile).toHaveBeenCalledWith('/app/dist/renderer/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(win.webContents.openHandler?.()).toEqual({ action: 'deny' });
  });
});
