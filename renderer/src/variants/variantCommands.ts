/** The variant commands' entries in the command registry (commands/registry.ts): the Variants menu and Ctrl/Cmd+Shift+K. */
import { variantNames } from '../../../shared';
import type { Command, CommandContext } from '../commands/registry';
import { stepVariant } from './variantActions';
import { confirmDeleteVariant, openCompare, openDuplicateDialog, openRenameDialog } from './variantsUi';

const several = ({ state }: CommandContext): boolean => variantNames(state.scenario).length > 1;

/**
 * Each opens a dialog or a view, or switches variant; the edits themselves (variantActions.ts) are one undo step
 * each. Delete and Compare need a second variant; a document with one says so in the switcher's menu.
 */
export const VARIANT_COMMANDS = {
  'variant-duplicate': { captureUpdate: null, run: openDuplicateDialog },
  'variant-rename': { captureUpdate: null, run: () => openRenameDialog() },
  'variant-delete': { captureUpdate: null, enabled: several, run: () => void confirmDeleteVariant() },
  'variant-next': { captureUpdate: 'immediately', enabled: several, run: () => stepVariant(1) },
  'variant-previous': { captureUpdate: 'immediately', enabled: several, run: () => stepVariant(-1) },
  'compare-variants': { title: 'Compare variants side by side at a month', captureUpdate: null, run: openCompare },
} as const satisfies Record<string, Command>;
