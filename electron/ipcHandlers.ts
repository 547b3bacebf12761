/**
 * The main-process side of the typed IPC contract (shared/ipc.ts): one handler per channel, each replying with
 * a value. Payloads are validated by the handlers themselves (handlers/*.ts); this module checks who is asking
 * and turns an unexpected throw into a value, since a throw in `ipcMain.handle` reaches the renderer as a bare
 * message.
 */
import type { BrowserWindow, IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { IPC, type FileError, type Recovery } from '../shared/ipc';
import { err, type Result } from '../shared/model/result';
import { documentOf } from './document';
import { isAppUrl } from './csp';
import { exportFile, openCsvFile, openFile, saveFile, type FileDeps } from './handlers/files';
import { clearRecovery, readRecovery, writeRecovery, type RecoveryDeps } from './handlers/recovery';

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Run a handler; an unexpected throw becomes `{ code: 'io' }` with its message instead of escaping. */
export function safely<T>(job: () => Promise<Result<T, FileError>>): Promise<Result<T, FileError>> {
  return Promise.resolve()
    .then(job)
    .catch((e: unknown) => err({ code: 'io', path: '', message: `Unexpected error: ${describe(e)}` }));
}

/** The sender frame as the check needs it. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Only the app's own page may call main: the top frame (not an iframe) showing one of the app's files.
 * `isTrustedSender({ url: 'file:///app/dist/renderer/index.html', parent: null })` → true.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

const REFUSED: FileError = { code: 'bad-request', message: 'This request did not come from the OrgSim window.' };

/** What the handlers need from the rest of main. */
export interface IpcContext {
  readonly windowOf: (event: IpcMainInvokeEvent | IpcMainEvent) => BrowserWindow | null;
  /** The file dependencies, with dialogs attached to `win`. */
  readonly fileDeps: (win: BrowserWindow | null) => FileDeps;
  readonly recovery: RecoveryDeps;
  /** A file was opened or saved: put it in Open Recent. */
  readonly remember: (path: string) => Promise<void>;
  /** The path behind a handle main issued (for Open Recent after an open or save). */
  readonly pathOf: (handle: unknown) => string | undefined;
}

const frameOf = (event: IpcMainInvokeEvent | IpcMainEvent): SenderFrame | null => event.senderFrame;

/** Register a handler for every invoke channel of the contract and a listener for `setDocumentState`. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'on'>, ctx: IpcContext): void {
  // Open Recent is a convenience: failing to record it must not fail the open or save that succeeded.
  const remember = (path: string) => ctx.remember(path).catch(() => undefined);
  const trusted = <T>(event: IpcMainInvokeEvent, job: (win: BrowserWindow | null) => Promise<Result<T, FileError>>) =>
    isTrustedSender(frameOf(event)) ? safely(() => job(ctx.windowOf(event))) : Promise.resolve(err(REFUSED));

  ipcMain.handle(IPC.openFile, (event) =>
    trusted(event, async (win) => {
      const result = await openFile(ctx.fileDeps(win));
      const path = result.ok ? ctx.pathOf(result.value.handle) : undefined;
      if (path !== undefined) await remember(path);
      return result;
    }),
  );
  ipcMain.handle(IPC.saveFile, (event, payload: unknown) =>
    trusted(event, async (win) => {
      const result = await safely(() => saveFile(ctx.fileDeps(win), payload));
      documentOf(win)?.saved(result.ok);
      if (result.ok) {
        const path = ctx.pathOf(result.value.handle);
        if (path !== undefined) await remember(path);
        // The document is on disk now; its recovery copy would only offer stale work back.
        await clearRecovery(ctx.recovery).catch(() => undefined);
      }
      return result;
    }),
  );
  ipcMain.handle(IPC.openCsvFile, (event) => trusted(event, (win) => openCsvFile(ctx.fileDeps(win))));
  ipcMain.handle(IPC.exportFile, (event, payload: unknown) => trusted(event, (win) => exportFile(ctx.fileDeps(win), payload)));
  ipcMain.handle(IPC.writeRecovery, (event, payload: unknown): Promise<boolean> =>
    isTrustedSender(frameOf(event)) ? writeRecovery(ctx.recovery, payload).catch(() => false) : Promise.resolve(false),
  );
  ipcMain.handle(IPC.readRecovery, (event): Promise<Recovery | null> =>
    isTrustedSender(frameOf(event)) ? readRecovery(ctx.recovery).catch(() => null) : Promise.resolve(null),
  );
  ipcMain.handle(IPC.clearRecovery, (event): Promise<void> =>
    isTrustedSender(frameOf(event)) ? clearRecovery(ctx.recovery).catch(() => undefined) : Promise.resolve(),
  );
  ipcMain.on(IPC.setDocumentState, (event, payload: unknown) => {
    if (isTrustedSender(frameOf(event))) documentOf(ctx.windowOf(event))?.apply(payload);
  });
}
