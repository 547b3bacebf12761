/**
 * Save, and the Save / Don't Save / Cancel question before the document is replaced. Imports no dialog, so the
 * dialogs that replace the document (Import CSV, Generate) can ask it without an import cycle.
 */
import type { DocumentHandle } from '../../../shared';
import { api } from '../api/api';
import { withExtension } from '../api/browserApi';
import { reportFileError } from '../fileErrors';
import { fileText } from '../file/saveText';
import { selectDirty } from '../store/selectors';
import { useStore } from '../store/store';

/** The save being written, if any. */
let inFlight: Promise<void> | null = null;

/**
 * Before replacing the document: with unsaved changes, ask Save / Don't Save / Cancel.
 * Resolves true when it is fine to go on (saved, or the user chose not to).
 */
export async function resolveUnsaved(): Promise<boolean> {
  // A big save still being written finishes first (it marks the document it began with as saved).
  if (inFlight) await inFlight;
  const state = useStore.getState();
  if (!selectDirty(state)) return true;
  const name = state.fileName ?? state.scenario.name;
  const answer = await state.ask({
    title: `Save changes to “${name}”?`,
    message: "Your changes will be lost if you don't save them.",
    buttons: ['Save', "Don't Save", 'Cancel'],
  });
  if (answer === 0) {
    await saveDocument(false);
    return !selectDirty(useStore.getState());
  }
  if (answer === 1) void api.clearRecovery();
  return answer === 1;
}

/**
 * Save (to the file it came from, else asking where) or Save As (always asking). A failure says why and changes nothing.
 * A big document is written in slices behind a "Saving…" note; a Save given while one runs waits for it instead of
 * starting another. What is marked saved is the document as it was when the save began, so edits made meanwhile stay unsaved.
 */
export function saveDocument(saveAs: boolean): Promise<void> {
  inFlight ??= save(saveAs).finally(() => (inFlight = null));
  return inFlight;
}

async function save(saveAs: boolean): Promise<void> {
  const state = useStore.getState();
  const saving = state.scenario;
  const suggestedName = withExtension(state.fileName ?? state.scenario.name);
  const text = await fileText(saving, { verb: 'Saving', name: suggestedName });
  if (text === null) return useStore.getState().showNotice('Save cancelled: nothing was written.');
  const result = await api.saveFile({
    text,
    ...(saveAs || state.filePath === null ? {} : { handle: state.filePath as DocumentHandle }),
    suggestedName,
  });
  if (!result.ok) return reportFileError(result.error, "Can't save this file");
  useStore.getState().markSaved(result.value.handle ?? state.filePath ?? '', result.value.name, saving);
  void api.clearRecovery();
  useStore.getState().showNotice(`Saved ${result.value.name}`);
}
