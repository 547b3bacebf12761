import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../shared/ipc';
import {
  afterDirtyChange,
  afterSave,
  closeChoiceAt,
  decideClose,
  documentName,
  documentOf,
  OPEN,
  parseDocumentState,
  trackDocument,
  type CloseChoice,
  type CloseState,
} from './document';

const dirty: CloseState = { ...OPEN, dirty: true };

describe('parseDocumentState', () => {
  it.each([
    [
      { title: 'plan.orgsim.json — OrgSim', dirty: false },
      { title: 'plan.orgsim.json — OrgSim', dirty: false },
    ],
    [{ title: 'x', dirty: 1 }, null],
    [{ title: 3, dirty: true }, null],
    // A long title is cut, and the dirty flag still counts (it used to be dropped with the title).
    [
      { title: 'y'.repeat(5000), dirty: true },
      { title: `${'y'.repeat(999)}…`, dirty: true },
    ],
    [null, null],
    ['title', null],
  ])('%j → %j', (payload, expected) => expect(parseDocumentState(payload)).toEqual(expected));
});

describe('documentName', () => {
  it.each([
    ['● plan.orgsim.json — OrgSim', 'plan.orgsim.json'],
    ['plan.orgsim.json — OrgSim', 'plan.orgsim.json'],
    ['OrgSim', 'OrgSim'],
    ['', 'Untitled'],
  ])('%s → %s', (title, name) => expect(documentName(title)).toBe(name));
});

describe('closeChoiceAt', () => {
  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
    [-1, 'cancel'],
  ])('button %i → %s', (index, choice) => expect(closeChoiceAt(index)).toBe(choice));
});

describe('decideClose', () => {
  const never = () => {
    throw new Error('should not ask');
  };
  it.each<[string, CloseState, () => CloseChoice, { prevent: boolean; then: string; state: CloseState }]>([
    ['a clean document closes without asking', OPEN, never, { prevent: false, then: 'nothing', state: OPEN }],
    ['an agreed close goes through', { ...dirty, closing: true }, never, { prevent: false, then: 'nothing', state: { ...dirty, closing: true } }],
    [
      'Save holds the close and asks the renderer to save',
      dirty,
      () => 'save',
      { prevent: true, then: 'request-save', state: { ...dirty, closeAfterSave: true } },
    ],
    ["Don't Save lets the close through after discarding", dirty, () => 'discard', { prevent: true, then: 'discard', state: { ...dirty, closing: true } }],
    ['Cancel keeps the window', { ...dirty, closeAfterSave: true }, () => 'cancel', { prevent: true, then: 'nothing', state: dirty }],
  ])('%s', (_name, state, choose, expected) => expect(decideClose(state, choose)).toEqual(expected));
});

describe('afterDirtyChange and afterSave', () => {
  it('closes once clean when a close waited for Save', () => {
    expect(afterDirtyChange({ ...dirty, closeAfterSave: true }, false)).toEqual({
      state: { dirty: false, closeAfterSave: false, closing: true },
      then: 'close',
    });
  });
  it('just records the flag otherwise', () => {
    expect(afterDirtyChange(OPEN, true)).toEqual({ state: dirty, then: 'nothing' });
    expect(afterDirtyChange(dirty, false)).toEqual({ state: OPEN, then: 'nothing' });
  });
  it('calls off a waiting close when the save failed or was cancelled', () => {
    expect(afterSave({ ...dirty, closeAfterSave: true }, false)).toEqual(dirty);
    expect(afterSave({ ...dirty, closeAfterSave: true }, true)).toEqual({ ...dirty, closeAfterSave: true });
  });
});

class FakeWindow extends EventEmitter {
  title = 'OrgSim';
  webContents = Object.assign(new EventEmitter(), { send: vi.fn() });
  setTitle = vi.fn((t: string) => (this.title = t));
  getTitle = () => this.title;
  setDocumentEdited = vi.fn();
  close = vi.fn(() => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    this.emit('close', event);
    return event.prevented;
  });
}

function track(choice: CloseChoice, isMac = false, reload = false) {
  const win = new FakeWindow();
  const askToSave = vi.fn(() => choice);
  const discard = vi.fn(async () => undefined);
  const confirmUnload = vi.fn(() => reload);
  trackDocument(win as never, { askToSave, discard, isMac, confirmUnload });
  return { win, askToSave, discard, confirmUnload, doc: documentOf(win as never)! };
}

