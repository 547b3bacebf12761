/** The selected unit: why it is open (for forecast nodes), its candidates, its lead and members. */
import {
  getOwn,
  ghostRoleText,
  isTeam,
  monthsBetween,
  yearsBetween,
  type Band,
  type Candidate,
  type Org,
  type Person,
  type PersonId,
  type SignalState,
  type Unit,
  type UnitId,
} from '../../../shared';
import { PERSON_MIME } from '../canvas/UnitNode';
import { promote } from '../commands';
import { openPersonPath } from './PersonPathDialog';
import { UnitActionBar, useUnitDialogs } from './UnitActions';
import { memoizeLast } from '../store/memo';
import {
  BAND_TONE,
  badgeFor,
  candidatesIn,
  openRoleIn,
  selectBaseOrg,
  selectOrg,
  selectDisplay,
  selectViewingSimulation,
  type Display,
} from '../store/selectors';
import { useStore, type Store } from '../store/store';
import { reviewToAssess } from './ReadinessReview';

/** `tenure('2024-05-01', '2026-11-01')` → `'2.5 yrs'`; under a year in months. */
export function tenure(from: string, to: string): string {
  const years = yearsBetween(from, to);
  if (years < 1) return `${Math.max(0, monthsBetween(from, to))} mo`;
  return `${years.toFixed(1)} yrs`;
}

const BAND_TEXT = { 'ready-now': 'Ready now', 'ready-6-12': 'In 6-12 months', 'to-assess': 'To assess', 'not-yet': 'Not yet' } as const satisfies Record<
  Band,
  string
>;
/** The band a to-assess person reaches if their unknown signals are met, as a phrase: "ready now if met". */
const IF_MET_TEXT = { 'ready-now': 'ready now', 'ready-6-12': 'ready in 6-12 months', 'not-yet': 'not yet' } as const;
const SIGNAL_MARK = { met: '✓', 'not-met': '✗', unknown: '?' } as const satisfies Record<SignalState, string>;
/** Short names for the one-line summary of what is unknown; the full labels are in the signal list below it. */
const SHORT_SIGNAL: Record<string, string> = {
  launches: 'launches',
  strongReferences: 'references',
  influence: 'influence',
  coachesOutsideTeam: 'coaching',
  momNetwork: 'MoM network',
  operatingAtNextLevel: 'next level',
  mentors: 'mentoring',
  wantsRole: 'aspiration',
};
const SHOWN_CANDIDATES = 8;

type OpenDialog = ReturnType<typeof useUnitDialogs>['open'];

