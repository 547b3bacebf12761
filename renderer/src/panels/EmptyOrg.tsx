/** Shown over the canvas when the org has no units (File > New > Empty org): the way to add the first one. */
import { useState } from 'react';
import { addUnit, newId, unitId } from '../../../shared';
import { editOrg, focusUnit } from '../editing';
import { useStore } from '../store/store';
import { Modal } from './Modal';

export function EmptyOrg() {
  const empty = useStore((s) => Object.keys(s.scenario.org.units).length === 0);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!empty) return null;
  const close = () => {
    setAdding(false);
    setName('');
    setError(null);
  };
  return (
    <div className="empty-org" data-testid="empty-org">
      <h2>This org is empty</h2>
      <p>Start with the unit at the top (Engineering, say), then add units below it and people to them from the side panel. Or import a people CSV.</p>
      <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
        Add the first unit
      </button>
      {adding && (
        <Modal
          title="Add the first unit"
          submitLabel="Add"
          error={error}
          onCancel={close}
          onSubmit={() => {
            if (name.trim() === '') return setError('A unit needs a name.');
            const id = unitId(newId('u', []));
            if (editOrg((o) => addUnit(o, { id, name, parentId: null }), `${name.trim()} added at the top, its lead role vacant.`)) {
              close();
              focusUnit(id);
            }
          }}
        >
          <label className="form-wide">
            Name <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Engineering" />
          </label>
        </Modal>
      )}
    </div>
  );
}
