import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, installContentSecurityPolicy, META_CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from './csp';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();

describe('CONTENT_SECURITY_POLICY', () => {
  it.each([
    ["default-src 'self'"],
    ["script-src 'self'"],
    ["style-src 'self' 'unsafe-inline'"],
    ["img-src 'self' data: blob:"],
    ["connect-src 'self'"],
    ["object-src 'none'"],
    ["base-uri 'none'"],
    ["frame-ancestors 'none'"],
  ])('has %s', (directive) => expect(CSP_DIRECTIVES).toContain(directive));

  it('never allows eval, inline scripts or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CSP_DIRECTIVES.find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  });

  it('leaves frame-ancestors out of the meta-tag form only', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(directives(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`));
  });

  // The page carries the policy too (a page loaded from a file may get no headers): the two must not drift apart.
  it("matches the meta tag in the renderer's index.html", () => {
    const html = readFileSync(join(__dirname, '..', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta, 'renderer/index.html has no CSP meta tag').not.toBeNull();
    expect(directives(meta![1]!)).toEqual(directives(META_CONTENT_SECURITY_POLICY));
  });
});

describe('withContentSecurityPolicy', () => {
  it.each([
    ['no headers', undefined, { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }],
    ['other headers kept', { 'Content-Type': ['text/html'] }, { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }],
    ['a weaker policy replaced, whatever its case', { 'content-security-policy': ['default-src *'] }, { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }],
  ])('%s', (_name, headers, expected) => expect(withContentSecurityPolicy(headers)).toEqual(expected));
});

describe('installContentSecurityPolicy', () => {
  it("adds the policy to the app's own files and leaves other responses alone", () => {
    let listener: ((details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (r: unknown) => void) => void) | undefined;
    installContentSecurityPolicy({ webRequest: { onHeadersReceived: (l: typeof listener) => (listener = l) } } as never);
    const callback = vi.fn();
    listener!({ url: 'app://orgsim/index.html', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenLastCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    listener!({ url: 'devtools://devtools/bundled/devtools_app.html' }, callback);
    expect(callback).toHaveBeenLastCalledWith({});
  });
});
