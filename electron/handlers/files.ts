/**
 * File handlers for Open, Save and Save As. Plain functions that take their dependencies, so tests run
 * them against real files in a temp folder with only the dialogs faked. Every reply is a Result value.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { FILE_EXTENSION, parseScenarioFile, serializeScenario } from '../../shared/file/scenarioFile';
import { MAX_FILE_BYTES, type DocumentHandle, type ExportKind, type FileError, type OpenedFile, type SavedFile } from '../../shared/ipc';
import { err, ok, type Result } from '../../shared/model/result';
import type { DocumentHandles } from './documentHandles';
import { createSerialQueue } from './serial';

export interface Dialogs {
  showOpenDialog(options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
    properties: string[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title: string;
    defaultPath?: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FileDeps {
  readonly dialog: Dialogs;
  readonly fs: typeof FsPromises;
  /** The handles of files the user chose; Save writes only to these (or to a path its own dialog returned). */
  readonly handles: DocumentHandles;
  readonly maxBytes?: number;
  /** Folder Save As starts in. */
  readonly defaultFolder?: string;
}

const FILTERS = [
  { name: 'OrgSim scenario', extensions: ['orgsim.json'] },
  { name: 'JSON', extensions: ['json'] },
];

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Show the Open dialog, then read and validate the chosen file. */
export async function openFile(deps: FileDeps): Promise<Result<OpenedFile, FileError>> {
  const choice = await deps.dialog.showOpenDialog({ title: 'Open scenario', filters: FILTERS, properties: ['openFile'] });
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return err({ code: 'cancelled' });
  return readScenario(deps, path);
}

/** Read and validate a scenario file at `path` (also used for files given on the command line). */
export async function readScenario(deps: FileDeps, path: string): Promise<Result<OpenedFile, FileError>> {
  const limit = deps.maxBytes ?? MAX_FILE_BYTES;
  try {
    const stat = await deps.fs.stat(path);
    if (stat.size > limit) return err({ code: 'too-large', path, bytes: stat.size, limit });
    const raw = await deps.fs.readFile(path, 'utf8');
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const parsed = parseScenarioFile(text);
    if (!parsed.ok) return err({ code: 'invalid', path, problems: parsed.error });
    return ok({ handle: deps.handles.issue(path) as DocumentHandle, name: basename(path), text });
  } catch (e) {
    return err({ code: 'io', path, message: `Couldn't read ${path}: ${message(e)}` });
  }
}

/** Show an Open dialog for a people CSV and read it (the renderer maps and validates its columns). */
export async function openCsvFile(deps: FileDeps): Promise<Result<OpenedFile, FileError>> {
  const choice = await deps.dialog.showOpenDialog({
    title: 'Import people from CSV',
    filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
    properties: ['openFile'],
  });
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return err({ code: 'cancelled' });
  const limit = deps.maxBytes ?? MAX_FILE_BYTES;
  try {
    const stat = await deps.fs.stat(path);
    if (stat.size > limit) return err({ code: 'too-large', path, bytes: stat.size, limit });
    return ok({ handle: null, name: basename(path), text: await deps.fs.readFile(path, 'utf8') });
  } catch (e) {
    return err({ code: 'io', path, message: `Couldn't read ${path}: ${message(e)}` });
  }
}

const EXPORT_FILTERS: Record<ExportKind, { name: string; extensions: string[] }> = {
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  png: { name: 'PNG image', extensions: ['png'] },
};

const exportRequestSchema = z.object({
  kind: z.enum(['json', 'csv', 'svg', 'png']),
  data: z.string().max(MAX_FILE_BYTES * 2),
  suggestedName: z.string().min(1).max(255),
});

