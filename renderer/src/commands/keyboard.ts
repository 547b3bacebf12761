/** Shortcuts from the keyboard: the same table the native menu reads (shared/commands.ts), run through the registry. */
import { commandForKey, type CommandId, type KeyPress } from '../../../shared';

// Inputs whose Ctrl+Z edits their own text; a checkbox, radio, range or button has no text to undo.
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', 'date', 'month', 'time', 'datetime-local', 'week']);

/** True when keys typed at `target` edit text (a text input, a textarea, contenteditable): there Ctrl+Z is the field's. */
export function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** True when the arrow keys belong to `target`: a text field, or a select (which has no text, so undo still works there). */
export function eatsArrows(target: EventTarget | null): boolean {
  return isTextField(target) || (typeof HTMLSelectElement !== 'undefined' && target instanceof HTMLSelectElement);
}

/**
 * The command a key press gives where focus is, or null: the menu's accelerator (in the browser; on the desktop the
 * native menu handles it) or an extra key (both). With focus in a text field, undo and redo are left to the field.
 */
export function shortcutAt(press: KeyPress, inTextField: boolean, desktop: boolean, allowedInTextFields: (id: CommandId) => boolean): CommandId | null {
  const id = commandForKey(press, desktop);
  if (id === null || (inTextField && !allowedInTextFields(id))) return null;
  return id;
}
