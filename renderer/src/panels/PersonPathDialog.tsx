/**
 * A person's path to managing managers: their next step and readiness signal by signal, what each missing
 * signal would change, their place among the candidates for every role today's forecast opens, and their odds
 * over time by Monte Carlo (run in workers). "What if" toggles (a signal met, another aspiration, more growth)
 * change a copy of the scenario only; "Keep as their signals" writes the signals to the document (one undo step).
 * Opened with `openPersonPath(id)` from the side panel's person and candidate rows.
 */
import { useEffect, useMemo, useState } from 'react';
import { create } from 'zustand';
import {
  getOwn,
  personPath,
  plural,
  updatePerson,
  withSignalMet,
  type Aspiration,
  type Band,
  type Odds,
  type PathOdds,
  type Person,
  type PersonId,
  type Scenario,
} from '../../../shared';
import { editOrg } from '../editing';
import { runPathOdds } from '../sim/runSimulation';
import { BAND_TONE, selectForecastFor } from '../store/selectors';
import { useStore } from '../store/store';
import './personPath.css';

const usePathDialog = create<{ personId: PersonId | null }>(() => ({ personId: null }));

/** Open the path view of a person of today's org. */
export function openPersonPath(personId: PersonId): void {
  usePathDialog.setState({ personId });
}

const BAND_TEXT: Record<Band, string> = { 'ready-now': 'Ready now', 'ready-6-12': 'Ready in 6-12 months', 'to-assess': 'To assess', 'not-yet': 'Not yet' };
const ASPIRATIONS: Aspiration[] = ['unknown', 'ic', 'manager', 'mom'];
const ASPIRATION_TEXT: Record<Aspiration, string> = { unknown: 'unknown', ic: 'stay an IC', manager: 'manage a team', mom: 'manage managers' };
const RUNS = 200;
const pct = (x: number) => `${Math.round(x * 100)}%`;

export function PersonPathDialog() {
  const personId = usePathDialog((s) => s.personId);
  const scenario = useStore((s) => s.scenario);
  if (personId === null) return null;
  const person = getOwn(scenario.org.people, personId);
  if (!person) return null;
  return <PathView key={personId} person={person} scenario={scenario} close={() => usePathDialog.setState({ personId: null })} />;
}

interface WhatIf {
  readonly met: readonly string[];
  readonly aspiration: Aspiration | null;
  readonly growthPerMonth: number;
}

const NO_CHANGE: WhatIf = { met: [], aspiration: null, growthPerMonth: 0 };

/** The scenario with the what-ifs applied to a copy (the document is untouched). */
function applyWhatIf(scenario: Scenario, person: Person, step: 'em' | 'mom', whatIf: WhatIf): Scenario {
  let changed: Person = person;
  for (const key of whatIf.met) changed = withSignalMet(changed, key, step, scenario.policy) ?? changed;
  if (whatIf.aspiration) changed = { ...changed, aspiration: whatIf.aspiration };
  const org = changed === person ? scenario.org : { ...scenario.org, people: { ...scenario.org.people, [person.id]: changed } };
  const events =
    whatIf.growthPerMonth > 0
      ? [
          ...scenario.events,
          {
            kind: 'growth' as const,
            id: 'what-if-growth',
            fromMonth: 1,
            toMonth: scenario.simulation.months,
            perMonth: whatIf.growthPerMonth,
            target: { kind: 'spread' as const },
          },
        ]
      : scenario.events;
  return org === scenario.org && events === scenario.events ? scenario : { ...scenario, org, events };
}

