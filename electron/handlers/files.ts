/**
 * File handlers for Open, Save and Save As. Plain functions that take their dependencies, so tests run
 * them against real files in a temp folder with only the dialogs faked. Every reply is a Result value.
 */
import { randomBytes } from 'node:crypto';
import type * as FsPromises from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { FILE_EXTENSION, parseScenarioFile } from '../../shared/file/scenarioFile';
import { MAX_FILE_BYTES, type ExportKind, type FileError, type OpenedFile, type SavedFile, type SaveRequest } from '../../shared/ipc';
import { err, ok, type Result } from '../../shared/model/result';

export interface Dialogs {
  showOpenDialog(options: { title: string; filters: { name: string; extensions: string[] }[]; properties: string[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { title: string; defaultPath?: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FileDeps {
  readonly dialog: Dialogs;
  readonly fs: typeof FsPromises;
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
    return ok({ path, name: basename(path), text });
  } catch (e) {
    return err({ code: 'io', path, message: `Couldn't read ${path}: ${message(e)}` });
  }
}

/** Show an Open dialog for a people CSV and read it (the renderer maps and validates its columns). */
export async function openCsvFile(deps: FileDeps): Promise<Result<OpenedFile, FileError>> {
  const choice = await deps.dialog.showOpenDialog({ title: 'Import people from CSV', filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }], properties: ['openFile'] });
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return err({ code: 'cancelled' });
  const limit = deps.maxBytes ?? MAX_FILE_BYTES;
  try {
    const stat = await deps.fs.stat(path);
    if (stat.size > limit) return err({ code: 'too-large', path, bytes: stat.size, limit });
    return ok({ path, name: basename(path), text: await deps.fs.readFile(path, 'utf8') });
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
  if (!request.success) return err({ code: 'bad-request', message: `The export request was malformed: ${request.error.issues.map((i) => `${i.path.join('.') || 'request'} ${i.message}`).join('; ')}.` });
  const { kind, data, suggestedName } = request.data;
  if (kind === 'png' && !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return err({ code: 'bad-request', message: 'The PNG data is not base64.' });
  const extension = `.${kind}`;
  const choice = await deps.dialog.showSaveDialog({ title: 'Export', defaultPath: join(deps.defaultFolder ?? '', suggestedName), filters: [EXPORT_FILTERS[kind]] });
  if (choice.canceled || !choice.filePath) return err({ code: 'cancelled' });
  const path = choice.filePath.toLowerCase().endsWith(extension) ? choice.filePath : `${choice.filePath}${extension}`;
  const written = await writeAtomically(deps.fs, path, kind === 'png' ? Buffer.from(data, 'base64') : data);
  return written.ok ? ok({ path, name: basename(path) }) : written;
}

const saveRequestSchema = z.object({
  text: z.string().max(MAX_FILE_BYTES),
  // Paths come from main (an Open or Save As dialog): an absolute path to a JSON file. Anything else is refused,
  // so a page that went wrong can't aim a save at some other file.
  path: z
    .string()
    .refine((p) => isAbsolute(p) && /\.json$/i.test(p), 'must be an absolute path to a .json file')
    .optional(),
  suggestedName: z.string().max(255).optional(),
});

/** `ensureExtension('/a/plan')` → `'/a/plan.orgsim.json'`. */
export function ensureExtension(path: string): string {
  return path.endsWith(FILE_EXTENSION) ? path : `${path.replace(/\.json$/, '')}${FILE_EXTENSION}`;
}

/**
 * Save: validate the payload (shape, size, and that it is a valid scenario, so a corrupt document is never
 * written), ask where when there is no path, then write atomically keeping the previous version as `.bak`.
 */
export async function saveFile(deps: FileDeps, payload: unknown): Promise<Result<SavedFile, FileError>> {
  const request = saveRequestSchema.safeParse(payload);
  if (!request.success) return err({ code: 'bad-request', message: `The save request was malformed: ${request.error.issues.map((i) => `${i.path.join('.') || 'request'} ${i.message}`).join('; ')}.` });
  const { text, path: given, suggestedName }: SaveRequest = request.data;
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) return err({ code: 'bad-request', message: `Refusing to save a document that isn't valid: ${parsed.error[0]?.path}: ${parsed.error[0]?.message}` });
  let path = given;
  if (path === undefined) {
    const defaultPath = join(deps.defaultFolder ?? '', ensureExtension(suggestedName ?? 'Untitled'));
    const choice = await deps.dialog.showSaveDialog({ title: 'Save scenario', defaultPath, filters: FILTERS });
    if (choice.canceled || !choice.filePath) return err({ code: 'cancelled' });
    path = ensureExtension(choice.filePath);
  }
  const written = await writeAtomically(deps.fs, path, text);
  return written.ok ? ok({ path, name: basename(path) }) : written;
}

/**
 * Write `text` to `path` so that a crash or a full disk never leaves a half-written file: write a temp file
 * in the same folder, flush it to disk, keep the old file as `<path>.bak`, then rename the temp over the target.
 */
export async function writeAtomically(fs: typeof FsPromises, path: string, text: string | Uint8Array): Promise<Result<void, FileError>> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.copyFile(path, `${path}.bak`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    await fs.rename(temp, path);
    return ok(undefined);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return err({ code: 'io', path, message: `Couldn't save to ${path}: ${message(e)}` });
  }
}
