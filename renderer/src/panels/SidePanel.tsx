/** The selected unit: its lead and members, with title, level and tenure. */
import { useEffect } from 'react';
import { isTeam, monthsBetween, yearsBetween, type Org, type Person, type PersonId } from '../../../shared';
import { treeIndexOf } from '../store/selectors';
import { useStore, type Store } from '../store/store';

const selectSelected = (s: Store) => (s.selectedUnitId === null ? null : (s.scenario.org.units[s.selectedUnitId] ?? null));
const selectOrg = (s: Store) => s.scenario.org;
const selectSelectUnit = (s: Store) => s.selectUnit;

/** `tenure('2024-05-01', '2026-11-01')` → `'2.5 yrs'`; under a year in months. */
export function tenure(from: string, to: string): string {
  const years = yearsBetween(from, to);
  if (years < 1) return `${Math.max(0, monthsBetween(from, to))} mo`;
  return `${years.toFixed(1)} yrs`;
}

function PersonRow({ org, id, role }: { org: Org; id: PersonId; role: 'lead' | 'member' }) {
  const person: Person | undefined = org.people[id];
  if (!person) return null;
  return (
    <li className={`person-row person-row--${role}`} data-testid="person-row">
      <div className="person-row__main">
        <span className="person-row__name">{person.name}</span>
        {role === 'lead' && <span className="person-row__badge">Lead</span>}
      </div>
      <div className="person-row__meta">
        <span>{person.title}</span>
        <span>L{person.level}</span>
        <span title={`Hired ${person.hireDate}`}>{tenure(person.hireDate, org.asOf)}</span>
      </div>
    </li>
  );
}

export function SidePanel() {
  const unit = useStore(selectSelected);
  const org = useStore(selectOrg);
  const selectUnit = useStore(selectSelectUnit);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') selectUnit(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectUnit]);

  if (!unit) return null;
  const parent = unit.parentId === null ? null : org.units[unit.parentId];
  const kind = isTeam(treeIndexOf(org), unit.id) ? 'Team' : 'Group';
  return (
    <aside className="side-panel" data-testid="side-panel" aria-label={`${unit.name} details`}>
      <header className="side-panel__header">
        <div>
          <h2>{unit.name}</h2>
          <p className="side-panel__sub">
            {kind}
            {parent ? ` · reports to ${parent.name}` : ' · top of the org'}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close panel" onClick={() => selectUnit(null)}>
          ×
        </button>
      </header>
      <section>
        <h3>Lead</h3>
        {unit.leadId === null ? (
          <p className="side-panel__vacant">VACANT{unit.vacantSince ? ` since ${unit.vacantSince}` : ''}</p>
        ) : (
          <ul className="person-list">
            <PersonRow org={org} id={unit.leadId} role="lead" />
          </ul>
        )}
      </section>
      <section>
        <h3>Members ({unit.memberIds.length})</h3>
        {unit.memberIds.length === 0 ? (
          <p className="side-panel__empty">No individual contributors report directly to this unit's lead.</p>
        ) : (
          <ul className="person-list">
            {unit.memberIds.map((id) => (
              <PersonRow key={id} org={org} id={id} role="member" />
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
