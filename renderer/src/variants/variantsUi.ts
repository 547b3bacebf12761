/**
 * The variants' own UI state: which name dialog is open and whether the compare view is. Not part of the document
 * (no undo), so it lives in a small store of its own beside the main one.
 */
import { create } from 'zustand';
import { activeVariantName, variantNames } from '../../../shared';
import { useStore } from '../store/store';
import { deleteTheVariant } from './variantActions';

/** The name dialog: duplicating the variant being edited, or renaming one. */
export type NameDialog = { readonly kind: 'duplicate' } | { readonly kind: 'rename'; readonly name: string };

interface VariantsUi {
  readonly dialog: NameDialog | null;
  readonly compareOpen: boolean;
}

export const useVariantsUi = create<VariantsUi>()(() => ({ dialog: null, compareOpen: false }));

export const openDuplicateDialog = (): void => useVariantsUi.setState({ dialog: { kind: 'duplicate' } });
export const openRenameDialog = (name = activeVariantName(useStore.getState().scenario)): void => useVariantsUi.setState({ dialog: { kind: 'rename', name } });
export const closeNameDialog = (): void => useVariantsUi.setState({ dialog: null });
export const openCompare = (): void => useVariantsUi.setState({ compareOpen: true });
export const closeCompare = (): void => useVariantsUi.setState({ compareOpen: false });

/** Ask before deleting a variant (Delete / Cancel; Escape cancels), then delete it: one undo step. */
export async function confirmDeleteVariant(name = activeVariantName(useStore.getState().scenario)): Promise<void> {
  const state = useStore.getState();
  if (variantNames(state.scenario).length < 2) return state.showNotice('A document keeps at least one variant.');
  const answer = await state.ask({
    title: `Delete the variant “${name}”?`,
    message: `Its org, events, policy and run settings go with it. Undo (Ctrl+Z) brings it back.`,
    buttons: ['Delete', 'Cancel'],
  });
  if (answer === 0) deleteTheVariant(name);
}
