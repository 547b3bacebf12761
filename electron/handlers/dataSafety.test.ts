/**
 * Data safety of saving, on real files in temp folders: modes and owners kept, read-only targets refused, symlinks
 * written through, saves one at a time, the .bak never lost, the folder flushed, crash leftovers removed, the
 * recent list and the recovery copy never losing a change. Cases that depend on permissions run a child process
 * as the unprivileged user `nobody` (these machines run as root, which ignores permissions).
 */
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeScenario } from '../../shared/file/scenarioFile';
import { sampleScenario } from '../../shared/sample/sampleScenario';
import { createDocumentHandles, type DocumentHandles } from './documentHandles';
import { isOwnTempFile, saveFile, STALE_TEMP_MS, writeAtomically, type FileDeps } from './files';
import { addRecent, readRecent } from './recent';
import { clearRecovery, readRecovery, writeRecovery } from './recovery';

const sample = serializeScenario(sampleScenario());
const renamed = (name: string) => sample.replace('Sample: Northwind Engineering', name);
let dir: string;
let handles: DocumentHandles;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'orgsim-safety-'));
  handles = createDocumentHandles();
});
afterEach(async () => {
  await fs.chmod(dir, 0o700).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

const deps = (extra: Partial<FileDeps> = {}): FileDeps => ({
  fs,
  handles,
  dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
  ...extra,
});
const listing = async (folder = dir) => (await fs.readdir(folder)).sort();
const save = (path: string, text: string, extra: Partial<FileDeps> = {}) => saveFile(deps(extra), { text, handle: handles.issue(path) });

describe('writes only where the user chose', () => {
  it('writes the canonical text of the validated scenario: keys the page added are dropped', async () => {
    const path = join(dir, 'org.orgsim.json');
    const doc = JSON.parse(sample);
    doc.injected = '<script>';
    doc.org.people[0].secret = 'x';
    expect((await save(path, JSON.stringify(doc))).ok).toBe(true);
    expect(await fs.readFile(path, 'utf8')).toBe(sample);
  });

  it('a handle from another session (another registry) is refused and nothing is written', async () => {
    const other = createDocumentHandles().issue(join(dir, 'x.orgsim.json'));
    const result = await saveFile(deps(), { text: sample, handle: other });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await listing()).toEqual([]);
  });
});

describe('modes and owners', () => {
  it.each([0o600, 0o640, 0o664, 0o700])('a %s file keeps its mode, and so does its .bak', async (mode) => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    await fs.chmod(path, mode);
    expect((await save(path, renamed('A'))).ok).toBe(true);
    expect((await fs.stat(path)).mode & 0o777).toBe(mode);
    expect((await fs.stat(`${path}.bak`)).mode & 0o777).toBe(mode);
  });

  it('a new file gets the usual mode (0666 less the umask)', async () => {
    const path = join(dir, 'new.orgsim.json');
    expect(
      (
        await saveFile(
          deps({
            dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: false, filePath: path }) },
          }),
          { text: sample },
        )
      ).ok,
    ).toBe(true);
    const umask = process.umask(0o022);
    process.umask(umask);
    expect((await fs.stat(path)).mode & 0o777).toBe(0o666 & ~umask);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner and group (root can give the file back to its owner)', async () => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    await fs.chown(path, 65534, 65534);
    expect((await save(path, renamed('B'))).ok).toBe(true);
    const stat = await fs.stat(path);
    expect([stat.uid, stat.gid]).toEqual([65534, 65534]);
  });

  it.each([0o444, 0o400, 0o440])('refuses a read-only (%s) target with a clear message and leaves it untouched (as root too)', async (mode) => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    await fs.chmod(path, mode);
    const result = await save(path, renamed('C'));
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only', path, message: expect.stringMatching(/read-only.*Save As/) } });
    expect(await fs.readFile(path, 'utf8')).toBe(sample);
    expect((await fs.stat(path)).mode & 0o777).toBe(mode);
    expect(await listing()).toEqual(['org.orgsim.json']);
  });
});

