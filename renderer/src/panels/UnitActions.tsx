/** Editing a unit and its people from the side panel: the action bar, and which dialog is open (each one in UnitDialogs.tsx). */
import { useState } from 'react';
import { assignPerson, getOwn, type Org, type Person, type Unit } from '../../../shared';
import { focusSubtree } from '../canvas/focusSubtree';
import { editOrg } from '../editing';
import { treeIndexOf } from '../store/selectors';
import {
  AddChildDialog,
  AddPersonDialog,
  AssignLeadDialog,
  DeleteUnitDialog,
  EditPersonDialog,
  MergeDialog,
  MovePersonDialog,
  RemovePersonDialog,
  RenameDialog,
  SplitTeamDialog,
} from './UnitDialogs';

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
  const leadId = unit.leadId;
  return (
    <div className="action-bar" role="toolbar" aria-label="Unit actions">
      <button type="button" className="button button--small" onClick={() => open({ kind: 'rename' })}>
        Rename
      </button>
      <button type="button" className="button button--small" onClick={() => open({ kind: 'add-child' })}>
        Add unit below
      </button>
      <button
        type="button"
        className="button button--small"
        title="Collapse everything outside this unit's line and subtree, and fit the view to it"
        onClick={() => focusSubtree(unit.id)}
      >
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
      {leadId === null ? (
        <button type="button" className="button button--small" onClick={() => open({ kind: 'assign-lead' })}>
          Assign lead…
        </button>
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            editOrg(
              (o) => assignPerson(o, leadId, { unitId: unit.id, role: 'member' }),
              `${getOwn(org.people, leadId)?.name} is now an IC in ${unit.name}; the lead role is vacant.`,
            )
          }
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

/** The open dialog, one component per kind (UnitDialogs.tsx). */
function UnitDialog({ org, unit, dialog, close }: { org: Org; unit: Unit; dialog: Dialog; close: () => void }) {
  const props = { org, unit, close };
  switch (dialog.kind) {
    case 'rename':
      return <RenameDialog {...props} />;
    case 'add-child':
      return <AddChildDialog {...props} />;
    case 'delete':
      return <DeleteUnitDialog {...props} />;
    case 'split':
      return <SplitTeamDialog {...props} />;
    case 'merge':
      return <MergeDialog {...props} />;
    case 'assign-lead':
      return <AssignLeadDialog {...props} />;
    case 'add-person':
      return <AddPersonDialog {...props} />;
    case 'edit-person':
      return <EditPersonDialog {...props} person={dialog.person} />;
    case 'move-person':
      return <MovePersonDialog {...props} person={dialog.person} />;
    case 'remove-person':
      return <RemovePersonDialog {...props} person={dialog.person} />;
  }
}
