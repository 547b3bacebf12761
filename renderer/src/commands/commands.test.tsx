// @vitest-environment happy-dom
/**
 * The commands as a person gives them (keys at the focused element, the toolbar's runCommand, the menu's ids)
 * against the real store, with the Node side replaced by a fake `api`.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  emptyScenario,
  generateOrg,
  moveUnit,
  renameUnit,
  sampleScenario,
  serializeScenario,
  setPosition,
  type IsoDate,
  type OrgSimApi,
  type PersonId,
  type Scenario,
  type UnitId,
} from '../../../shared';
import { editOrg, editView } from '../editing';
import { cancelSaving, useSaving } from '../file/saveText';
import { ImportCsvDialog } from '../panels/ImportCsvDialog';
import { candidatesFor, selectDirty, selectDisplay } from '../store/selectors';
import { canUndo, undo, useStore } from '../store/store';
import { openDocument, openDroppedFile } from './files';
import { promote } from './promote';
import { handleShortcut, isCommandEnabled, runCommand } from './registry';
import { saveDocument } from './unsaved';
import hrExport from '../../../tests/fixtures/hr-export-no-signals.csv?raw';

const api = vi.hoisted(() => ({
  platform: 'browser' as 'browser' | 'desktop',
  openFile: vi.fn(),
  saveFile: vi.fn(),
  openCsvFile: vi.fn(),
  clearRecovery: vi.fn(async () => undefined),
}));
vi.mock('../api/api', () => ({ api: api as unknown as OrgSimApi }));
// React renders the Import CSV dialog here: tell it updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const u = (id: string) => id as UnitId;
const state = () => useStore.getState();
const doc = () => state().scenario;
/** Let awaited promises (the fake api's replies, the question's answer) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Press keys with focus on `target` (a checkbox, a text field…), through the window's shortcut handling. */
function press(target: HTMLElement, key: string, mods: { ctrl?: boolean; shift?: boolean } = { ctrl: true }, desktop = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, ctrlKey: mods.ctrl ?? false, shiftKey: mods.shift ?? false, bubbles: true, cancelable: true });
  const listener = (e: KeyboardEvent) => void handleShortcut(e, desktop);
  window.addEventListener('keydown', listener);
  target.dispatchEvent(event);
  window.removeEventListener('keydown', listener);
  return event;
}

function element(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild as HTMLElement;
}

beforeEach(() => {
  vi.clearAllMocks();
  api.platform = 'browser';
  document.body.innerHTML = '';
  state().newDocument('sample');
  state().showProblems(null);
  state().showNotice(null);
  if (!state().showForecast) state().toggleForecast();
});

