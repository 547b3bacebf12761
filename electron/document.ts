/**
 * Each window's document state as main sees it: the title and whether there are unsaved changes (both sent by
 * the renderer), and the close guard — closing with unsaved changes asks Save / Don't Save / Cancel, and a close
 * that waits for Save goes ahead only once the document is clean. The decisions are pure functions; `trackDocument`
 * applies them to a window.
 */
import type { BrowserWindow } from 'electron';
import { z } from 'zod';
import { IPC, type MenuCommand } from '../shared/ipc';

/** What the renderer reports through `setDocumentState`. */
export interface DocumentState {
  readonly title: string;
  readonly dirty: boolean;
}

/** The longest window title shown; a longer one (a very long scenario name) is cut, never dropped. */
export const TITLE_LIMIT = 1000;
const documentStateSchema = z.object({ title: z.string().max(10 * 1024 * 1024), dirty: z.boolean() });

/**
 * The validated payload of `setDocumentState`, or null when it is malformed. The dirty flag is its own field and
 * counts whatever the title's length: a long title is cut to TITLE_LIMIT characters (with an ellipsis).
 * `parseDocumentState({ title: 'x', dirty: 1 })` → null.
 */
export function parseDocumentState(payload: unknown): DocumentState | null {
  const parsed = documentStateSchema.safeParse(payload);
  if (!parsed.success) return null;
  const chars = [...parsed.data.title];
  const title = chars.length > TITLE_LIMIT ? `${chars.slice(0, TITLE_LIMIT - 1).join('')}…` : parsed.data.title;
  return { title, dirty: parsed.data.dirty };
}

/** The document's name in a window title: `documentName('● plan.orgsim.json — OrgSim')` → `'plan.orgsim.json'`. */
export const documentName = (title: string): string => title.replace(/^● /, '').replace(/ — OrgSim$/, '') || 'Untitled';

/** Where a window's close stands. */
export interface CloseState {
  readonly dirty: boolean;
  /** The user chose Save in the close prompt; close once the document is clean. */
  readonly closeAfterSave: boolean;
  /** The close was agreed (clean, saved, or Don't Save): let it through. */
  readonly closing: boolean;
}

export const OPEN: CloseState = { dirty: false, closeAfterSave: false, closing: false };

export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The close prompt's buttons, in the order `closeChoiceAt` reads them. */
export const CLOSE_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;
/** The choice behind a button index of the close prompt (Escape or anything unknown cancels). */
export const closeChoiceAt = (index: number): CloseChoice => (index === 0 ? 'save' : index === 1 ? 'discard' : 'cancel');

/**
 * A close was requested. A clean or agreed close goes through; otherwise it is held and the user's choice decides:
 * Save asks the renderer to save (the close follows once clean), Don't Save discards, Cancel keeps the window.
 */
export function decideClose(
  state: CloseState,
  choose: () => CloseChoice,
): { state: CloseState; prevent: boolean; then: 'nothing' | 'request-save' | 'discard' } {
  if (state.closing || !state.dirty) return { state, prevent: false, then: 'nothing' };
  const choice = choose();
  if (choice === 'save') return { state: { ...state, closeAfterSave: true }, prevent: true, then: 'request-save' };
  if (choice === 'discard') return { state: { ...state, closing: true }, prevent: true, then: 'discard' };
  return { state: { ...state, closeAfterSave: false }, prevent: true, then: 'nothing' };
}

/** The renderer reported `dirty`: a close waiting for Save goes ahead once the document is clean. */
export function afterDirtyChange(state: CloseState, dirty: boolean): { state: CloseState; then: 'nothing' | 'close' } {
  if (!dirty && state.closeAfterSave) return { state: { ...state, dirty, closeAfterSave: false, closing: true }, then: 'close' };
  return { state: { ...state, dirty }, then: 'nothing' };
}

/** A save finished. If it failed or was cancelled, a close waiting for it is called off (a later save mustn't close the window). */
export const afterSave = (state: CloseState, saved: boolean): CloseState => (saved ? state : { ...state, closeAfterSave: false });

/** What `trackDocument` needs from the rest of main. */
export interface DocumentDeps {
  /** Show the Save / Don't Save / Cancel prompt for the named document. */
  readonly askToSave: (win: BrowserWindow, name: string) => CloseChoice;
  /** Throw away unsaved work (the recovery copy) before the window closes. */
  readonly discard: () => Promise<void>;
  /**
   * The page is about to unload with unsaved changes for something other than an agreed close (a reload, Ctrl+R):
   * ask whether to lose them. True lets the unload go ahead.
   */
  readonly confirmUnload?: (win: BrowserWindow, name: string) => boolean;
  readonly isMac: boolean;
}

/**
 * The page's beforeunload held an unload (it does whenever the document is dirty). An agreed close or a clean
 * document goes ahead; anything else (a reload) goes ahead only if the user agrees to lose the changes.
 */
export const shouldUnload = (state: CloseState, confirm: () => boolean): boolean => state.closing || !state.dirty || confirm();

/** The per-window side of the document state; main looks it up by window. */
export interface TrackedDocument {
  /** Apply a `setDocumentState` payload (validated here; a malformed one is ignored). */
  apply(payload: unknown): void;
  /** Report how a save from this window ended. */
  saved(ok: boolean): void;
}

const tracked = new WeakMap<BrowserWindow, TrackedDocument>();

/** The tracked document of a window, if `trackDocument` was called for it. */
export const documentOf = (win: BrowserWindow | null): TrackedDocument | undefined => (win ? tracked.get(win) : undefined);

/** Follow a window's document: title, edited mark (macOS), and the close guard. */
export function trackDocument(win: BrowserWindow, deps: DocumentDeps): TrackedDocument {
  let state = OPEN;
  win.on('close', (event) => {
    const step = decideClose(state, () => deps.askToSave(win, documentName(win.getTitle())));
    state = step.state;
    if (step.prevent) event.preventDefault();
    if (step.then === 'request-save') win.webContents.send(IPC.menuCommand, 'save' satisfies MenuCommand);
    if (step.then === 'discard') void deps.discard().finally(() => win.close());
  });
  // Electron tells main when the page's beforeunload refused to unload; preventDefault here lets it unload anyway.
  win.webContents.on('will-prevent-unload', (event) => {
    if (shouldUnload(state, () => deps.confirmUnload?.(win, documentName(win.getTitle())) ?? false)) event.preventDefault();
  });
  const doc: TrackedDocument = {
    apply(payload) {
      const next = parseDocumentState(payload);
      if (!next) return;
      win.setTitle(next.title);
      if (deps.isMac) win.setDocumentEdited(next.dirty);
      const step = afterDirtyChange(state, next.dirty);
      state = step.state;
      if (step.then === 'close') win.close();
    },
    saved(ok) {
      state = afterSave(state, ok);
    },
  };
  tracked.set(win, doc);
  return doc;
}