describe('symlinks', () => {
  it('writes through a symlink: the link stays a link, its target gets the text and the .bak', async () => {
    const real = join(dir, 'real');
    await fs.mkdir(real);
    const target = join(real, 'org.orgsim.json');
    await fs.writeFile(target, sample);
    const link = join(dir, 'link.orgsim.json');
    await fs.symlink(join('real', 'org.orgsim.json'), link);
    expect((await save(link, renamed('D'))).ok).toBe(true);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(target, 'utf8')).toBe(renamed('D'));
    expect(await fs.readFile(`${target}.bak`, 'utf8')).toBe(sample);
    expect(await listing()).toEqual(['link.orgsim.json', 'real']);
  });

  it('a chain of links and a dangling link are followed to the file they name', async () => {
    const target = join(dir, 'new.orgsim.json');
    await fs.symlink(target, join(dir, 'b.orgsim.json'));
    await fs.symlink(join(dir, 'b.orgsim.json'), join(dir, 'a.orgsim.json'));
    expect((await save(join(dir, 'a.orgsim.json'), sample)).ok).toBe(true);
    expect(await fs.readFile(target, 'utf8')).toBe(sample);
    expect((await fs.lstat(join(dir, 'a.orgsim.json'))).isSymbolicLink()).toBe(true);
  });

  it('a symlink loop is an io error, not a hang', async () => {
    await fs.symlink(join(dir, 'b.orgsim.json'), join(dir, 'a.orgsim.json'));
    await fs.symlink(join(dir, 'a.orgsim.json'), join(dir, 'b.orgsim.json'));
    expect(await save(join(dir, 'a.orgsim.json'), sample)).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});

describe('one save at a time', () => {
  it('twenty saves at once land in order: the last one wins whole, the .bak holds the one before, no temp left', async () => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    const texts = Array.from({ length: 20 }, (_, i) => renamed(`Version ${i}`));
    const results = await Promise.all(texts.map((t) => save(path, t)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await fs.readFile(path, 'utf8')).toBe(texts[19]);
    expect(await fs.readFile(`${path}.bak`, 'utf8')).toBe(texts[18]);
    expect(await listing()).toEqual(['org.orgsim.json', 'org.orgsim.json.bak']);
  });

  it('a save through a symlink and one to its target queue together (same file)', async () => {
    const target = join(dir, 'org.orgsim.json');
    await fs.writeFile(target, sample);
    await fs.symlink(target, join(dir, 'link.orgsim.json'));
    const order: string[] = [];
    const slowFs = {
      ...fs,
      rename: async (from: string, to: string) => {
        order.push(`start ${to}`);
        await new Promise((r) => setTimeout(r, 20));
        await fs.rename(from, to);
        order.push(`end ${to}`);
      },
    } as typeof fs;
    await Promise.all([writeAtomically(slowFs, join(dir, 'link.orgsim.json'), renamed('E')), writeAtomically(slowFs, target, renamed('F'))]);
    // Each write renames twice (.bak, then the file); the second write's renames start after the first's end.
    expect(order.map((o) => o.replace(dir, ''))).toEqual([
      'start /org.orgsim.json.bak',
      'end /org.orgsim.json.bak',
      'start /org.orgsim.json',
      'end /org.orgsim.json',
      'start /org.orgsim.json.bak',
      'end /org.orgsim.json.bak',
      'start /org.orgsim.json',
      'end /org.orgsim.json',
    ]);
    // Which of the two goes first depends on how fast each path resolves; either way the file is one of them, whole.
    expect([renamed('E'), renamed('F')]).toContain(await fs.readFile(target, 'utf8'));
    expect([renamed('E'), renamed('F')]).toContain(await fs.readFile(`${target}.bak`, 'utf8'));
  });
});

describe('the .bak and the folder', () => {
  it('a .bak copy that fails (a full disk) keeps the previous .bak and the file, and leaves no temp', async () => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, renamed('Current'));
    await fs.writeFile(`${path}.bak`, renamed('Previous'));
    const fullFs = {
      ...fs,
      copyFile: async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
    } as typeof fs;
    const result = await save(path, renamed('Next'), { fs: fullFs });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('ENOSPC') } });
    expect(await fs.readFile(path, 'utf8')).toBe(renamed('Current'));
    expect(await fs.readFile(`${path}.bak`, 'utf8')).toBe(renamed('Previous'));
    expect(await listing()).toEqual(['org.orgsim.json', 'org.orgsim.json.bak']);
  });

  it('a new file that fails to write (a full disk) touches neither the file nor the .bak', async () => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, renamed('Current'));
    await fs.writeFile(`${path}.bak`, renamed('Previous'));
    const fullFs = {
      ...fs,
      open: async (p: string, flags: string, mode?: number) => {
        const handle = await fs.open(p, flags, mode);
        if (flags === 'wx') handle.writeFile = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
        return handle;
      },
    } as typeof fs;
    expect(await save(path, renamed('Next'), { fs: fullFs })).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await fs.readFile(path, 'utf8')).toBe(renamed('Current'));
    expect(await fs.readFile(`${path}.bak`, 'utf8')).toBe(renamed('Previous'));
    expect(await listing()).toEqual(['org.orgsim.json', 'org.orgsim.json.bak']);
  });

  it('flushes the folder after the rename', async () => {
    const path = join(dir, 'org.orgsim.json');
    const events: string[] = [];
    const spyFs = {
      ...fs,
      rename: async (from: string, to: string) => {
        events.push(`rename ${to.replace(dir, '')}`);
        return fs.rename(from, to);
      },
      open: async (p: string, flags: string, mode?: number) => {
        const handle = await fs.open(p, flags, mode);
        if (p === dir) {
          const sync = handle.sync.bind(handle);
          handle.sync = async () => {
            events.push('sync folder');
            return sync();
          };
        }
        return handle;
      },
    } as typeof fs;
    expect((await writeAtomically(spyFs, path, sample)).ok).toBe(true);
    expect(events).toEqual(['rename /org.orgsim.json', 'sync folder']);
  });

  it('removes our own stale temp files beside the file, and nothing else', async () => {
    const path = join(dir, 'org.orgsim.json');
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    const stale = ['.org.orgsim.json.0123456789ab.tmp', '.org.orgsim.json.bak.0123456789ab.tmp'];
    const kept = [
      '.org.orgsim.json.fedcba987654.tmp' /* fresh: another save may own it */,
      '.other.orgsim.json.0123456789ab.tmp',
      'notes.tmp',
      '.org.orgsim.json.xyz.tmp',
    ];
    for (const name of [...stale, ...kept]) await fs.writeFile(join(dir, name), 'x');
    for (const name of [...stale, ...kept.slice(1)]) await fs.utimes(join(dir, name), old, old);
    expect((await writeAtomically(fs, path, sample)).ok).toBe(true);
    expect(await listing()).toEqual([...kept, 'org.orgsim.json'].sort());
  });

  it.each([
    ['.a.json.0123456789ab.tmp', true],
    ['.a.json.bak.0123456789ab.tmp', true],
    ['.a.json.0123456789AB.tmp', false],
    ['.a.json.0123456789a.tmp', false],
    ['.aXjson.0123456789ab.tmp', false],
    ['a.json.0123456789ab.tmp', false],
  ])('isOwnTempFile(a.json, %s) → %s', (name, own) => expect(isOwnTempFile('a.json', name)).toBe(own));
});

