/**
 * The name dialog for Duplicate as new variant… and Rename…: the name is checked as it is typed
 * (`checkVariantName`), the reason shown under the field; Enter confirms, Escape cancels.
 */
import { useCallback, useState } from 'react';
import { activeVariantName, checkVariantName } from '../../../shared';
import { Modal } from '../panels/Modal';
import { useStore } from '../store/store';
import { duplicateAsVariant, renameTheVariant, suggestVariantName } from './variantActions';
import { closeNameDialog, useVariantsUi, type NameDialog } from './variantsUi';

export function VariantNameDialog() {
  const dialog = useVariantsUi((s) => s.dialog);
  // A fresh form each time it opens (the key), so a half-typed name from last time is gone.
  return dialog ? <NameForm key={dialog.kind === 'rename' ? `rename:${dialog.name}` : 'duplicate'} dialog={dialog} /> : null;
}

function NameForm({ dialog }: { dialog: NameDialog }) {
  const scenario = useStore((s) => s.scenario);
  const [name, setName] = useState(() => (dialog.kind === 'rename' ? dialog.name : suggestVariantName(scenario)));
  // The reason shows once the name was edited or submitted: an untouched suggestion is always valid anyway.
  const [touched, setTouched] = useState(false);
  const except = dialog.kind === 'rename' ? dialog.name : undefined;
  const problem = checkVariantName(scenario, name, except);
  const cancel = useCallback(() => closeNameDialog(), []);
  const submit = () => {
    setTouched(true);
    if (problem) return;
    const done = dialog.kind === 'rename' ? name.trim() === dialog.name || renameTheVariant(dialog.name, name) : duplicateAsVariant(name);
    if (done) closeNameDialog();
  };
  const title = dialog.kind === 'rename' ? `Rename the variant “${dialog.name}”` : 'Duplicate as new variant';
  return (
    <Modal
      title={title}
      onCancel={cancel}
      onSubmit={submit}
      submitLabel={dialog.kind === 'rename' ? 'Rename' : 'Duplicate'}
      error={touched ? problem : null}
      small
    >
      {dialog.kind === 'duplicate' && (
        <p className="variant-dialog__hint">
          A copy of “{activeVariantName(scenario)}” (its org, events, policy and run settings). Edits then go to the copy; the switcher in the toolbar goes
          back.
        </p>
      )}
      <label className="field variant-dialog__field">
        <span>Variant name</span>
        <input
          type="text"
          value={name}
          maxLength={120}
          aria-invalid={touched && problem !== null}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setName(e.target.value);
            setTouched(true);
          }}
        />
      </label>
    </Modal>
  );
}