/** Export: validate the payload, ask where (the renderer never picks a path itself), write atomically. */
export async function exportFile(deps: FileDeps, payload: unknown): Promise<Result<SavedFile, FileError>> {
  const request = exportRequestSchema.safeParse(payload);
  if (!request.success)
    return err({
      code: 'bad-request',
      message: `The export request was malformed: ${request.error.issues.map((i) => `${i.path.join('.') || 'request'} ${i.message}`).join('; ')}.`,
    });
  const { kind, data, suggestedName } = request.data;
  if (kind === 'png' && !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return err({ code: 'bad-request', message: 'The PNG data is not base64.' });
  const extension = `.${kind}`;
  const choice = await deps.dialog.showSaveDialog({
    title: 'Export',
    defaultPath: join(deps.defaultFolder ?? '', suggestedName),
    filters: [EXPORT_FILTERS[kind]],
  });
  if (choice.canceled || !choice.filePath) return err({ code: 'cancelled' });
  const path = choice.filePath.toLowerCase().endsWith(extension) ? choice.filePath : `${choice.filePath}${extension}`;
  const written = await writeAtomically(deps.fs, path, kind === 'png' ? Buffer.from(data, 'base64') : data);
  return written.ok ? ok({ handle: null, name: basename(path) }) : written;
}

const saveRequestSchema = z.strictObject({
  text: z.string().max(MAX_FILE_BYTES),
  // A handle main issued for a file the user chose. The page never names a path.
  handle: z.string().max(64).optional(),
  suggestedName: z.string().max(255).optional(),
});

/** `ensureExtension('/a/plan')` → `'/a/plan.orgsim.json'`. */
export function ensureExtension(path: string): string {
  return path.endsWith(FILE_EXTENSION) ? path : `${path.replace(/\.json$/, '')}${FILE_EXTENSION}`;
}

const malformed = (what: string, issues: readonly { path: PropertyKey[]; message: string }[]): FileError => ({
  code: 'bad-request',
  message: `The ${what} request was malformed: ${issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || 'request'} ${i.message}`)
    .join('; ')}.`,
});

/**
 * Save: validate the payload (shape, size, and that it is a valid scenario, so a corrupt document is never
 * written), find the file behind the handle (or ask where for Save As), then write the scenario's canonical
 * text (so keys the page added are dropped) atomically, keeping the previous version as `.bak`.
 */
export async function saveFile(deps: FileDeps, payload: unknown): Promise<Result<SavedFile, FileError>> {
  const request = saveRequestSchema.safeParse(payload);
  if (!request.success) return err(malformed('save', request.error.issues));
  const { text, handle, suggestedName } = request.data;
  const parsed = parseScenarioFile(text);
  if (!parsed.ok)
    return err({ code: 'bad-request', message: `Refusing to save a document that isn't valid: ${parsed.error[0]?.path}: ${parsed.error[0]?.message}` });
  let path: string | undefined;
  if (handle !== undefined) {
    path = deps.handles.pathOf(handle);
    if (path === undefined) return err({ code: 'bad-request', message: 'OrgSim no longer knows where this document came from: use Save As to choose a file.' });
  } else {
    const defaultPath = join(deps.defaultFolder ?? '', ensureExtension(suggestedName ?? 'Untitled'));
    const choice = await deps.dialog.showSaveDialog({ title: 'Save scenario', defaultPath, filters: FILTERS });
    if (choice.canceled || !choice.filePath) return err({ code: 'cancelled' });
    path = ensureExtension(resolve(choice.filePath));
  }
  const written = await writeAtomically(deps.fs, path, serializeScenario(parsed.value));
  return written.ok ? ok({ handle: deps.handles.issue(path) as DocumentHandle, name: basename(path) }) : written;
}

/** Saves, recent-list and recovery writes to one file run one at a time (keyed by the file's real path). */
const writes = createSerialQueue();

/** Temp files of ours: `.<name>.<12 hex>.tmp` (the new text) and `.<name>.bak.<12 hex>.tmp` (the next `.bak`). */
const tempName = (base: string, kind: '' | 'bak.') => `.${base}.${kind}${randomBytes(6).toString('hex')}.tmp`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `name` is one of our temp files for `base`. `isOwnTempFile('a.json', '.a.json.0123456789ab.tmp')` → true. */
export const isOwnTempFile = (base: string, name: string): boolean => new RegExp(`^\\.${escapeRegExp(base)}\\.(bak\\.)?[0-9a-f]{12}\\.tmp$`).test(name);

/** A temp file older than this is a leftover of a crash (no write of ours takes this long). */
export const STALE_TEMP_MS = 10 * 60 * 1000;

const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** Follow symlinks to the file a write should replace (a dangling link's target, or the path itself when new). */
export async function resolveWriteTarget(fs: typeof FsPromises, path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops += 1) {
    let isLink: boolean;
    try {
      isLink = (await fs.lstat(current)).isSymbolicLink();
    } catch (e) {
      if (codeOf(e) === 'ENOENT') return current;
      throw e;
    }
    if (!isLink) return current;
    current = resolve(dirname(current), await fs.readlink(current));
  }
  throw new Error('too many levels of symbolic links');
}

/** Flush a folder's entry table, so a rename survives a power cut. Some systems can't sync a folder: that is fine. */
async function syncFolder(fs: typeof FsPromises, folder: string): Promise<void> {
  let handle: FsPromises.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (e) {
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EBADF', 'ENOTSUP'].includes(codeOf(e) ?? '')) throw e;
  } finally {
    await handle?.close();
  }
}