describe('recent list and recovery copy', () => {
  it('ten Open Recent additions at once keep all ten', async () => {
    const recent = { fs, folder: join(dir, 'userData') };
    const paths = Array.from({ length: 10 }, (_, i) => `/docs/${i}.orgsim.json`);
    await Promise.all(paths.map((p) => addRecent(recent, p)));
    expect((await readRecent(recent)).sort()).toEqual([...paths].sort());
  });

  it('a recovery write in flight when a clean save clears the copy leaves nothing behind', async () => {
    const recovery = { fs, folder: join(dir, 'userData') };
    const writing = writeRecovery(recovery, { text: 'unsaved', name: 'plan' });
    const clearing = clearRecovery(recovery);
    await Promise.all([writing, clearing]);
    expect(await readRecovery(recovery)).toBeNull();
    expect(await fs.readdir(recovery.folder).catch(() => [])).toEqual([]);
  });

  it('a recovery write asked for before a clear but run after it is dropped', async () => {
    const recovery = { fs, folder: join(dir, 'userData') };
    await writeRecovery(recovery, { text: 'first', name: 'plan' });
    const slow = { ...fs, mkdir: vi.fn(async (...args: Parameters<typeof fs.mkdir>) => fs.mkdir(...args)) } as unknown as typeof fs;
    const writes = [writeRecovery({ ...recovery, fs: slow }, { text: 'second', name: 'plan' }), writeRecovery(recovery, { text: 'third', name: 'plan' })];
    await clearRecovery(recovery);
    expect(await Promise.all(writes)).toEqual([false, false]);
    expect(await readRecovery(recovery)).toBeNull();
  });

  it('a scenario name of any length still gets a recovery copy (the name is cut)', async () => {
    const recovery = { fs, folder: join(dir, 'userData') };
    expect(await writeRecovery(recovery, { text: 'unsaved', name: 'n'.repeat(100_000) })).toBe(true);
    expect((await readRecovery(recovery))?.name).toBe('n'.repeat(300));
  });
});

