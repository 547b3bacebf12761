/**
 * The app's own scheme. The renderer is served from `app://orgsim/…` instead of `file://`, so the page's origin is
 * the app alone (not every file on the disk), main can trust exactly that origin, and each response carries the
 * content security policy as a header. Requests resolve inside the renderer's folder only.
 */
import type * as FsPromises from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'orgsim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready: a standard, secure scheme (so `'self'`, fetch and workers behave as on https). */
export const APP_SCHEME_PRIVILEGES = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } };

export { isAppUrl };

/**
 * The file behind an app URL, inside `root`, or null for anything else (another host, `..`, an encoded separator
 * or NUL). `appFileFor('/r', 'app://orgsim/assets/a.js')` → `'/r/assets/a.js'`; `app://orgsim/` → `/r/index.html`.
 */
export function appFileFor(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  return inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside) ? null : file;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A response as plain data (so tests need no Electron). */
export interface AppResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | string;
}

/** Answer one request for an app URL: the file with its type, the CSP and nosniff; 404 for anything else. */
export async function serveAppRequest(fs: Pick<typeof FsPromises, 'readFile'>, root: string, url: string): Promise<AppResponse> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const file = appFileFor(root, url);
  if (!file) return { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'Not found' };
  try {
    const body = await fs.readFile(file);
    return { status: 200, headers: { ...headers, 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' }, body };
  } catch {
    return { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'Not found' };
  }
}

/** Serve `root` on the app scheme (call once the app is ready). */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, fs: Pick<typeof FsPromises, 'readFile'>, root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest(fs, root, request.url);
    return new Response(answer.body as ConstructorParameters<typeof Response>[0], { status: answer.status, headers: answer.headers });
  });
}