function PathView({ person, scenario, close }: { person: Person; scenario: Scenario; close: () => void }) {
  const forecast = useStore((s) => selectForecastFor(s, s.scenario.org).forecast);
  const [whatIf, setWhatIf] = useState<WhatIf>(NO_CHANGE);
  const base = useMemo(() => (forecast ? personPath(scenario.org, scenario.policy, person.id, forecast) : null), [forecast, scenario, person.id]);
  const step = base?.step ?? 'em';
  const tried = useMemo(() => applyWhatIf(scenario, person, step, whatIf), [scenario, person, step, whatIf]);
  // Readiness doesn't move the structure: today's forecast's roles hold under the what-ifs; only places change.
  const path = useMemo(() => (forecast ? personPath(tried.org, tried.policy, person.id, forecast) : null), [forecast, tried, person.id]);
  const [odds, setOdds] = useState<{ of: Scenario; odds: PathOdds } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    // Starting a run over the workers resets its progress: state that follows an outside job, not derived state.
    // oxlint-disable-next-line react/set-state-in-effect
    setProgress(0);
    setFailure(null);
    const stop = runPathOdds(tried, person.id, RUNS, {
      progress: setProgress,
      done: (result) => {
        setProgress(null);
        setOdds({ of: tried, odds: result });
      },
      failed: (message) => {
        setProgress(null);
        setFailure(message);
      },
    });
    return stop;
  }, [tried, person.id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [close]);
  const toggle = (key: string) => setWhatIf((w) => ({ ...w, met: w.met.includes(key) ? w.met.filter((k) => k !== key) : [...w.met, key] }));
  const keep = () => {
    const changed = tried.org.people[person.id]!;
    if (
      editOrg(
        (org) => updatePerson(org, person.id, { signals: changed.signals, aspiration: changed.aspiration, level: changed.level }),
        `Saved ${person.name}'s signals.`,
      )
    )
      setWhatIf((w) => ({ ...w, met: [], aspiration: null }));
  };
  const where = path?.placement ? `${path.placement.role === 'lead' ? 'Leads' : 'In'} ${path.placement.unit}` : 'Not in a unit';
  const personChanged = whatIf.met.length > 0 || whatIf.aspiration !== null;
  const shown = odds?.odds ?? null;
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <section className="modal path" role="dialog" aria-modal="true" aria-label={`Path of ${person.name}`} data-testid="person-path">
        <header className="path__header">
          <div>
            <h2>Path of {person.name}</h2>
            <p className="side-panel__sub">
              {person.title} · {where} · next step: {step === 'em' ? 'an EM role' : 'a manager-of-managers role'}
            </p>
          </div>
          <button type="button" className="icon-button" aria-label="Close" onClick={close} autoFocus>
            ×
          </button>
        </header>
        {!path ? (
          <p className="side-panel__empty">Waiting for today's forecast…</p>
        ) : (
          <>
            <section aria-label="Readiness">
              <h3>
                Readiness <span className={`badge badge--${BAND_TONE[path.readiness.band]}`}>{BAND_TEXT[path.readiness.band]}</span>
                {path.readiness.band !== base?.readiness.band && base && <span className="path__was"> (today: {BAND_TEXT[base.readiness.band]})</span>}
              </h3>
              <ul className="path__signals">
                {path.readiness.signals.map((s) => {
                  const gap = base?.gaps.find((g) => g.key === s.key);
                  const canToggle = gap && gap.metInMonths === null && s.key !== 'wantsRole';
                  return (
                    <li key={s.key} className={`path__signal path__signal--${s.state}`}>
                      <span className="path__mark" aria-hidden="true">
                        {s.state === 'met' ? '✓' : s.state === 'unknown' ? '?' : '✗'}
                      </span>
                      <span className="path__label">{s.label}</span>
                      <span className="path__detail">{s.detail}</span>
                      {gap && (
                        <span className="path__gap">
                          {gap.metInMonths !== null
                            ? `met in ${plural(gap.metInMonths, 'month')} → ${BAND_TEXT[gap.bandIfMet].toLowerCase()}`
                            : `if met → ${BAND_TEXT[gap.bandIfMet].toLowerCase()}`}
                        </span>
                      )}
                      {canToggle && (
                        <label className="path__toggle">
                          <input type="checkbox" checked={whatIf.met.includes(s.key)} onChange={() => toggle(s.key)} /> what if met
                        </label>
                      )}
                    </li>
                  );
                })}
              </ul>
              <div className="path__whatif">
                <label>
                  What if they want to{' '}
                  <select
                    aria-label="What if their aspiration were"
                    value={whatIf.aspiration ?? person.aspiration}
                    onChange={(e) => setWhatIf((w) => ({ ...w, aspiration: e.target.value === person.aspiration ? null : (e.target.value as Aspiration) }))}
                  >
                    {ASPIRATIONS.map((a) => (
                      <option key={a} value={a}>
                        {ASPIRATION_TEXT[a]}
                        {a === person.aspiration ? ' (as today)' : ''}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  and the org grows by{' '}
                  <input
                    type="number"
                    aria-label="What-if growth, people a month"
                    min={0}
                    max={100}
                    step={1}
                    value={whatIf.growthPerMonth}
                    onChange={(e) => setWhatIf((w) => ({ ...w, growthPerMonth: Math.max(0, Math.min(100, Number(e.target.value) || 0)) }))}
                  />{' '}
                  more people a month
                </label>
                {personChanged && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={keep}
                    title="Write the toggled signals and aspiration to the document (undoable)"
                  >
                    Keep as their signals
                  </button>
                )}
              </div>
            </section>
            <section aria-label="Roles">
              <h3>Roles today's forecast opens</h3>
              {path.roles.length === 0 ? (
                <p className="side-panel__empty">
                  None they are a candidate for: {step === 'em' ? 'no team splits or EM vacancies today' : 'no MoM role one layer up opens today'}.
                </p>
              ) : (
                <table className="path__roles">
                  <thead>
                    <tr>
                      <th>Role</th>
                      <th>Unit</th>
                      <th>Place</th>
                      <th>Band</th>
                    </tr>
                  </thead>
                  <tbody>
                    {path.roles.map((r) => (
                      <tr key={r.id}>
                        <td>{r.role}</td>
                        <td>
                          {r.name} <span className="side-panel__sub">({r.source === 'vacancy' ? 'vacant' : 'emerges'})</span>
                        </td>
                        <td>
                          #{r.rank} of {r.of}
                          {r.near ? ' · near' : ''}
                        </td>
                        <td>
                          <span className={`badge badge--${BAND_TONE[r.band]}`}>{BAND_TEXT[r.band]}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        )}
        <section aria-label="Odds">
          <h3>
            Odds over {RUNS} runs × {scenario.simulation.months} months
            <span className="odds-legend">
              <span className="odds-legend__swatch odds__bar--12" /> within 12 months <span className="odds-legend__swatch odds__bar--24" /> within 24
            </span>
            {progress !== null && (
              <span className="path__progress" role="progressbar" aria-valuenow={Math.round(progress * 100)} aria-valuemin={0} aria-valuemax={100}>
                <span style={{ width: `${Math.round(progress * 100)}%` }} />
              </span>
            )}
          </h3>
          {failure && <p className="field__error">{failure}</p>}
          {shown ? (
            <div className={odds?.of === tried ? 'path__odds' : 'path__odds path__odds--stale'} data-testid="path-odds">
              {step === 'em' && <OddsBar label="First in line for an EM role" odds={shown.firstInLineEm} />}
              {step === 'em' && <OddsBar label="Promoted to EM" odds={shown.promotedEm} />}
              <OddsBar label="First in line for a MoM role" odds={shown.firstInLineMom} />
              <OddsBar label="Promoted to a MoM role" odds={shown.promotedMom} />
              <OddsBar label="Left the company" odds={shown.left} muted />
            </div>
          ) : (
            !failure && <p className="side-panel__empty">Running…</p>
          )}
        </section>
      </section>
    </div>
  );
}

/** Two stacked bars (within 12 and within 24 months) with the share and the median month. */
function OddsBar({ label, odds, muted }: { label: string; odds: Odds; muted?: boolean }) {
  return (
    <div className={muted ? 'odds odds--muted' : 'odds'} aria-label={`${label}: ${pct(odds.within12)} within 12 months, ${pct(odds.within24)} within 24`}>
      <span className="odds__label">{label}</span>
      <span className="odds__bars">
        <span className="odds__bar odds__bar--24" style={{ width: `${odds.within24 * 100}%` }} />
        <span className="odds__bar odds__bar--12" style={{ width: `${odds.within12 * 100}%` }} />
      </span>
      <span className="odds__text">
        {pct(odds.within12)} in 12 mo · {pct(odds.within24)} in 24 mo{odds.medianMonth !== null ? ` · likely month ${odds.medianMonth}` : ''}
      </span>
    </div>
  );
}