describe('shortcuts in the browser do what the desktop menu says', () => {
  it('Ctrl+Shift+F toggles the forecast (it used to open search); Ctrl+F opens search', () => {
    const body = document.body;
    const event = press(body, 'F', { ctrl: true, shift: true });
    expect(event.defaultPrevented).toBe(true);
    expect(state().showForecast).toBe(false);
    expect(state().searchOpen).toBe(false);
    press(body, 'f');
    expect(state().searchOpen).toBe(true);
  });

  it('Ctrl+0 fits the chart; Ctrl+Shift+D and Ctrl+Shift+M toggle dotted lines and the minimap', () => {
    const before = state().fitRequest;
    expect(press(document.body, '0').defaultPrevented).toBe(true);
    expect(state().fitRequest).toBe(before + 1);
    const dotted = state().showDottedLines;
    const minimap = state().showMinimap;
    press(document.body, 'D', { ctrl: true, shift: true });
    press(document.body, 'M', { ctrl: true, shift: true });
    expect(state().showDottedLines).toBe(!dotted);
    expect(state().showMinimap).toBe(!minimap);
  });

  it('Ctrl+Z undoes the document with focus on a checkbox, a button or a select, but not in a text field', () => {
    const rename = (name: string) => editOrg((org) => renameUnit(org, u('u04'), name));
    rename('A');
    rename('B');
    rename('C');
    press(element('<input type="checkbox">'), 'z');
    expect(doc().org.units[u('u04')]!.name).toBe('B');
    press(element('<button>x</button>'), 'z');
    press(element('<select><option>a</option></select>'), 'z');
    expect(doc().org.units[u('u04')]!.name).toBe('Payments');
    press(element('<input type="checkbox">'), 'y');
    expect(doc().org.units[u('u04')]!.name).toBe('A');
    const field = press(element('<input type="text">'), 'z');
    expect(field.defaultPrevented).toBe(false);
    expect(doc().org.units[u('u04')]!.name).toBe('A');
    press(element('<textarea></textarea>'), 'Z', { ctrl: true, shift: true });
    expect(doc().org.units[u('u04')]!.name).toBe('A');
  });

  it('on the desktop the page leaves the menu its accelerators (no double run) and keeps Ctrl+Y', () => {
    editOrg((org) => renameUnit(org, u('u04'), 'A'));
    press(document.body, 'z', { ctrl: true }, true);
    expect(doc().org.units[u('u04')]!.name).toBe('A');
    press(document.body, 'F', { ctrl: true, shift: true }, true);
    expect(state().showForecast).toBe(true);
    runCommand('undo'); // what the menu's Undo sends
    expect(doc().org.units[u('u04')]!.name).toBe('Payments');
    press(document.body, 'y', { ctrl: true }, true);
    expect(doc().org.units[u('u04')]!.name).toBe('A');
  });
});

describe('enabled-when', () => {
  it('undo and redo are enabled only with a step to take; a disabled command does nothing', () => {
    expect(isCommandEnabled('undo')).toBe(false);
    expect(isCommandEnabled('redo')).toBe(false);
    expect(runCommand('undo')).toBe(false);
    editOrg((org) => renameUnit(org, u('u04'), 'A'));
    expect(isCommandEnabled('undo')).toBe(true);
    expect(runCommand('undo')).toBe(true);
    expect(isCommandEnabled('redo')).toBe(true);
  });

  it('re-layout is enabled once a unit is pinned, and is not an undo step', () => {
    expect(isCommandEnabled('relayout')).toBe(false);
    editView((view) => setPosition(view, u('u13'), { x: 5, y: 5 }));
    expect(isCommandEnabled('relayout')).toBe(true);
    runCommand('relayout');
    expect(doc().view.positions).toEqual({});
    expect(canUndo()).toBe(false);
  });

  it('fitting and drawing the chart need units', () => {
    expect(isCommandEnabled('fit-view')).toBe(true);
    state().newDocument('empty');
    for (const id of ['fit-view', 'export-png', 'export-png-view', 'export-svg'] as const) expect(isCommandEnabled(id)).toBe(false);
    expect(isCommandEnabled('export-scenario')).toBe(true);
  });
});

