/**
 * The browser adapter: the same `OrgSimApi` as the desktop preload, for `npm run web`.
 * Open reads a file chosen with a file picker; Save downloads the text (a browser can't write to a path).
 */
import {
  FILE_EXTENSION,
  MAX_FILE_BYTES,
  err,
  ok,
  type DocumentHandle,
  type FileError,
  type OpenedFile,
  type OrgSimApi,
  type Recovery,
  type Result,
  type SavedFile,
} from '../../../shared';
import { textBlob } from './textBlob';

/** The hidden file input the picker uses; tests can set files on it directly. */
function fileInput(): HTMLInputElement {
  let input = document.querySelector<HTMLInputElement>('input[data-testid="file-input"]');
  if (!input) {
    input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.dataset.testid = 'file-input';
    input.style.display = 'none';
    document.body.appendChild(input);
  }
  return input;
}

function pickFile(accept = '.json,application/json'): Promise<File | null> {
  return new Promise((resolve) => {
    const input = fileInput();
    input.accept = accept;
    input.value = '';
    const done = (file: File | null) => {
      input.removeEventListener('change', onChange);
      input.removeEventListener('cancel', onCancel);
      resolve(file);
    };
    const onChange = () => done(input.files?.[0] ?? null);
    const onCancel = () => done(null);
    input.addEventListener('change', onChange);
    input.addEventListener('cancel', onCancel);
    input.click();
  });
}

/** Read a picked file (its size checked as main checks it); the caller parses and validates it, once. */
export async function readPickedFile(file: File): Promise<Result<OpenedFile, FileError>> {
  if (file.size > MAX_FILE_BYTES) return err({ code: 'too-large', path: file.name, bytes: file.size, limit: MAX_FILE_BYTES });
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return err({ code: 'io', path: file.name, message: e instanceof Error ? e.message : String(e) });
  }
  // Not parsed here: the caller opens the text (`openScenarioText`) and reports a broken file with the same
  // message; parsing twice doubled the time to open a big org on the UI thread.
  return ok({ handle: file.name as DocumentHandle, name: file.name, text });
}

async function download(content: string | Blob, name: string): Promise<void> {
  const url = URL.createObjectURL(typeof content === 'string' ? await textBlob(content, 'application/json') : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `withExtension('plan')` → `'plan.orgsim.json'`. */
export function withExtension(name: string): string {
  // Characters file systems refuse become a dash: "Sample: Northwind" → "Sample - Northwind".
  const base =
    name
      .trim()
      .replace(/\s*[\\/:*?"<>|]+\s*/g, ' - ')
      .replace(/^ - | - $/g, '')
      .trim() || 'Untitled';
  return base.endsWith(FILE_EXTENSION) ? base : `${base.replace(/\.json$/, '')}${FILE_EXTENSION}`;
}

const RECOVERY_KEY = 'orgsim-recovery';
const MAX_RECOVERY_CHARS = 10_000_000;

export function createBrowserApi(): OrgSimApi {
  return {
    platform: 'browser',
    async openFile() {
      const file = await pickFile();
      return file ? readPickedFile(file) : err({ code: 'cancelled' });
    },
    async saveFile(request): Promise<Result<SavedFile, FileError>> {
      // A browser has no path to write back to: every save is a download of the whole document.
      const name = withExtension(request.handle ?? request.suggestedName ?? 'Untitled');
      await download(request.text, name);
      return ok({ handle: name as DocumentHandle, name });
    },
    async openCsvFile(): Promise<Result<OpenedFile, FileError>> {
      const file = await pickFile('.csv,.txt,text/csv');
      if (!file) return err({ code: 'cancelled' });
      if (file.size > MAX_FILE_BYTES) return err({ code: 'too-large', path: file.name, bytes: file.size, limit: MAX_FILE_BYTES });
      try {
        return ok({ handle: null, name: file.name, text: await file.text() });
      } catch (e) {
        return err({ code: 'io', path: file.name, message: e instanceof Error ? e.message : String(e) });
      }
    },
    async exportFile({ kind, data, suggestedName }): Promise<Result<SavedFile, FileError>> {
      const name = suggestedName.toLowerCase().endsWith(`.${kind}`) ? suggestedName : `${suggestedName}.${kind}`;
      const types = { json: 'application/json', csv: 'text/csv', svg: 'image/svg+xml', png: 'image/png' } as const;
      const body = kind === 'png' ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : data;
      await download(typeof body === 'string' ? await textBlob(body, types[kind]) : new Blob([body], { type: types[kind] }), name);
      return ok({ handle: null, name });
    },
    // The browser keeps its recovery copy in local storage (this machine, this browser only).
    async writeRecovery({ text, name }) {
      // No browser keeps 10 million characters in local storage for one site: a copy that long would only fail,
      // after escaping it all into JSON on the UI thread (a 100,000-person document is 33 million).
      if (text.length > MAX_RECOVERY_CHARS) return false;
      try {
        localStorage.setItem(RECOVERY_KEY, JSON.stringify({ text, name, savedAt: new Date().toISOString() } satisfies Recovery));
        return true;
      } catch {
        return false; // over the storage quota, or storage is off
      }
    },
    async readRecovery() {
      try {
        const raw = localStorage.getItem(RECOVERY_KEY);
        const value: unknown = raw ? JSON.parse(raw) : null;
        return value && typeof value === 'object' && typeof (value as Recovery).text === 'string' ? (value as Recovery) : null;
      } catch {
        return null;
      }
    },
    async clearRecovery() {
      try {
        localStorage.removeItem(RECOVERY_KEY);
      } catch {
        // storage is off: nothing to clear
      }
    },
    onOpenRequest() {
      return () => undefined;
    },
    setDocumentState({ title }) {
      document.title = title;
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}
