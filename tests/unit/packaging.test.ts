/**
 * Packaging: electron-builder's unpacked Linux app, built offline against a stand-in Electron, holds only the
 * built app (dist/, package.json and the Read Me), never the renderer's libraries or the sources.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'orgsim-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('electron-builder', () => {
  it('packs only the built app', () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'pipe' });
    const electronDist = join(work, 'electron');
    mkdirSync(electronDist);
    writeFileSync(join(electronDist, 'electron'), '');
    chmodSync(join(electronDist, 'electron'), 0o755);
    const out = join(work, 'release');
    execFileSync('npx', ['electron-builder', '--linux', 'dir', `-c.electronDist=${electronDist}`, `-c.directories.output=${out}`], { cwd: root, stdio: 'pipe', env: { ...process.env, CI: 'true' } });
    const files = execFileSync('npx', ['asar', 'list', join(out, 'linux-unpacked', 'resources', 'app.asar')], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files).toContain('/dist/electron/main.cjs');
    expect(files).toContain('/dist/electron/preload.cjs');
    expect(files).toContain('/dist/renderer/index.html');
    expect(files).toContain('/package.json');
    expect(files.filter((f) => f.includes('node_modules') || f.endsWith('.ts') || f.endsWith('.map'))).toEqual([]);
  }, 240_000);
});
