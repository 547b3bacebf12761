/** The dialogs of the unit actions (UnitActions.tsx), one component each: each holds only its own form state and applies one pure edit, one undo step. */
import { useState } from 'react';
import {
  addPerson,
  addUnit,
  assignPerson,
  getOwn,
  mergeUnits,
  newId,
  personId,
  removePerson,
  removeUnit,
  renameUnit,
  replacePerson,
  splitTeam,
  unitId,
  type Org,
  type Person,
  type PersonId,
  type Unit,
} from '../../../shared';
import { editOrg, focusUnit } from '../editing';
import { useStore } from '../store/store';
import { Modal } from './Modal';
import { blankPerson, PersonDialog } from './PersonDialog';

/** What every unit dialog gets: the org as it is, the unit it acts on, and how to close it. */
export interface UnitDialogProps {
  readonly org: Org;
  readonly unit: Unit;
  readonly close: () => void;
}

/** What a dialog about one of the unit's people gets. */
export interface PersonDialogProps extends UnitDialogProps {
  readonly person: Person;
}

const nameIn = (org: Org, id: PersonId): string => getOwn(org.people, id)?.name ?? id;
/** Units other than `unit` with the same parent. */
const siblingsOf = (org: Org, unit: Unit): Unit[] => Object.values(org.units).filter((u) => u.parentId === unit.parentId && u.id !== unit.id);

export function RenameDialog({ unit, close }: UnitDialogProps) {
  const [name, setName] = useState(unit.name);
  return (
    <Modal title={`Rename ${unit.name}`} onCancel={close} onSubmit={() => editOrg((o) => renameUnit(o, unit.id, name)) && close()}>
      <label className="form-wide">
        Name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </Modal>
  );
}

export function AddChildDialog({ org, unit, close }: UnitDialogProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    if (name.trim() === '') return setError('A unit needs a name.');
    const id = unitId(newId('u', Object.keys(org.units)));
    if (editOrg((o) => addUnit(o, { id, name, parentId: unit.id }), `${name.trim()} added below ${unit.name}, its lead role vacant.`)) {
      close();
      focusUnit(id);
    }
  };
  return (
    <Modal title={`Add a unit below ${unit.name}`} submitLabel="Add" error={error} onCancel={close} onSubmit={submit}>
      <label className="form-wide">
        Name <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Search Quality" />
      </label>
    </Modal>
  );
}

export function DeleteUnitDialog({ org, unit, close }: UnitDialogProps) {
  const [peopleGo, setPeopleGo] = useState<'to-parent' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const parent = unit.parentId === null ? null : getOwn(org.units, unit.parentId);
  const submit = () => {
    if (peopleGo === null) return setError('Choose what happens to its people.');
    if (editOrg((o) => removeUnit(o, unit.id, peopleGo), `${unit.name} deleted.`)) {
      useStore.getState().selectUnit(unit.parentId);
      close();
    }
  };
  return (
    <Modal title={`Delete ${unit.name}?`} submitLabel="Delete" error={error} onCancel={close} onSubmit={submit}>
      <p>
        Units below it will report to {parent ? parent.name : 'nobody (they become top units)'}. What happens to its{' '}
        {unit.memberIds.length + (unit.leadId ? 1 : 0)} people?
      </p>
      <label className="field--check">
        <input type="radio" name="people" value="to-parent" checked={peopleGo === 'to-parent'} disabled={!parent} onChange={() => setPeopleGo('to-parent')} />{' '}
        Move them to {parent ? parent.name : 'the parent (there is none)'}
      </label>
      <label className="field--check">
        <input type="radio" name="people" value="remove" checked={peopleGo === 'remove'} onChange={() => setPeopleGo('remove')} /> Remove them from the org
      </label>
    </Modal>
  );
}

