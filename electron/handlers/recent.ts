/** The recent-files list, kept in the app's data folder (and mirrored to the OS's recent documents by main). */
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from './files';
import { createSerialQueue } from './serial';

export const RECENT_LIMIT = 10;

export interface RecentDeps {
  readonly fs: typeof FsPromises;
  /** The app's data folder. */
  readonly folder: string;
}

const fileOf = (deps: RecentDeps) => join(deps.folder, 'recent.json');
/** Each change reads the list, edits it and writes it back: two at once would lose one, so they queue. */
const changes = createSerialQueue();

/** The list, newest first; an unreadable or odd file counts as empty. */
export async function readRecent(deps: RecentDeps): Promise<string[]> {
  try {
    const parsed: unknown = JSON.parse(await deps.fs.readFile(fileOf(deps), 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

/** Put `path` first (once), keep at most RECENT_LIMIT, save; returns the new list. */
export function addRecent(deps: RecentDeps, path: string): Promise<string[]> {
  return changeRecent(deps, (list) => [path, ...list.filter((p) => p !== path)]);
}

async function changeRecent(deps: RecentDeps, change: (list: string[]) => string[]): Promise<string[]> {
  return changes.run(fileOf(deps), async () => {
    const list = change(await readRecent(deps)).slice(0, RECENT_LIMIT);
    await deps.fs.mkdir(deps.folder, { recursive: true });
    await writeAtomically(deps.fs, fileOf(deps), JSON.stringify(list));
    return list;
  });
}

/** Drop a path that no longer opens. */
export function removeRecent(deps: RecentDeps, path: string): Promise<string[]> {
  return changeRecent(deps, (list) => list.filter((p) => p !== path));
}

/** Empty the list (File > Open Recent > Clear Recent). */
export function clearRecent(deps: RecentDeps): Promise<void> {
  return changes.run(fileOf(deps), async () => {
    await deps.fs.rm(fileOf(deps), { force: true });
    await deps.fs.rm(`${fileOf(deps)}.bak`, { force: true });
  });
}
