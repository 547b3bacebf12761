import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addRecent, readRecent, RECENT_LIMIT, removeRecent } from './recent';
import { clearRecovery, readRecovery, writeRecovery } from './recovery';

let folder: string;
beforeEach(async () => {
  folder = join(await fs.mkdtemp(join(tmpdir(), 'orgsim-data-')), 'userData');
});
afterEach(async () => fs.rm(join(folder, '..'), { recursive: true, force: true }));

describe('recent files', () => {
  it('keeps the newest first, once each, at most ten, across restarts', async () => {
    expect(await readRecent({ fs, folder })).toEqual([]);
    for (let i = 0; i < 12; i++) await addRecent({ fs, folder }, `/f${i}.orgsim.json`);
    await addRecent({ fs, folder }, '/f5.orgsim.json');
    const list = await readRecent({ fs, folder });
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list.slice(0, 3)).toEqual(['/f5.orgsim.json', '/f11.orgsim.json', '/f10.orgsim.json']);
    expect(await removeRecent({ fs, folder }, '/f11.orgsim.json')).not.toContain('/f11.orgsim.json');
  });

  it('treats a damaged list as empty', async () => {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(join(folder, 'recent.json'), '{oops');
    expect(await readRecent({ fs, folder })).toEqual([]);
  });
});

describe('recovery copy', () => {
  const now = () => new Date('2026-11-24T10:00:00Z');

  it('is written, found by the next start, and removed by a clean save', async () => {
    expect(await readRecovery({ fs, folder })).toBeNull();
    expect(await writeRecovery({ fs, folder, now }, { text: '{"x":1}', name: 'plan.orgsim.json' })).toBe(true);
    expect(await readRecovery({ fs, folder })).toEqual({ text: '{"x":1}', name: 'plan.orgsim.json', savedAt: '2026-11-24T10:00:00.000Z' });
    await clearRecovery({ fs, folder });
    expect(await readRecovery({ fs, folder })).toBeNull();
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('refuses a malformed payload', async () => {
    expect(await writeRecovery({ fs, folder }, { text: 42 })).toBe(false);
    expect(await readRecovery({ fs, folder })).toBeNull();
  });
});