function PersonRow({ org, id, role, open }: { org: Org; id: PersonId; role: 'lead' | 'member'; open?: OpenDialog }) {
  const person: Person | undefined = getOwn(org.people, id);
  const pathable = useStore((s) => !selectViewingSimulation(s) && getOwn(s.scenario.org.people, id) !== undefined);
  if (!person) return null;
  return (
    <li
      className={`person-row person-row--${role}`}
      data-testid="person-row"
      draggable={open !== undefined}
      onDragStart={(e) => {
        e.dataTransfer.setData(PERSON_MIME, person.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      title={open ? 'Drag onto a unit in the chart to move them there' : undefined}
    >
      <div className="person-row__main">
        <span className="person-row__name">{person.name}</span>
        {role === 'lead' && <span className="person-row__badge">Lead</span>}
        {(open || pathable) && (
          <span className="person-row__actions">
            {pathable && (
              <button
                type="button"
                className="link-button"
                onClick={() => openPersonPath(person.id)}
                aria-label={`Path of ${person.name}`}
                title="Their path to managing managers: readiness, roles, odds"
              >
                Path
              </button>
            )}
            {open && (
              <>
                <button type="button" className="link-button" onClick={() => open({ kind: 'edit-person', person })} aria-label={`Edit ${person.name}`}>
                  Edit
                </button>
                <button type="button" className="link-button" onClick={() => open({ kind: 'move-person', person })} aria-label={`Move ${person.name}`}>
                  Move
                </button>
                <button
                  type="button"
                  className="link-button link-button--danger"
                  onClick={() => open({ kind: 'remove-person', person })}
                  aria-label={`Remove ${person.name}`}
                >
                  Remove
                </button>
              </>
            )}
          </span>
        )}
      </div>
      <div className="person-row__meta">
        <span>{person.title}</span>
        <span>L{person.level}</span>
        <span title={`Hired ${person.hireDate}`}>{tenure(person.hireDate, org.asOf)}</span>
        {role === 'lead' && person.managerSince && <span title={`Manager since ${person.managerSince}`}>EM {tenure(person.managerSince, org.asOf)}</span>}
        {person.dottedLineManagerIds && person.dottedLineManagerIds.length > 0 && (
          <span className="person-row__dotted" title="Dotted-line (matrix) managers">
            ┄ {person.dottedLineManagerIds.map((m) => getOwn(org.people, m)?.name ?? m).join(', ')}
          </span>
        )}
      </div>
    </li>
  );
}

function CandidateRow({
  candidate,
  unitId,
  rank,
  canPromote,
  onAssess,
}: {
  candidate: Candidate;
  unitId: UnitId;
  rank: number;
  canPromote: boolean;
  onAssess?: () => void;
}) {
  const met = candidate.signals.filter((s) => s.state === 'met').length;
  const unknown = candidate.signals.filter((s) => s.state === 'unknown');
  const assess = candidate.band === 'to-assess';
  return (
    <li className="candidate" data-testid="candidate">
      <div className="candidate__head">
        <span className="candidate__name">{candidate.name}</span>
        {candidate.declines ? (
          <span className="badge badge--grey" title="Knowingly doesn't want this kind of role (aspiration), so never ranked as ready">
            Doesn't want it
          </span>
        ) : (
          <span className={`badge badge--${BAND_TONE[candidate.band]}`} data-testid="candidate-band">
            {BAND_TEXT[candidate.band]}
          </span>
        )}
        {candidate.near && (
          <span className="candidate__near" title="Works inside this part of the org">
            nearby
          </span>
        )}
        {canPromote && (
          <button type="button" className="button button--small" onClick={() => promote(unitId, candidate.personId)} aria-label={`Promote ${candidate.name}`}>
            Promote
          </button>
        )}
      </div>
      <div className="candidate__title">
        {candidate.title}
        {onAssess && (
          <>
            {' · '}
            <button
              type="button"
              className="link-button"
              onClick={() => openPersonPath(candidate.personId)}
              aria-label={`Path of ${candidate.name}`}
              title="Their path to managing managers: readiness, roles, odds"
            >
              Path
            </button>
            {' · '}
            <button
              type="button"
              className="link-button"
              onClick={onAssess}
              aria-label={`${assess ? 'Assess' : 'Edit'} ${candidate.name}`}
              title="Edit this person's readiness signals and aspiration"
            >
              {assess ? 'Assess' : 'Edit signals'}
            </button>
          </>
        )}
      </div>
      {assess && candidate.ifMet && (
        <div className="candidate__assess" data-testid="candidate-assess" title={unknown.map((s) => s.label).join('\n')}>
          <strong>{IF_MET_TEXT[candidate.ifMet]} if met</strong> · unknown: {unknown.map((s) => SHORT_SIGNAL[s.key] ?? s.label).join(', ')}
        </div>
      )}
      <details className="candidate__signals" open={rank === 0}>
        <summary>
          {met} of {candidate.signals.length} signals met{unknown.length > 0 ? `, ${unknown.length} unknown` : ''}
        </summary>
        <ul>
          {candidate.signals.map((s) => (
            <li key={s.key} className={`signal signal--${s.state}`} data-testid="signal" data-state={s.state}>
              <span aria-hidden>{SIGNAL_MARK[s.state]}</span> <span className="signal__label">{s.label}:</span> {s.detail}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** What the panel shows about the selected unit, derived from the display, today's (or the month's) org and the selection. */
const panelDataOf = memoizeLast((display: Display, base: Org, id: UnitId | null) => {
  const { org, ghosts, forecast, forecastReady, index } = display;
  const unit = id === null ? undefined : getOwn(org.units, id);
  const openRole = unit ? openRoleIn(display, unit.id) : undefined;
  return {
    org,
    unit,
    ghost: unit ? ghosts.get(unit.id) : undefined,
    candidates: unit ? candidatesIn(display, unit.id) : null,
    candidateCounts: openRole?.candidateCounts ?? null,
    candidateTotal: openRole?.candidateTotal ?? null,
    forecastReady,
    flags: unit && forecast ? forecast.flags.filter((f) => f.unitId === unit.id && f.kind !== 'vacancy') : [],
    children: unit ? (index.children.get(unit.id) ?? []).map((c) => getOwn(org.units, c)?.name ?? c) : [],
    team: unit ? isTeam(index, unit.id) : true,
    reportsTo: unit ? reportsTo(unit, org, base, ghosts) : '',
  };
});

/** The panel's data: a stable object while the display and the selection stay the same. */
const selectPanelData = (s: Store) => panelDataOf(selectDisplay(s), selectBaseOrg(s), s.selectedUnitId);

/**
 * Where a unit reports, in words. A parent only the forecast draws is said to be the forecast's, with the
 * real parent beside it: "would report to Product Engineering B (forecast); today Product Engineering".
 */
function reportsTo(unit: Unit, shown: Org, base: Org, ghosts: ReadonlyMap<UnitId, unknown>): string {
  const parent = unit.parentId === null ? null : getOwn(shown.units, unit.parentId);
  if (!parent) return ' · top of the org';
  if (ghosts.has(unit.id)) return ` · would report to ${parent.name}${ghosts.has(parent.id) ? ' (forecast)' : ''}`;
  if (!ghosts.has(parent.id)) return ` · reports to ${parent.name}`;
  const realParentId = getOwn(base.units, unit.id)?.parentId ?? null;
  const real = realParentId === null ? null : getOwn(base.units, realParentId);
  return ` · would report to ${parent.name} (forecast)${real ? `; today ${real.name}` : ''}`;
}

export function SidePanel() {
  const { unit } = useStore(selectPanelData);
  if (!unit) return <p className="side-panel__empty">Select a unit on the chart to see its people.</p>;
  return <UnitDetails key={unit.id} />;
}

function UnitDetails() {
  const {
    org,
    unit: shownUnit,
    ghost,
    candidates,
    candidateCounts,
    candidateTotal,
    flags,
    children,
    team,
    forecastReady,
    reportsTo: reports,
  } = useStore(selectPanelData);
  const realOrg = useStore(selectOrg);
  const unit = shownUnit!;
  // Edits act on the org itself; forecast ghosts aren't real units yet, so they have no edit actions.
  const viewingSimulation = useStore(selectViewingSimulation);
  const editable = !ghost && !viewingSimulation && getOwn(realOrg.units, unit.id) !== undefined;
  const dialogs = useUnitDialogs(realOrg, getOwn(realOrg.units, unit.id) ?? unit);
  const open = editable ? dialogs.open : undefined;
  // A candidate's signals are edited on the org itself (also from a forecast node), not while viewing a simulated month.
  const assessable = (id: PersonId) => !viewingSimulation && getOwn(realOrg.people, id) !== undefined;
  return (
    <div data-testid="side-panel" aria-label={`${unit.name} details`}>
      <header className="side-panel__header">
        <div>
          <h2>{unit.name}</h2>
          <p className="side-panel__sub">
            {ghost ? `Forecast · ${ghostRoleText(ghost)}` : team ? 'Team' : 'Group'}
            {reports}
          </p>
        </div>
      </header>
      {editable && <UnitActionBar org={realOrg} unit={getOwn(realOrg.units, unit.id)!} open={dialogs.open} />}
      {dialogs.element}
      {ghost && (
        <section className="why" data-testid="why">
          <h3>Why it emerges</h3>
          <p>{ghost.reason}</p>
          {ghost.kind === 'mom' && <p className="side-panel__sub">Sits above: {children.join(', ')}</p>}
        </section>
      )}
      {flags.length > 0 && (
        <section>
          <h3>Flags</h3>
          <ul className="flag-list">
            {flags.map((f) => (
              <li key={f.kind}>{f.message}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>Lead</h3>
        {unit.leadId === null ? (
          <p className="side-panel__vacant">{ghost ? 'Not filled yet' : `VACANT${unit.vacantSince ? ` since ${unit.vacantSince}` : ''}`}</p>
        ) : (
          <ul className="person-list">
            <PersonRow org={org} id={unit.leadId} role="lead" open={open} />
          </ul>
        )}
      </section>
      {candidates && (
        <CandidatesSection
          unitId={unit.id}
          candidates={candidates}
          candidateCounts={candidateCounts}
          candidateTotal={candidateTotal}
          canPromote={!viewingSimulation && forecastReady}
          canReview={!viewingSimulation}
          canAssess={assessable}
          onAssess={(id) => {
            const person = getOwn(realOrg.people, id);
            if (person) dialogs.open({ kind: 'edit-person', person });
          }}
        />
      )}
      <MembersSection org={org} unit={unit} open={open} />
    </div>
  );
}

/** The open role's internal candidates, best first, with the badge, Promote, and the review of those to assess. */
function CandidatesSection({
  unitId,
  candidates,
  candidateCounts,
  candidateTotal,
  canPromote,
  canReview,
  canAssess,
  onAssess,
}: {
  unitId: UnitId;
  candidates: readonly Candidate[];
  candidateCounts: Record<Band, number> | null;
  candidateTotal: number | null;
  canPromote: boolean;
  canReview: boolean;
  /** Whether a candidate's signals can be edited here (on the org itself, not in a simulated month). */
  canAssess: (id: PersonId) => boolean;
  onAssess: (id: PersonId) => void;
}) {
  const badge = badgeFor(candidates, candidateCounts);
  const shown = Math.min(SHOWN_CANDIDATES, candidates.length);
  const total = candidateTotal ?? candidates.length;
  const toAssess = candidates.filter((c) => c.band === 'to-assess').length;
  return (
    <section data-testid="candidates">
      <h3>
        Internal candidates <span className={`badge badge--${badge.tone}`}>{badge.text}</span>
      </h3>
      {candidates.length === 0 ? (
        <p className="side-panel__empty">Nobody inside fits this role: plan an external hire.</p>
      ) : (
        <ol className="candidate-list">
          {candidates.slice(0, SHOWN_CANDIDATES).map((c, i) => (
            <CandidateRow
              key={c.personId}
              candidate={c}
              unitId={unitId}
              rank={i}
              canPromote={canPromote}
              onAssess={canAssess(c.personId) ? () => onAssess(c.personId) : undefined}
            />
          ))}
        </ol>
      )}
      {total > shown && <p className="side-panel__sub">…and {total - shown} more, ranked lower.</p>}
      {canReview && toAssess > 0 && (
        <button type="button" className="button" onClick={() => reviewToAssess(unitId)}>
          Review the {toAssess} to assess
        </button>
      )}
    </section>
  );
}

/** The unit's individual contributors, with Add person when the unit can be edited. */
function MembersSection({ org, unit, open }: { org: Org; unit: Unit; open: OpenDialog | undefined }) {
  return (
    <section>
      <h3 className="section-head">
        Members ({unit.memberIds.length})
        {open && (
          <button type="button" className="link-button" onClick={() => open({ kind: 'add-person' })}>
            + Add person
          </button>
        )}
      </h3>
      {unit.memberIds.length === 0 ? (
        <p className="side-panel__empty">No individual contributors report directly to this unit's lead.</p>
      ) : (
        <ul className="person-list">
          {unit.memberIds.map((id) => (
            <PersonRow key={id} org={org} id={id} role="member" open={open} />
          ))}
        </ul>
      )}
    </section>
  );
}
