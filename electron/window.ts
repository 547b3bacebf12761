/**
 * The main window: its options as a pure value, the navigation rule as a pure predicate, and the wiring that
 * applies them. The page is isolated and sandboxed, cannot navigate away, and cannot open windows.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { isAppUrl } from './csp';

/** The title before a document names the window. */
export const APP_TITLE = 'OrgSim';

/** Options for the main window: isolated, sandboxed, no Node in the page; shown once it has painted. DevTools only in development. */
export function secureWindowOptions(preloadPath: string, devTools = true): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: APP_TITLE,
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
    },
  };
}

/**
 * The page may only reload itself (the same app page; query and hash may differ); any other navigation — a dropped
 * file, a stray link, a script setting `location`, any `file:` URL — is blocked.
 * `isNavigationAllowed('app://orgsim/index.html', 'app://orgsim/index.html#x')` → true; to `https://…` → false.
 */
export function isNavigationAllowed(currentUrl: string, targetUrl: string): boolean {
  if (!isAppUrl(targetUrl)) return false;
  try {
    const current = new URL(currentUrl);
    const target = new URL(targetUrl);
    return current.protocol === target.protocol && current.host === target.host && current.pathname === target.pathname;
  } catch {
    return false;
  }
}

/** The part of WebContents the hardening uses (so tests can pass a fake). */
export type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on' | 'getURL'>;

/** No new windows, no navigation away, no webviews. Main applies it to every web contents (`web-contents-created`). */
export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(contents.getURL(), url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Create the main window, harden it, load the app page (`app://orgsim/index.html`), and show it once it is ready. */
export function createMainWindow(paths: { readonly preload: string; readonly url: string; readonly devTools?: boolean }): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(paths.preload, paths.devTools ?? true));
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(paths.url);
  return win;
}
