import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isNavigationAllowed, secureWindowOptions } from './security';

describe('secureWindowOptions', () => {
  it('isolates and sandboxes the page', () => {
    const web = secureWindowOptions('/p/preload.cjs').webPreferences!;
    expect(web).toMatchObject({ preload: '/p/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own scripts and no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('isNavigationAllowed', () => {
  it.each([
    ['file:///app/index.html', 'file:///app/index.html', true],
    ['file:///app/index.html', 'file:///etc/passwd', false],
    ['file:///app/index.html', 'https://example.com/', false],
    ['file:///app/index.html', 'not a url', false],
  ])('%s → %s: %s', (current, target, allowed) => expect(isNavigationAllowed(current, target)).toBe(allowed));
});
