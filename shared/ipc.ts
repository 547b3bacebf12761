/**
 * The one typed IPC contract. Main implements it, the preload exposes exactly it on `window.orgsim`,
 * the renderer calls it (or a browser adapter with the same shape). Every reply is a value, never a throw.
 */
import type { Result } from './model/result';
import type { CommandId } from './commands';

/**
 * An opaque name for a file the user chose (desktop: 32 random hex characters issued by main; browser: the file
 * name). Save names a handle, never a path, so the page can't aim a write anywhere the user didn't pick.
 */
export type DocumentHandle = string & { readonly __brand: 'DocumentHandle' };

/** An open document as the Node side hands it to the renderer: the raw file text and a handle to save it back. */
export interface OpenedFile {
  /** Save back through this handle; null when the file can't be saved back (a CSV, a dropped file). */
  readonly handle: DocumentHandle | null;
  /** The file's name without folders, for the title bar. */
  readonly name: string;
  /** The file's text; the renderer parses it with `parseScenarioFile` (same code main validates with). */
  readonly text: string;
}

/** Why a file operation failed, with what a clear message needs. */
export type FileError =
  | { readonly code: 'cancelled' }
  | { readonly code: 'io'; readonly path: string; readonly message: string }
  | { readonly code: 'read-only'; readonly path: string; readonly message: string }
  | { readonly code: 'too-large'; readonly path: string; readonly bytes: number; readonly limit: number }
  | { readonly code: 'invalid'; readonly path: string; readonly problems: readonly FileProblem[] }
  | { readonly code: 'bad-request'; readonly message: string };

/** One thing wrong in a file: where (JSON path like `org.units[3].parentId`) and a plain sentence. */
export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

/** A save request: the serialized document and, for Save, the handle it was opened or saved with. */
export interface SaveRequest {
  readonly text: string;
  /** Save to the file behind this handle; absent means ask (Save As). */
  readonly handle?: DocumentHandle;
  /** Suggested file name for the Save As dialog. */
  readonly suggestedName?: string;
}

export type ExportKind = 'json' | 'csv' | 'svg' | 'png';

export interface ExportRequest {
  readonly kind: ExportKind;
  /** The content: text for json/csv/svg, base64 for png. */
  readonly data: string;
  readonly suggestedName: string;
}

/** A recovery copy of unsaved work. */
export interface Recovery {
  readonly text: string;
  readonly name: string;
  /** ISO timestamp of when it was written. */
  readonly savedAt: string;
}

export interface SavedFile {
  /** The handle to save to next time (null for exports, which are never saved over by handle). */
  readonly handle: DocumentHandle | null;
  readonly name: string;
}

/** The API the preload puts on `window.orgsim`. */
export interface OrgSimApi {
  /** Which side implements it: the desktop app or the browser adapter. */
  readonly platform: 'desktop' | 'browser';
  /** Show an Open dialog and read the chosen file. */
  openFile(): Promise<Result<OpenedFile, FileError>>;
  /** Write to the file behind `request.handle`, or ask where when absent. Atomic, keeps a `.bak` of the previous version. */
  saveFile(request: SaveRequest): Promise<Result<SavedFile, FileError>>;
  /** Tell main the window title and, as its own field, whether there are unsaved changes (any title length). */
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** Show an Open dialog for a CSV file (people import) and read it. No scenario validation. */
  openCsvFile(): Promise<Result<OpenedFile, FileError>>;
  /** Ask where, then write an export (JSON, CSV, SVG as text; PNG as base64). Atomic, like Save. */
  exportFile(request: ExportRequest): Promise<Result<SavedFile, FileError>>;
  /** Keep a recovery copy of a document with unsaved changes (every 30 s while dirty). */
  writeRecovery(copy: { text: string; name: string }): Promise<boolean>;
  /** The recovery copy a previous session left behind, if any. */
  readRecovery(): Promise<Recovery | null>;
  /** Remove the recovery copy (after a clean save, or when the user discards). */
  clearRecovery(): Promise<void>;
  /** Files main asks the renderer to open: Open Recent, a file given on the command line, the OS opening a file. */
  onOpenRequest(listener: (file: Result<OpenedFile, FileError>) => void): () => void;
  /** Subscribe to menu commands (File > New, Open, Save, Save As, Edit > Undo ...). Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Commands the native menu sends to the renderer: the ids of shared/commands.ts (a type-only import, so the preload bundle stays this file alone). */
export type MenuCommand = CommandId;

/** Channel names, shared so main and preload can't drift apart. */
export const IPC = {
  openFile: 'orgsim:open-file',
  openCsvFile: 'orgsim:open-csv-file',
  exportFile: 'orgsim:export-file',
  saveFile: 'orgsim:save-file',
  setDocumentState: 'orgsim:set-document-state',
  menuCommand: 'orgsim:menu-command',
  writeRecovery: 'orgsim:write-recovery',
  readRecovery: 'orgsim:read-recovery',
  clearRecovery: 'orgsim:clear-recovery',
  openRequest: 'orgsim:open-request',
} as const;

/** Largest scenario file OrgSim opens (bytes). Larger files get a clear "too large" message. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
