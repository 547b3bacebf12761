/**
 * Packaging: electron-builder's unpacked Linux app, built offline against a stand-in Electron, holds only the
 * built app (dist/, package.json and the Read Me), never the renderer's libraries or the sources.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
/** Where Electron's binary keeps its fuse wire (@electron/fuses finds it by this marker). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const work = mkdtempSync(join(tmpdir(), 'orgsim-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('electron-builder', () => {
  it('packs only the built app, with the fuses flipped', async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'pipe' });
    const electronDist = join(work, 'electron');
    mkdirSync(electronDist);
    // A stand-in binary with Electron's fuse wire in it, every fuse at Electron's default (RunAsNode, NODE_OPTIONS,
    // --inspect and file: privileges on; asar integrity and asar-only off), so the build has fuses to flip.
    const DEFAULTS = '10110001';
    writeFileSync(
      join(electronDist, 'electron'),
      Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), Buffer.from([1, DEFAULTS.length]), Buffer.from(DEFAULTS), Buffer.from('\n')]),
    );
    chmodSync(join(electronDist, 'electron'), 0o755);
    const out = join(work, 'release');
    execFileSync('npx', ['electron-builder', '--linux', 'dir', `-c.electronDist=${electronDist}`, `-c.directories.output=${out}`], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, CI: 'true' },
    });
    const files = execFileSync('npx', ['asar', 'list', join(out, 'linux-unpacked', 'resources', 'app.asar')], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files).toContain('/dist/electron/main.cjs');
    expect(files).toContain('/dist/electron/preload.cjs');
    expect(files).toContain('/dist/renderer/index.html');
    expect(files).toContain('/package.json');
    expect(files.filter((f) => f.includes('node_modules') || f.endsWith('.ts') || f.endsWith('.map'))).toEqual([]);

    // The fuses in the packaged binary.
    const unpacked = join(out, 'linux-unpacked');
    const binary = readdirSync(unpacked)
      .map((f) => join(unpacked, f))
      .find((f) => readFileSync(f).includes(SENTINEL));
    expect(binary).toBeDefined();
    const wire = await getCurrentFuseWire(binary!);
    const state = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] as unknown as number);
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
  }, 240_000);
});
