/**
 * The content security policy. The app protocol (appProtocol.ts) sends it as a header with every app response,
 * and `installContentSecurityPolicy` puts it on any other response for an app URL; renderer/index.html carries the
 * same directives in a meta tag for the browser build (csp.test.ts checks that the two agree).
 */
import type { Session } from 'electron';

/** The policy's directives, one string each. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  // React Flow positions nodes with inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The simulation runs in a worker built by Vite.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy as a header value: `default-src 'self'; script-src 'self'; …`. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** The same policy for a `<meta>` tag, which must leave out `frame-ancestors` (browsers ignore it there). */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Whether a response belongs to the app itself: only `app://orgsim/…` (appProtocol.ts), never a `file:` URL. */
export const isAppUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'orgsim';
  } catch {
    return false;
  }
};

/**
 * The response headers with our policy in place of any other (header names compare case-insensitively).
 * `withContentSecurityPolicy({ 'content-security-policy': ['x'] })` → `{ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }`.
 */
export function withContentSecurityPolicy(headers: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept.map(([name, values]) => [name, [...values]])), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/** Send the policy with every response for the app's own files; other responses pass unchanged. */
export function installContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback(isAppUrl(details.url) ? { responseHeaders: withContentSecurityPolicy(details.responseHeaders) } : {});
  });
}