// Root ignores file permissions, so these run the real write in a child process as `nobody` (uid 65534).
// The handler is bundled with esbuild into a plain script the child can run.
const asRoot = process.getuid?.() === 0;
const nobodyWorks = asRoot && spawnSync(process.execPath, ['-e', '0'], { uid: 65534, gid: 65534 }).status === 0;
if (!nobodyWorks)
  console.log(
    `Unprivileged save tests skipped: ${asRoot ? 'cannot start a process as nobody' : 'not running as root, so the cases above already run unprivileged'}.`,
  );

describe.skipIf(!nobodyWorks)('as an unprivileged user (a child process as nobody)', () => {
  let bundle: string;
  let work: string;
  beforeAll(async () => {
    work = await fs.mkdtemp(join(tmpdir(), 'orgsim-nobody-'));
    await fs.chmod(work, 0o755);
    await fs.writeFile(
      join(work, 'entry.ts'),
      `import * as fs from 'node:fs/promises';\nimport { writeAtomically } from ${JSON.stringify(join(__dirname, 'files.ts'))};\nwriteAtomically(fs, process.argv[2]!, process.argv[3]!).then((r) => process.stdout.write(JSON.stringify(r)));\n`,
    );
    bundle = join(work, 'write.cjs');
    buildSync({ entryPoints: [join(work, 'entry.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error' });
    await fs.chmod(bundle, 0o644);
  }, 60_000);
  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  const writeAsNobody = (path: string, text: string) => {
    const run = spawnSync(process.execPath, [bundle, path, text], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: '/' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as { ok: boolean; error?: { code: string } };
  };

  it('a file owned by someone else that nobody may write is refused as read-only, untouched', async () => {
    await fs.chmod(dir, 0o777);
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    await fs.chmod(path, 0o644);
    expect(writeAsNobody(path, 'new')).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await fs.readFile(path, 'utf8')).toBe(sample);
    expect(await listing()).toEqual(['org.orgsim.json']);
  });

  it('a file in a folder nobody may write is an io error: the file and its .bak untouched', async () => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    await fs.writeFile(`${path}.bak`, 'old');
    await fs.chown(path, 65534, 65534);
    await fs.chmod(dir, 0o755);
    expect(writeAsNobody(path, 'new')).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await fs.readFile(path, 'utf8')).toBe(sample);
    expect(await fs.readFile(`${path}.bak`, 'utf8')).toBe('old');
  });

  it("nobody's own 0600 file keeps its mode and owner", async () => {
    await fs.chmod(dir, 0o777);
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    await fs.chown(path, 65534, 65534);
    await fs.chmod(path, 0o600);
    expect(writeAsNobody(path, 'new')).toEqual({ ok: true });
    const stat = await fs.stat(path);
    expect([stat.mode & 0o777, stat.uid]).toEqual([0o600, 65534]);
    expect(await fs.readFile(path, 'utf8')).toBe('new');
  });
});
