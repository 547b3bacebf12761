/** Editing a unit and its people from the side panel: each action a pure edit from shared/, one undo step. */
import { useState } from 'react';
import {
  getOwn,
  addPerson,
  addUnit,
  assignPerson,
  mergeUnits,
  newId,
  personId,
  removePerson,
  removeUnit,
  renameUnit,
  splitTeam,
  unitId,
  replacePerson,
  type Org,
  type Person,
  type PersonId,
  type Unit,
} from '../../../shared';
import { focusSubtree } from '../canvas/focusSubtree';
import { editOrg, focusUnit } from '../editing';
import { treeIndexOf } from '../store/selectors';
import { useStore } from '../store/store';
import { Modal } from './Modal';
import { blankPerson, PersonDialog } from './PersonDialog';

type Dialog =
  | { kind: 'rename' }
  | { kind: 'add-child' }
  | { kind: 'delete' }
  | { kind: 'split' }
  | { kind: 'merge' }
  | { kind: 'assign-lead' }
  | { kind: 'add-person' }
  | { kind: 'edit-person'; person: Person }
  | { kind: 'move-person'; person: Person }
  | { kind: 'remove-person'; person: Person };

/** Open dialogs for the selected unit; the person rows call `open` too. */
export function useUnitDialogs(org: Org, unit: Unit) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const element = dialog ? <UnitDialog org={org} unit={unit} dialog={dialog} close={close} /> : null;
  return { open: setDialog, element };
}

export function UnitActionBar({ org, unit, open }: { org: Org; unit: Unit; open: (d: Dialog) => void }) {
  const children = treeIndexOf(org).children.get(unit.id) ?? [];
  const siblings = Object.values(org.units).filter((u) => u.parentId === unit.parentId && u.id !== unit.id);
  return (
    <div className="action-bar" role="toolbar" aria-label="Unit actions">
      <button type="button" className="button button--small" onClick={() => open({ kind: 'rename' })}>
        Rename
      </button>
      <button type="button" className="button button--small" onClick={() => open({ kind: 'add-child' })}>
        Add unit below
      </button>
      <button type="button" className="button button--small" title="Collapse everything outside this unit's line and subtree, and fit the view to it" onClick={() => focusSubtree(unit.id)}>
        Focus on this subtree
      </button>
      {children.length === 0 && unit.memberIds.length >= 2 && (
        <button type="button" className="button button--small" onClick={() => open({ kind: 'split' })}>
          Split team…
        </button>
      )}
      {siblings.length > 0 && (
        <button type="button" className="button button--small" onClick={() => open({ kind: 'merge' })}>
          Merge…
        </button>
      )}
      {unit.leadId === null ? (
        <button type="button" className="button button--small" onClick={() => open({ kind: 'assign-lead' })}>
          Assign lead…
        </button>
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => editOrg((o) => assignPerson(o, unit.leadId!, { unitId: unit.id, role: 'member' }), `${org.people[unit.leadId!]?.name} is now an IC in ${unit.name}; the lead role is vacant.`)}
        >
          Make lead vacant
        </button>
      )}
      <button type="button" className="button button--small button--danger" onClick={() => open({ kind: 'delete' })}>
        Delete…
      </button>
    </div>
  );
}

