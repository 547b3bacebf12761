/**
 * Files main is asked to open without the renderer asking: Open Recent, a path on the command line, the OS
 * opening a file (double-click, drop on the Dock icon). Each is read and validated here and handed to the
 * renderer on `IPC.openRequest`; requests that arrive before the page has loaded wait for it.
 */
import { isAbsolute, resolve } from 'node:path';
import type { WebContents } from 'electron';
import { IPC, type FileError, type OpenedFile } from '../shared/ipc';
import type { Result } from '../shared/model/result';

/**
 * Scenario files named on a command line: arguments ending in `.json` that aren't flags, made absolute.
 * `scenarioPathsIn(['/opt/OrgSim/orgsim', '--no-sandbox', 'plan.orgsim.json'], '/home/a')` → `['/home/a/plan.orgsim.json']`.
 */
export function scenarioPathsIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && /\.json$/i.test(a))
    .map((a) => (isAbsolute(a) ? a : resolve(cwd, a)));
}

export interface OpenRequestDeps {
  /** Read and validate a scenario file. */
  readonly read: (path: string) => Promise<Result<OpenedFile, FileError>>;
  /** The page to hand files to (the focused window's, else the first), if any. */
  readonly target: () => Pick<WebContents, 'isLoading' | 'send'> | undefined;
  /** A file opened: put it first in Open Recent. */
  readonly remember: (path: string) => Promise<void>;
  /** A file no longer opens: drop it from Open Recent. */
  readonly forget: (path: string) => Promise<void>;
}

export interface OpenRequests {
  /** Open `path` in the target page now, or once a page has loaded. */
  open(path: string): Promise<void>;
  /** A page finished loading: open what was waiting for it. */
  flush(): Promise<void>;
  /** Paths waiting for a page (for tests and logs). */
  pending(): readonly string[];
}

/** The queue of open requests. */
export function createOpenRequests(deps: OpenRequestDeps, initial: readonly string[] = []): OpenRequests {
  let waiting = [...initial];
  const requests: OpenRequests = {
    async open(path) {
      const page = deps.target();
      if (!page || page.isLoading()) {
        waiting.push(path);
        return;
      }
      const result = await deps.read(path);
      if (result.ok) await deps.remember(path);
      else if (result.error.code === 'io') await deps.forget(path);
      page.send(IPC.openRequest, result satisfies Result<OpenedFile, FileError>);
    },
    async flush() {
      const paths = waiting;
      waiting = [];
      for (const path of paths) await requests.open(path);
    },
    pending: () => waiting,
  };
  return requests;
}