/** Emit the page's held unload (a reload, or the unload after a close); true when main let it go ahead. */
function unload(win: FakeWindow): boolean {
  const event = { allowed: false, preventDefault: () => (event.allowed = true) };
  win.webContents.emit('will-prevent-unload', event);
  return event.allowed;
}

describe('reload guard', () => {
  it('a reload with unsaved changes asks, and Cancel keeps the page', () => {
    const { win, doc, confirmUnload } = track('cancel', false, false);
    doc.apply({ title: '● plan — OrgSim', dirty: true });
    expect(unload(win)).toBe(false);
    expect(confirmUnload).toHaveBeenCalledWith(win, 'plan');
  });
  it('a reload the user agrees to goes ahead', () => {
    const { win, doc } = track('cancel', false, true);
    doc.apply({ title: '● plan — OrgSim', dirty: true });
    expect(unload(win)).toBe(true);
  });
  it('a clean document, or an agreed close, unloads without asking', async () => {
    const clean = track('cancel');
    expect(unload(clean.win)).toBe(true);
    expect(clean.confirmUnload).not.toHaveBeenCalled();
    const closing = track('discard');
    closing.doc.apply({ title: '● plan — OrgSim', dirty: true });
    closing.win.close();
    await vi.waitFor(() => expect(closing.win.close).toHaveBeenCalledTimes(2));
    expect(unload(closing.win)).toBe(true);
    expect(closing.confirmUnload).not.toHaveBeenCalled();
  });
  it('a title over 1,000 characters keeps the dirty flag', () => {
    const { win, doc } = track('cancel');
    doc.apply({ title: `● ${'n'.repeat(5000)} — OrgSim`, dirty: true });
    expect(win.title.length).toBe(1000);
    expect(unload(win)).toBe(false);
  });
});

describe('trackDocument', () => {
  it('sets the title, and the edited mark only on macOS', () => {
    const mac = track('cancel', true);
    mac.doc.apply({ title: '● plan.orgsim.json — OrgSim', dirty: true });
    expect(mac.win.setTitle).toHaveBeenCalledWith('● plan.orgsim.json — OrgSim');
    expect(mac.win.setDocumentEdited).toHaveBeenCalledWith(true);
    const linux = track('cancel');
    linux.doc.apply({ title: 'plan.orgsim.json — OrgSim', dirty: false });
    expect(linux.win.setDocumentEdited).not.toHaveBeenCalled();
  });

  it('ignores a malformed state', () => {
    const { win, doc } = track('cancel');
    doc.apply({ title: 42 });
    expect(win.setTitle).not.toHaveBeenCalled();
  });

  it('Save: asks the renderer to save, then closes once the document is clean', () => {
    const { win, doc, askToSave } = track('save');
    doc.apply({ title: '● plan.orgsim.json — OrgSim', dirty: true });
    expect(win.close()).toBe(true);
    expect(askToSave).toHaveBeenCalledWith(win, 'plan.orgsim.json');
    expect(win.webContents.send).toHaveBeenCalledWith(IPC.menuCommand, 'save');
    doc.saved(true);
    doc.apply({ title: 'plan.orgsim.json — OrgSim', dirty: false });
    expect(win.close).toHaveBeenCalledTimes(2);
    expect(win.close.mock.results[1]!.value).toBe(false);
  });

  it('Save then a cancelled Save As: the window stays, and a later save does not close it', () => {
    const { win, doc } = track('save');
    doc.apply({ title: '● Untitled — OrgSim', dirty: true });
    win.close();
    doc.saved(false);
    doc.apply({ title: 'plan.orgsim.json — OrgSim', dirty: false });
    expect(win.close).toHaveBeenCalledTimes(1);
  });

  it("Don't Save: discards the recovery copy, then closes", async () => {
    const { win, doc, discard } = track('discard');
    doc.apply({ title: '● plan — OrgSim', dirty: true });
    expect(win.close()).toBe(true);
    await vi.waitFor(() => expect(win.close).toHaveBeenCalledTimes(2));
    expect(discard).toHaveBeenCalled();
    expect(win.close.mock.results[1]!.value).toBe(false);
  });

  it('Cancel: the window stays open', () => {
    const { win, doc } = track('cancel');
    doc.apply({ title: '● plan — OrgSim', dirty: true });
    expect(win.close()).toBe(true);
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});