export function SplitTeamDialog({ org, unit, close }: UnitDialogProps) {
  const [name, setName] = useState(`${unit.name} B`);
  // The second half of the members go by default.
  const [picked, setPicked] = useState<ReadonlySet<PersonId>>(() => new Set(unit.memberIds.slice(Math.ceil(unit.memberIds.length / 2))));
  const [error, setError] = useState<string | null>(null);
  const toggle = (id: PersonId, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const submit = () => {
    if (picked.size === 0 || picked.size === unit.memberIds.length) return setError('Pick who goes to the new team; someone must stay.');
    const id = unitId(newId('u', Object.keys(org.units)));
    const moveMemberIds = unit.memberIds.filter((m) => picked.has(m));
    if (editOrg((o) => splitTeam(o, unit.id, { newId: id, newName: name, moveMemberIds }), `${unit.name} split; ${name.trim()} needs an EM.`)) close();
  };
  return (
    <Modal title={`Split ${unit.name}`} submitLabel="Split" error={error} onCancel={close} onSubmit={submit}>
      <label className="form-wide">
        New team's name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <p>Who goes to the new team? (The lead stays.)</p>
      <div className="pick-list">
        {unit.memberIds.map((m) => (
          <label key={m} className="field--check">
            <input type="checkbox" checked={picked.has(m)} onChange={(e) => toggle(m, e.target.checked)} /> {nameIn(org, m)}{' '}
            <span className="side-panel__sub">{getOwn(org.people, m)?.title}</span>
          </label>
        ))}
      </div>
    </Modal>
  );
}

export function MergeDialog({ org, unit, close }: UnitDialogProps) {
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const siblings = siblingsOf(org, unit);
  const submit = () => {
    const into = siblings.find((s) => s.id === intoId);
    if (!into) return setError('Choose the unit to merge into.');
    if (editOrg((o) => mergeUnits(o, into.id, unit.id), `${unit.name} merged into ${into.name}.`)) {
      useStore.getState().selectUnit(into.id);
      close();
    }
  };
  return (
    <Modal title={`Merge ${unit.name} into…`} submitLabel="Merge" error={error} onCancel={close} onSubmit={submit}>
      <p>Its people join the chosen unit (its lead as an IC) and the units below it move there too.</p>
      <select className="form-wide" value={intoId} onChange={(e) => setIntoId(e.target.value)} aria-label="Merge into">
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

export function AssignLeadDialog({ org, unit, close }: UnitDialogProps) {
  const [leadId, setLeadId] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The unit's own members first, then everyone else, each by name.
  const outside = (p: Person) => Number(!unit.memberIds.includes(p.id));
  const people = Object.values(org.people).sort((a, b) => outside(a) - outside(b) || a.name.localeCompare(b.name));
  const submit = () => {
    if (leadId === '') return setError('Choose a person.');
    const id = personId(leadId);
    if (editOrg((o) => assignPerson(o, id, { unitId: unit.id, role: 'lead' }), `${nameIn(org, id)} now leads ${unit.name}.`)) close();
  };
  return (
    <Modal title={`Assign a lead to ${unit.name}`} submitLabel="Assign" error={error} onCancel={close} onSubmit={submit}>
      <p>Whatever they led before becomes vacant.</p>
      <select className="form-wide" value={leadId} onChange={(e) => setLeadId(e.target.value)} aria-label="Lead">
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

export function AddPersonDialog({ org, unit, close }: UnitDialogProps) {
  const [person] = useState(() => blankPerson(personId(newId('p', Object.keys(org.people))), org.asOf));
  return (
    <PersonDialog
      org={org}
      title={`Add a person to ${unit.name}`}
      person={person}
      onCancel={close}
      onSave={(saved) => editOrg((o) => addPerson(o, saved, { unitId: unit.id, role: 'member' }), `${saved.name} added to ${unit.name}.`) && close()}
    />
  );
}

export function EditPersonDialog({ org, person, close }: PersonDialogProps) {
  return (
    <PersonDialog
      org={org}
      title={`Edit ${person.name}`}
      person={person}
      onCancel={close}
      onSave={(saved) => editOrg((o) => replacePerson(o, saved), `${saved.name} saved.`) && close()}
    />
  );
}

export function MovePersonDialog({ org, unit, person, close }: PersonDialogProps) {
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const target = targetId === '' ? undefined : getOwn(org.units, unitId(targetId));
    if (!target) return setError('Choose a unit.');
    if (editOrg((o) => assignPerson(o, person.id, { unitId: target.id, role: 'member' }), `${person.name} moved to ${target.name}.`)) close();
  };
  return (
    <Modal title={`Move ${person.name} to…`} submitLabel="Move" error={error} onCancel={close} onSubmit={submit}>
      <p>They join as an individual contributor; a role they led becomes vacant. You can also drag a person's row onto a unit in the chart.</p>
      <select className="form-wide" value={targetId} onChange={(e) => setTargetId(e.target.value)} aria-label="Unit">
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
}

export function RemovePersonDialog({ unit, person, close }: PersonDialogProps) {
  return (
    <Modal
      title={`Remove ${person.name}?`}
      submitLabel="Remove"
      onCancel={close}
      onSubmit={() => editOrg((o) => removePerson(o, person.id), `${person.name} removed.`) && close()}
    >
      <p>They leave the org{unit.leadId === person.id ? `, and ${unit.name}'s lead role becomes vacant` : ''}. You can undo this.</p>
    </Modal>
  );
}
