/**
 * The recovery copy: while a document has unsaved changes the renderer sends it here every 30 seconds; after a
 * crash the next start offers it back; a clean save (or Don't Save) removes it. It lives in the app's data folder.
 */
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_FILE_BYTES, type Recovery } from '../../shared/ipc';
import { writeAtomically } from './files';
import { createSerialQueue } from './serial';

export interface RecoveryDeps {
  readonly fs: typeof FsPromises;
  readonly folder: string;
  readonly now?: () => Date;
}

const fileOf = (deps: RecoveryDeps) => join(deps.folder, 'recovery.json');
/** The longest name kept with a copy; a longer scenario name is cut, never a reason to drop the copy. */
export const RECOVERY_NAME_LIMIT = 300;
const recoverySchema = z.object({ text: z.string().max(MAX_FILE_BYTES), name: z.string(), savedAt: z.string() });
const writeSchema = z.object({ text: z.string().max(MAX_FILE_BYTES), name: z.string().max(MAX_FILE_BYTES) });

/** Writes and clears of one folder's copy run in order; a clear cancels the writes queued before it ran. */
const jobs = createSerialQueue();
const clears = new Map<string, number>();

/** Write the recovery copy (payload validated: a string under the size limit and a name, cut to 300 characters). */
export function writeRecovery(deps: RecoveryDeps, payload: unknown): Promise<boolean> {
  const parsed = writeSchema.safeParse(payload);
  if (!parsed.success) return Promise.resolve(false);
  const file = fileOf(deps);
  const generation = clears.get(file) ?? 0;
  return jobs.run(file, async () => {
    // A clean save cleared the copy after this write was asked for: writing it now would bring stale work back.
    if ((clears.get(file) ?? 0) !== generation) return false;
    await deps.fs.mkdir(deps.folder, { recursive: true });
    const record: Recovery = {
      text: parsed.data.text,
      name: [...parsed.data.name].slice(0, RECOVERY_NAME_LIMIT).join(''),
      savedAt: (deps.now?.() ?? new Date()).toISOString(),
    };
    return (await writeAtomically(deps.fs, file, JSON.stringify(record))).ok;
  });
}

/** The recovery copy left by a session that didn't end cleanly, or null. */
export async function readRecovery(deps: RecoveryDeps): Promise<Recovery | null> {
  try {
    const parsed = recoverySchema.safeParse(JSON.parse(await deps.fs.readFile(fileOf(deps), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remove the recovery copy (and the .bak a previous write kept). */
export function clearRecovery(deps: RecoveryDeps): Promise<void> {
  const file = fileOf(deps);
  clears.set(file, (clears.get(file) ?? 0) + 1);
  return jobs.run(file, async () => {
    await deps.fs.rm(file, { force: true });
    await deps.fs.rm(`${file}.bak`, { force: true });
  });
}
