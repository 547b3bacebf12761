import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { serializeScenario } from '../shared/file/scenarioFile';
import { IPC } from '../shared/ipc';
import { ok } from '../shared/model/result';
import { sampleScenario } from '../shared/sample/sampleScenario';
import { trackDocument } from './document';
import { createDocumentHandles, type DocumentHandles } from './handlers/documentHandles';
import type { FileDeps } from './handlers/files';
import { isTrustedSender, registerIpcHandlers, safely } from './ipcHandlers';

const sample = serializeScenario(sampleScenario());
const APP_PAGE = { url: 'app://orgsim/index.html', parent: null };

describe('safely', () => {
  it('passes a value through', async () => expect(await safely(async () => ok(1))).toEqual({ ok: true, value: 1 }));
  it.each([
    ['a rejected promise', async () => Promise.reject(new Error('disk on fire'))],
    [
      'a synchronous throw',
      () => {
        throw new Error('disk on fire');
      },
    ],
  ])('turns %s into an io value', async (_name, job) => {
    expect(await safely(job as never)).toEqual({ ok: false, error: { code: 'io', path: '', message: 'Unexpected error: disk on fire' } });
  });
});

describe('isTrustedSender', () => {
  it.each([
    [APP_PAGE, true],
    [{ url: 'app://orgsim/index.html', parent: {} }, false],
    // The app is served from app://orgsim only: a file: page (any file on the disk) is not trusted.
    [{ url: 'file:///app/dist/renderer/index.html', parent: null }, false],
    [{ url: 'app://other/index.html', parent: null }, false],
    [{ url: 'https://evil.example/', parent: null }, false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (frame, trusted) => expect(isTrustedSender(frame)).toBe(trusted));
});

describe('registerIpcHandlers', () => {
  let dir: string;
  let handlers: Map<string, (event: unknown, payload?: unknown) => unknown>;
  let listeners: Map<string, (event: unknown, payload?: unknown) => void>;
  let remember: Mock<(path: string) => Promise<void>>;
  let handles: DocumentHandles;
  const win = { id: 1 };
  const event = (frame: unknown = APP_PAGE) => ({ senderFrame: frame, sender: {} });

  function register(dialog: Partial<FileDeps['dialog']> = {}) {
    handlers = new Map();
    listeners = new Map();
    remember = vi.fn(async () => undefined);
    const ipcMain = { handle: (channel: string, h: never) => handlers.set(channel, h), on: (channel: string, l: never) => listeners.set(channel, l) };
    registerIpcHandlers(ipcMain as never, {
      windowOf: () => win as never,
      recovery: { fs, folder: join(dir, 'userData') },
      remember,
      pathOf: (h) => handles.pathOf(h),
      fileDeps: () => ({
        fs,
        handles,
        dialog: {
          showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
          showSaveDialog: async () => ({ canceled: true }),
          ...dialog,
        },
      }),
    });
  }

  beforeEach(async () => {
    handles = createDocumentHandles();
    dir = await fs.mkdtemp(join(tmpdir(), 'orgsim-ipc-'));
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('handles every invoke channel of the contract and listens for the document state', () => {
    register();
    const { menuCommand, openRequest, setDocumentState, ...invoked } = IPC;
    expect([...handlers.keys()].sort()).toEqual(Object.values(invoked).sort());
    expect([...listeners.keys()]).toEqual([setDocumentState]);
    expect(handlers.has(menuCommand) || handlers.has(openRequest)).toBe(false);
  });

  it('opens a file and puts it in Open Recent', async () => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    register({ showOpenDialog: async () => ({ canceled: false, filePaths: [path] }) });
    expect(await handlers.get(IPC.openFile)!(event())).toEqual({ ok: true, value: { handle: handles.issue(path), name: 'org.orgsim.json', text: sample } });
    expect(remember).toHaveBeenCalledWith(path);
  });

  it('still opens the file when Open Recent cannot be written', async () => {
    const path = join(dir, 'org.orgsim.json');
    await fs.writeFile(path, sample);
    register({ showOpenDialog: async () => ({ canceled: false, filePaths: [path] }) });
    remember.mockRejectedValue(new Error('EACCES'));
    expect(await handlers.get(IPC.openFile)!(event())).toMatchObject({ ok: true });
  });

  it('refuses requests from anything but the app page, without showing a dialog', async () => {
    const showOpenDialog = vi.fn();
    register({ showOpenDialog });
    const frame = { url: 'https://evil.example/', parent: null };
    expect(await handlers.get(IPC.openFile)!(event(frame))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await handlers.get(IPC.saveFile)!(event(frame), { text: sample, handle: handles.issue(join(dir, 'x.orgsim.json')) })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await handlers.get(IPC.writeRecovery)!(event(frame), { text: 't', name: 'n' })).toBe(false);
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('turns a dialog that throws into an io value', async () => {
    register({
      showOpenDialog: async () => {
        throw new Error('no display');
      },
    });
    expect(await handlers.get(IPC.openFile)!(event())).toEqual({ ok: false, error: { code: 'io', path: '', message: 'Unexpected error: no display' } });
  });

  it('saves, clears the recovery copy, and tells the close guard how the save went', async () => {
    register();
    const doc = trackDocument(Object.assign(win, { on: vi.fn(), webContents: { on: vi.fn() } }) as never, {
      askToSave: () => 'cancel',
      discard: async () => undefined,
      isMac: false,
    });
    const saved = vi.spyOn(doc, 'saved');
    await handlers.get(IPC.writeRecovery)!(event(), { text: 'unsaved', name: 'plan' });
    const path = join(dir, 'plan.orgsim.json');
    expect(await handlers.get(IPC.saveFile)!(event(), { text: sample, handle: handles.issue(path) })).toEqual({
      ok: true,
      value: { handle: handles.issue(path), name: 'plan.orgsim.json' },
    });
    expect(remember).toHaveBeenCalledWith(path);
    expect(saved).toHaveBeenLastCalledWith(true);
    expect(await handlers.get(IPC.readRecovery)!(event())).toBeNull();
    expect(await handlers.get(IPC.saveFile)!(event(), { text: 42 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(saved).toHaveBeenLastCalledWith(false);
  });
});
