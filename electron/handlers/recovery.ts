/**
 * The recovery copy: while a document has unsaved changes the renderer sends it here every 30 seconds; after a
 * crash the next start offers it back; a clean save (or Don't Save) removes it. It lives in the app's data folder.
 */
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_FILE_BYTES, type Recovery } from '../../shared/ipc';
import { writeAtomically } from './files';

export interface RecoveryDeps {
  readonly fs: typeof FsPromises;
  readonly folder: string;
  readonly now?: () => Date;
}

const fileOf = (deps: RecoveryDeps) => join(deps.folder, 'recovery.json');
const recoverySchema = z.object({ text: z.string().max(MAX_FILE_BYTES), name: z.string().max(300), savedAt: z.string() });

/** Write the recovery copy (payload validated: a string under the size limit and a name). */
export async function writeRecovery(deps: RecoveryDeps, payload: unknown): Promise<boolean> {
  const parsed = z.object({ text: z.string().max(MAX_FILE_BYTES), name: z.string().max(300) }).safeParse(payload);
  if (!parsed.success) return false;
  await deps.fs.mkdir(deps.folder, { recursive: true });
  const record: Recovery = { ...parsed.data, savedAt: (deps.now?.() ?? new Date()).toISOString() };
  return (await writeAtomically(deps.fs, fileOf(deps), JSON.stringify(record))).ok;
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
export async function clearRecovery(deps: RecoveryDeps): Promise<void> {
  await deps.fs.rm(fileOf(deps), { force: true });
  await deps.fs.rm(`${fileOf(deps)}.bak`, { force: true });
}
