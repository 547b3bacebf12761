/**
 * Opaque document handles. Main never takes a path to write from the renderer: each path the user chose (an
 * Open or Save dialog, Open Recent, the command line, the OS opening a file) gets a random handle, and Save
 * names the handle. A handle the page made up, or one from an earlier run, maps to nothing and is refused.
 */
import { randomBytes } from 'node:crypto';

export interface DocumentHandles {
  /** The handle for `path` (the same one each time the same path is issued). */
  issue(path: string): string;
  /** The path behind a handle, or undefined for anything main didn't issue. */
  pathOf(handle: unknown): string | undefined;
}

/** Handles are 128 random bits as hex: `createDocumentHandles().issue('/a/b.orgsim.json')` → `'9f…'` (32 characters). */
export function createDocumentHandles(random: () => string = () => randomBytes(16).toString('hex')): DocumentHandles {
  const byHandle = new Map<string, string>();
  const byPath = new Map<string, string>();
  return {
    issue(path) {
      const known = byPath.get(path);
      if (known !== undefined) return known;
      const handle = random();
      byHandle.set(handle, path);
      byPath.set(path, handle);
      return handle;
    },
    pathOf: (handle) => (typeof handle === 'string' ? byHandle.get(handle) : undefined),
  };
}