describe('open and save', () => {
  const other = { ...sampleScenario(), name: 'Other org' };

  it('Open replaces the document: clean, named after the file, with a fresh history', async () => {
    editOrg((org) => renameUnit(org, u('u04'), 'A'));
    state().markSaved('h0', 'first.orgsim.json', doc());
    api.openFile.mockResolvedValue({ ok: true, value: { handle: 'h1', name: 'other.orgsim.json', text: serializeScenario(other) } });
    await openDocument();
    expect(doc().name).toBe('Other org');
    expect(state().fileName).toBe('other.orgsim.json');
    expect(state().filePath).toBe('h1');
    expect(selectDirty(state())).toBe(false);
    expect(canUndo()).toBe(false);
  });

  it('Open over unsaved changes asks first; Cancel keeps everything', async () => {
    editOrg((org) => renameUnit(org, u('u04'), 'A'));
    const opening = openDocument();
    await settle();
    expect(state().choice?.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    state().choice!.answer(2);
    await opening;
    expect(api.openFile).not.toHaveBeenCalled();
    expect(doc().org.units[u('u04')]!.name).toBe('A');
  });

  it('a broken file shows its problems and leaves the document as it was', async () => {
    const before = doc();
    api.openFile.mockResolvedValue({ ok: true, value: { handle: 'h1', name: 'broken.orgsim.json', text: '{ not json' } });
    await openDocument();
    expect(state().problems?.fileName).toBe('broken.orgsim.json');
    expect(doc()).toBe(before);
  });

  it('Save writes the canonical text to the file it came from and makes the document clean', async () => {
    state().openScenario(other, 'h1', 'other.orgsim.json');
    editOrg((org) => renameUnit(org, u('u04'), 'A'));
    api.saveFile.mockResolvedValue({ ok: true, value: { handle: 'h1', name: 'other.orgsim.json' } });
    await saveDocument(false);
    expect(api.saveFile).toHaveBeenCalledWith(expect.objectContaining({ handle: 'h1', text: serializeScenario(doc()) }));
    expect(selectDirty(state())).toBe(false);
    // Save As always asks where: no handle.
    await saveDocument(true);
    expect(api.saveFile.mock.calls[1]![0]).not.toHaveProperty('handle');
  });

  it('a failed save says why and leaves the document dirty', async () => {
    editOrg((org) => renameUnit(org, u('u04'), 'A'));
    api.saveFile.mockResolvedValue({ ok: false, error: { code: 'io', path: 'x.orgsim.json', message: 'disk full' } });
    await saveDocument(false);
    expect(selectDirty(state())).toBe(true);
    expect(state().problems ?? state().notice).toBeTruthy();
  });
});

describe('saving a big document', () => {
  const big = (): Scenario => ({ ...sampleScenario(), name: 'Big', org: generateOrg({ size: 6_000, seed: 3, asOf: '2026-11-01' }) });
  const someUnit = () => Object.keys(doc().org.units)[2] as UnitId;

  it('is written in slices behind a "Saving… N%" note, to the same text; edits made meanwhile stay unsaved; a second Save waits for the first', async () => {
    state().openScenario(big(), 'h1', 'big.orgsim.json');
    editOrg((org) => renameUnit(org, someUnit(), 'Before the save'));
    const snapshot = doc();
    api.saveFile.mockResolvedValue({ ok: true, value: { handle: 'h1', name: 'big.orgsim.json' } });
    const notes: string[] = [];
    const unsubscribe = useSaving.subscribe((s) => s.saving && notes.push(`${s.saving.verb} ${s.saving.name} ${Math.floor(s.saving.progress * 100)}%`));
    const first = saveDocument(false);
    expect(saveDocument(true)).toBe(first);
    // The window is free while the save runs (the note shows from its first slice on): an edit lands in the middle of it.
    await settle();
    expect(useSaving.getState().saving).toMatchObject({ verb: 'Saving', name: 'big.orgsim.json' });
    editOrg((org) => renameUnit(org, someUnit(), 'During the save'));
    await first;
    unsubscribe();
    expect(api.saveFile).toHaveBeenCalledTimes(1);
    expect(api.saveFile.mock.calls[0]![0].text).toBe(serializeScenario(snapshot));
    expect(notes[0]).toMatch(/^Saving big\.orgsim\.json \d+%$/);
    expect(notes.length).toBeGreaterThan(2);
    expect(useSaving.getState().saving).toBeNull();
    expect(state().savedScenario).toBe(snapshot);
    expect(selectDirty(state())).toBe(true);
    expect(state().notice).toMatch(/Saved big\.orgsim\.json/);
  });

  it('Cancel writes nothing and leaves the document dirty', async () => {
    state().openScenario(big(), 'h1', 'big.orgsim.json');
    editOrg((org) => renameUnit(org, someUnit(), 'Unsaved'));
    const saving = saveDocument(false);
    await settle();
    cancelSaving();
    await saving;
    expect(api.saveFile).not.toHaveBeenCalled();
    expect(selectDirty(state())).toBe(true);
    expect(useSaving.getState().saving).toBeNull();
    expect(state().notice).toMatch(/cancelled/);
  });

  it('a small document is written at once, with no note', async () => {
    editOrg((org) => renameUnit(org, u('u04'), 'A'));
    api.saveFile.mockResolvedValue({ ok: true, value: { handle: 'h1', name: 'sample.orgsim.json' } });
    const saving = saveDocument(false);
    expect(useSaving.getState().saving).toBeNull();
    await saving;
    expect(api.saveFile.mock.calls[0]![0].text).toBe(serializeScenario(doc()));
  });
});

describe('import a people CSV', () => {
  let root: Root;
  beforeEach(() => {
    root = createRoot(element('<div></div>'));
    act(() => root.render(<ImportCsvDialog />));
  });
  afterEach(() => act(() => root.unmount()));

  it('a dropped CSV opens the import dialog; importing makes a new, unsaved document with a fresh history', async () => {
    editOrg((org) => renameUnit(org, u('u04'), 'A'));
    state().markSaved('h0', 'first.orgsim.json', doc());
    await act(() => openDroppedFile(new File([hrExport], 'people.csv', { type: 'text/csv' })));
    const submit = document.querySelector<HTMLButtonElement>('form.modal button[type=submit]')!;
    expect(submit.textContent).toMatch(/^Import \d+ people$/);
    await act(async () => {
      submit.click();
      await settle();
    });
    expect(doc().name).toBe('people');
    expect(Object.values(doc().org.people).some((p) => p.name === 'Maya Chen')).toBe(true);
    expect(state().savedScenario).toBeNull();
    expect(selectDirty(state())).toBe(true);
    expect(canUndo()).toBe(false);
  });

  it('a file that is not a CSV says why and changes nothing', async () => {
    const before = doc();
    api.openCsvFile.mockResolvedValue({ ok: false, error: { code: 'io', path: 'people.csv', message: 'unreadable' } });
    runCommand('import-csv');
    await settle();
    expect(doc()).toBe(before);
    expect(state().problems ?? state().notice).toBeTruthy();
  });
});

describe('promote and move: one undo step each', () => {
  it('Promote fills a vacancy; undo makes it vacant again', () => {
    const search = u('u06');
    expect(doc().org.units[search]!.leadId).toBeNull();
    const best = candidatesFor(state(), search)![0]!;
    promote(search, best.personId as PersonId);
    expect(doc().org.units[search]!.leadId).toBe(best.personId);
    expect(state().notice).toContain('promoted');
    undo();
    expect(doc().org.units[search]!.leadId).toBeNull();
    expect(canUndo()).toBe(false);
  });

  it('Promote into a forecast node makes it real, says what else the restructuring did, and undoes in one step', () => {
    const ghost = [...selectDisplay(state()).ghosts.keys()][0]!;
    const best = candidatesFor(state(), ghost)![0]!;
    const units = Object.keys(doc().org.units).length;
    promote(ghost, best.personId as PersonId);
    expect(Object.keys(doc().org.units).length).toBeGreaterThan(units);
    expect(state().notice).toMatch(/promoted to .* \(internal\)/);
    undo();
    expect(Object.keys(doc().org.units).length).toBe(units);
  });

  it('moving a unit under another is one step; a move that would make a cycle is refused and changes nothing', () => {
    expect(editOrg((org) => moveUnit(org, u('u13'), u('u02')))).toBe(true);
    expect(doc().org.units[u('u13')]!.parentId).toBe('u02');
    const before = doc();
    expect(editOrg((org) => moveUnit(org, u('u01'), u('u13')))).toBe(false);
    expect(doc()).toBe(before);
    expect(state().notice).toBeTruthy();
    undo();
    expect(doc().org.units[u('u13')]!.parentId).toBe('u03');
  });
});

it('New on an empty org starts from nothing (the registry runs the same function as the button)', async () => {
  const running = runCommand('new');
  expect(running).toBe(true);
  await settle();
  state().choice!.answer(1);
  await settle();
  expect(doc()).toEqual(emptyScenario(doc().org.asOf as IsoDate));
});
