/** What App mounts for variants: the name dialog, the compare view, and the canvas following the variant being edited. */
import { useEffect } from 'react';
import { followActiveVariant } from './variantActions';
import { CompareView } from './CompareView';
import { VariantNameDialog } from './VariantNameDialog';

export function VariantsLayer() {
  useEffect(() => followActiveVariant(), []);
  return (
    <>
      <CompareView />
      <VariantNameDialog />
    </>
  );
}
