import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFileFor, isAppUrl, serveAppRequest } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './csp';

describe('appFileFor', () => {
  it.each([
    ['app://orgsim/index.html', '/r/index.html'],
    ['app://orgsim/', '/r/index.html'],
    ['app://orgsim/assets/main-1a2b.js?x=1#y', '/r/assets/main-1a2b.js'],
    ['app://orgsim/a%20b.css', '/r/a b.css'],
    ['app://orgsim/../etc/passwd', '/r/etc/passwd'], // the URL parser folds `..` at the root: still inside
    ['app://orgsim/%2e%2e/%2e%2e/etc/passwd', '/r/etc/passwd'], // encoded dots fold the same way: still inside
    ['app://orgsim/assets/..%2f..%2fsecret', null],
    ['app://orgsim/a%5c..%5c..%5csecret', null],
    ['app://orgsim/a%00.js', null],
    ['app://evil/index.html', null],
    ['file:///r/index.html', null],
    ['https://orgsim/index.html', null],
    ['not a url', null],
  ])('%s → %s', (url, file) => expect(appFileFor('/r', url)).toBe(file));
});

describe('isAppUrl', () => {
  it.each([
    ['app://orgsim/index.html', true],
    ['app://ORGSIM/index.html', false], // Chromium lowercases a standard scheme's host before main sees it
    ['app://orgsim.evil/index.html', false],
    ['file:///app/dist/renderer/index.html', false],
    ['', false],
  ])('%s → %s', (url, yes) => expect(isAppUrl(url)).toBe(yes));
});

describe('serveAppRequest', () => {
  let root: string;
  beforeAll(async () => {
    root = await fs.mkdtemp(join(tmpdir(), 'orgsim-app-'));
    await fs.mkdir(join(root, 'assets'));
    await fs.writeFile(join(root, 'index.html'), '<!doctype html>');
    await fs.writeFile(join(root, 'assets', 'a.js'), 'x');
    await fs.writeFile(join(root, '..', `${root.split('/').pop()}-secret.txt`), 'secret');
  });
  afterAll(async () => {
    await fs.rm(root, { recursive: true, force: true });
    await fs.rm(join(root, '..', `${root.split('/').pop()}-secret.txt`), { force: true });
  });

  it('serves the app files with their type, the CSP as a header, and nosniff', async () => {
    const page = await serveAppRequest(fs, root, 'app://orgsim/index.html');
    expect(page).toMatchObject({
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    });
    expect(String(page.body)).toBe('<!doctype html>');
    expect(await serveAppRequest(fs, root, 'app://orgsim/assets/a.js')).toMatchObject({
      status: 200,
      headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
    });
  });

  it('answers 404 (with the CSP) for a missing file, a file outside the folder, or another host', async () => {
    for (const url of ['app://orgsim/nope.js', `app://orgsim/..%2f${root.split('/').pop()}-secret.txt`, 'app://evil/index.html', 'file:///etc/passwd']) {
      const answer = await serveAppRequest(fs, root, url);
      expect(answer.status, url).toBe(404);
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