/** Remove our own temp files for `base` in `folder` left by a crash (older than STALE_TEMP_MS); never anything else. */
export async function removeStaleTemps(fs: typeof FsPromises, folder: string, base: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
    if (!isOwnTempFile(base, name)) continue;
    const path = join(folder, name);
    const stat = await fs.lstat(path).catch(() => null);
    if (!stat?.isFile() || now - stat.mtimeMs < STALE_TEMP_MS) continue;
    await fs.rm(path, { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/** Write `data` to a new file at `path` and flush it; give it `mode` (and the owner, when known and possible). */
async function writeFlushed(
  fs: typeof FsPromises,
  path: string,
  data: string | Uint8Array,
  like: { mode: number; uid: number; gid: number } | null,
): Promise<void> {
  // A new file gets the usual 0666 less the umask; a replacement starts private and takes the target's mode below.
  const handle = await fs.open(path, 'wx', like ? 0o600 : 0o666);
  try {
    await (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data));
    if (like) {
      await handle.chmod(like.mode & 0o7777);
      const mine = await handle.stat();
      if (mine.uid !== like.uid || mine.gid !== like.gid) {
        // Only root may give a file away; anyone may keep their own group. Keep as much of the owner as allowed.
        await handle.chown(like.uid, like.gid).catch(() => handle.chown(mine.uid, like.gid).catch(() => undefined));
      }
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Write `data` to `path` so that a crash, a full disk or a second save never leaves a half-written file or loses
 * the last good copy:
 * - a symlink is written through (its target is replaced, the link stays);
 * - a read-only target is refused (`read-only`), not replaced;
 * - the new text goes to a temp file in the same folder with the target's mode and owner, flushed;
 * - the previous version is copied to a temp `.bak`, flushed, and only then renamed over `<path>.bak`;
 * - the temp is renamed over the target and the folder flushed;
 * - writes to the same file run one at a time; our own crash leftovers beside it are removed.
 */
export function writeAtomically(fs: typeof FsPromises, path: string, data: string | Uint8Array): Promise<Result<void, FileError>> {
  return resolveWriteTarget(fs, path).then(
    (target) => writes.run(target, () => replaceFile(fs, path, target, data)),
    (e: unknown) => err({ code: 'io', path, message: `Couldn't save to ${path}: ${message(e)}` }),
  );
}

async function replaceFile(fs: typeof FsPromises, path: string, target: string, data: string | Uint8Array): Promise<Result<void, FileError>> {
  const folder = dirname(target);
  const base = basename(target);
  const temp = join(folder, tempName(base, ''));
  const bakTemp = join(folder, tempName(base, 'bak.'));
  try {
    let existing: Awaited<ReturnType<typeof fs.stat>> | null = null;
    try {
      existing = await fs.stat(target);
    } catch (e) {
      if (codeOf(e) !== 'ENOENT') throw e;
    }
    if (existing) {
      if (!existing.isFile()) return err({ code: 'io', path, message: `Couldn't save to ${path}: it is not a regular file.` });
      // Root passes access(W_OK) on any file, so the mode bits decide too: a file nobody may write stays as it is.
      const writable =
        (existing.mode & 0o222) !== 0 &&
        (await fs.access(target, fsConstants.W_OK).then(
          () => true,
          () => false,
        ));
      if (!writable)
        return err({
          code: 'read-only',
          path,
          message: `${path} is read-only, so OrgSim didn't change it. Your changes are still open: use Save As to keep them in another file, or make the file writable and save again.`,
        });
    }
    await writeFlushed(fs, temp, data, existing && { mode: existing.mode, uid: existing.uid, gid: existing.gid });
    if (existing) {
      // The old .bak stays until the new one is complete: a failed copy (a full disk) loses nothing.
      await fs.copyFile(target, bakTemp, fsConstants.COPYFILE_EXCL);
      const bak = await fs.open(bakTemp, 'r+');
      try {
        await bak.sync();
      } finally {
        await bak.close();
      }
      await fs.rename(bakTemp, `${target}.bak`);
    }
    await fs.rename(temp, target);
    await syncFolder(fs, folder);
    await removeStaleTemps(fs, folder, base);
    return ok(undefined);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    await fs.rm(bakTemp, { force: true }).catch(() => undefined);
    return err({ code: 'io', path, message: `Couldn't save to ${path}: ${message(e)}` });
  }
}
