/**
 * The document commands behind the toolbar, the keyboard shortcuts and the native menu (commands/): the registry
 * (`registry.ts`), the keys (`keyboard.ts`), the file commands (`files.ts`, `unsaved.ts`) and Promote (`promote.ts`).
 */
export {
  COMMANDS,
  commandContext,
  commandTitle,
  handleShortcut,
  isCommandEnabled,
  relayout,
  runCommand,
  toolbarLabel,
  type Command,
  type CommandContext,
} from './commands/registry';
export { eatsArrows, isTextField } from './commands/keyboard';
export { newDocument, openDocument, openDroppedFile, openRequested } from './commands/files';
export { resolveUnsaved, saveDocument } from './commands/unsaved';
export { describeRestructure, promote } from './commands/promote';