function UnitDialog({ org, unit, dialog, close }: { org: Org; unit: Unit; dialog: Dialog; close: () => void }) {
  const [text, setText] = useState(dialog.kind === 'rename' ? unit.name : dialog.kind === 'split' ? `${unit.name} B` : '');
  const [choice, setChoice] = useState<string>('');
  const [picked, setPicked] = useState<ReadonlySet<PersonId>>(new Set(unit.memberIds.slice(Math.ceil(unit.memberIds.length / 2))));
  const [error, setError] = useState<string | null>(null);
  const parent = unit.parentId === null ? null : getOwn(org.units, unit.parentId);
  const apply = (ok: boolean) => (ok ? close() : undefined);
  const nameOf = (id: PersonId) => getOwn(org.people, id)?.name ?? id;

  switch (dialog.kind) {
    case 'rename':
      return (
        <Modal title={`Rename ${unit.name}`} onCancel={close} onSubmit={() => apply(editOrg((o) => renameUnit(o, unit.id, text)))}>
          <label className="form-wide">
            Name <input value={text} onChange={(e) => setText(e.target.value)} />
          </label>
        </Modal>
      );
    case 'add-child':
      return (
        <Modal
          title={`Add a unit below ${unit.name}`}
          submitLabel="Add"
          error={error}
          onCancel={close}
          onSubmit={() => {
            if (text.trim() === '') return setError('A unit needs a name.');
            const id = unitId(newId('u', Object.keys(org.units)));
            if (editOrg((o) => addUnit(o, { id, name: text, parentId: unit.id }), `${text.trim()} added below ${unit.name}, its lead role vacant.`)) {
              close();
              focusUnit(id);
            }
          }}
        >
          <label className="form-wide">
            Name <input value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. Search Quality" />
          </label>
        </Modal>
      );
    case 'delete':
      return (
        <Modal
          title={`Delete ${unit.name}?`}
          submitLabel="Delete"
          error={error}
          onCancel={close}
          onSubmit={() => {
            if (choice === '') return setError('Choose what happens to its people.');
            const peopleGo = choice === 'remove' ? 'remove' : 'to-parent';
            if (editOrg((o) => removeUnit(o, unit.id, peopleGo), `${unit.name} deleted.`)) {
              useStore.getState().selectUnit(unit.parentId);
              close();
            }
          }}
        >
          <p>Units below it will report to {parent ? parent.name : 'nobody (they become top units)'}. What happens to its {unit.memberIds.length + (unit.leadId ? 1 : 0)} people?</p>
          <label className="field--check">
            <input type="radio" name="people" value="to-parent" checked={choice === 'to-parent'} disabled={!parent} onChange={() => setChoice('to-parent')} /> Move them to {parent ? parent.name : 'the parent (there is none)'}
          </label>
          <label className="field--check">
            <input type="radio" name="people" value="remove" checked={choice === 'remove'} onChange={() => setChoice('remove')} /> Remove them from the org
          </label>
        </Modal>
      );
    case 'split':
      return (
        <Modal
          title={`Split ${unit.name}`}
          submitLabel="Split"
          error={error}
          onCancel={close}
          onSubmit={() => {
            if (picked.size === 0 || picked.size === unit.memberIds.length) return setError('Pick who goes to the new team; someone must stay.');
            const id = unitId(newId('u', Object.keys(org.units)));
            if (editOrg((o) => splitTeam(o, unit.id, { newId: id, newName: text, moveMemberIds: unit.memberIds.filter((m) => picked.has(m)) }), `${unit.name} split; ${text.trim()} needs an EM.`)) close();
          }}
        >
          <label className="form-wide">
            New team's name <input value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <p>Who goes to the new team? (The lead stays.)</p>
          <div className="pick-list">
            {unit.memberIds.map((m) => (
              <label key={m} className="field--check">
                <input
                  type="checkbox"
                  checked={picked.has(m)}
                  onChange={(e) => {
                    const next = new Set(picked);
                    if (e.target.checked) next.add(m);
                    else next.delete(m);
                    setPicked(next);
                  }}
                />{' '}
                {nameOf(m)} <span className="side-panel__sub">{getOwn(org.people, m)?.title}</span>
              </label>
            ))}
          </div>
        </Modal>
      );
    case 'merge': {
      const siblings = Object.values(org.units).filter((u) => u.parentId === unit.parentId && u.id !== unit.id);
      return (
        <Modal
          title={`Merge ${unit.name} into…`}
          submitLabel="Merge"
          error={error}
          onCancel={close}
          onSubmit={() => {
            const into = siblings.find((s) => s.id === choice);
            if (!into) return setError('Choose the unit to merge into.');
            if (editOrg((o) => mergeUnits(o, into.id, unit.id), `${unit.name} merged into ${into.name}.`)) {
              useStore.getState().selectUnit(into.id);
              close();
            }
          }}
        >
          <p>Its people join the chosen unit (its lead as an IC) and the units below it move there too.</p>
          <select className="form-wide" value={choice} onChange={(e) => setChoice(e.target.value)} aria-label="Merge into">
            <option value="">Choose a sibling unit…</option>
            {siblings.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Modal>
      );
    }
    case 'assign-lead': {
      const people = Object.values(org.people).sort((a, b) => Number(!unit.memberIds.includes(a.id)) - Number(!unit.memberIds.includes(b.id)) || a.name.localeCompare(b.name));
      return (
        <Modal
          title={`Assign a lead to ${unit.name}`}
          submitLabel="Assign"
          error={error}
          onCancel={close}
          onSubmit={() => {
            if (choice === '') return setError('Choose a person.');
            if (editOrg((o) => assignPerson(o, personId(choice), { unitId: unit.id, role: 'lead' }), `${nameOf(personId(choice))} now leads ${unit.name}.`)) close();
          }}
        >
          <p>Whatever they led before becomes vacant.</p>
          <select className="form-wide" value={choice} onChange={(e) => setChoice(e.target.value)} aria-label="Lead">
            <option value="">Choose a person…</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — {p.title}
              </option>
            ))}
          </select>
        </Modal>
      );
    }
    case 'add-person':
      return (
        <PersonDialog
          org={org}
          title={`Add a person to ${unit.name}`}
          person={blankPerson(personId(newId('p', Object.keys(org.people))), org.asOf)}
          onCancel={close}
          onSave={(person) => apply(editOrg((o) => addPerson(o, person, { unitId: unit.id, role: 'member' }), `${person.name} added to ${unit.name}.`))}
        />
      );
    case 'edit-person':
      return (
        <PersonDialog
          org={org}
          title={`Edit ${dialog.person.name}`}
          person={dialog.person}
          onCancel={close}
          onSave={(person) => apply(editOrg((o) => replacePerson(o, person), `${person.name} saved.`))}
        />
      );
    case 'move-person':
      return (
        <Modal
          title={`Move ${dialog.person.name} to…`}
          submitLabel="Move"
          error={error}
          onCancel={close}
          onSubmit={() => {
            const target = org.units[choice as Unit['id']];
            if (!target) return setError('Choose a unit.');
            if (editOrg((o) => assignPerson(o, dialog.person.id, { unitId: target.id, role: 'member' }), `${dialog.person.name} moved to ${target.name}.`)) close();
          }}
        >
          <p>They join as an individual contributor; a role they led becomes vacant. You can also drag a person's row onto a unit in the chart.</p>
          <select className="form-wide" value={choice} onChange={(e) => setChoice(e.target.value)} aria-label="Unit">
            <option value="">Choose a unit…</option>
            {Object.values(org.units)
              .filter((u) => u.id !== unit.id)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </Modal>
      );
    case 'remove-person':
      return (
        <Modal title={`Remove ${dialog.person.name}?`} submitLabel="Remove" onCancel={close} onSubmit={() => apply(editOrg((o) => removePerson(o, dialog.person.id), `${dialog.person.name} removed.`))}>
          <p>They leave the org{unit.leadId === dialog.person.id ? `, and ${unit.name}'s lead role becomes vacant` : ''}. You can undo this.</p>
        </Modal>
      );
  }
}
