/** New, Open, a dropped file, a file main asks to open: the commands that replace the document. */
import { MAX_FILE_BYTES, type FileError, type OpenedFile, type Result } from '../../../shared';
import { api } from '../api/api';
import { parseOpenedFile } from '../file/openFile';
import { reportFileError } from '../fileErrors';
import { importCsvText } from '../panels/ImportCsvDialog';
import { useStore } from '../store/store';
import { resolveUnsaved } from './unsaved';

const OPEN_FAILED = "Can't open this file";

/** Open…: after Save / Don't Save / Cancel for unsaved changes, pick a scenario file and open it. */
export async function openDocument(): Promise<void> {
  if (!(await resolveUnsaved())) return;
  const result = await api.openFile();
  if (!result.ok) return reportFileError(result.error, OPEN_FAILED);
  const { handle, name, text } = result.value;
  await openScenarioText(text, name, handle);
}

/**
 * Open a scenario's text (from a dialog or a dropped file); a broken one shows its problems and changes nothing.
 * A big file is parsed in a worker with an "Opening…" note (Cancel keeps the document on screen).
 */
async function openScenarioText(text: string, name: string, handle: string | null): Promise<void> {
  const parsed = await parseOpenedFile(text, name);
  if (parsed === 'cancelled') return;
  if (!parsed.ok) return reportFileError({ code: 'invalid', path: name, problems: parsed.error }, OPEN_FAILED);
  // The store's `filePath` holds the opaque handle main issued, never a path the page could choose.
  useStore.getState().openScenario(parsed.value, handle, name);
  useStore.getState().requestFit();
}

/** A file dropped on the window: a scenario opens (asking first if there are unsaved changes), a CSV imports. */
export async function openDroppedFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) return reportFileError({ code: 'too-large', path: file.name, bytes: file.size, limit: MAX_FILE_BYTES }, OPEN_FAILED);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return reportFileError({ code: 'io', path: file.name, message: e instanceof Error ? e.message : String(e) }, OPEN_FAILED);
  }
  if (/\.(csv|txt)$/i.test(file.name)) return importCsvText(file.name, text);
  if (!(await resolveUnsaved())) return;
  // A dropped file's folder isn't known to the page: Save will ask where, like Save As.
  await openScenarioText(text, file.name, null);
}

/** A file main was asked to open (Open Recent, the command line, the OS). */
export async function openRequested(file: Result<OpenedFile, FileError>): Promise<void> {
  if (!file.ok) return reportFileError(file.error, OPEN_FAILED);
  if (!(await resolveUnsaved())) return;
  await openScenarioText(file.value.text, file.value.name, file.value.handle);
}

/** New: after Save / Don't Save / Cancel for unsaved changes, the sample org or an empty one. */
export async function newDocument(): Promise<void> {
  if (!(await resolveUnsaved())) return;
  const answer = await useStore.getState().ask({
    title: 'New org',
    message: 'Start from the sample org (to explore what OrgSim shows), or from an empty org (to build your own).',
    buttons: ['Sample org', 'Empty org', 'Cancel'],
  });
  if (answer === 2) return;
  useStore.getState().newDocument(answer === 1 ? 'empty' : 'sample');
  useStore.getState().showNotice(null);
  useStore.getState().requestFit();
}
