/**
 * The timeline: scheduled events on a month axis, the run (in a worker, with progress), a scrubber and play,
 * the event log, and the charts over time. Scrubbing is instant once a run is done.
 */
import { useEffect, useMemo, useState } from 'react';
import { newId, type ScenarioEvent, type SimEventKind } from '../../../shared';
import { focusUnit } from '../editing';
import { cancelSimulation, runMonteCarlo, runSimulation } from '../sim/runSimulation';
import { MonteCarloView } from './MonteCarloView';
import { useStore, type Store } from '../store/store';
import { describeEvent, EVENT_ICON, EVENT_LABEL, EventDialog, eventMonth, newEvent, type EventKind } from './EventDialog';
import { TimelineCharts } from './TimelineCharts';

const selectSim = (s: Store) => s.sim;
const selectScenario = (s: Store) => s.scenario;
const LOG_KINDS: [SimEventKind | '', string][] = [
  ['', 'All events'],
  ['mom-emerged', 'MoM nodes emerged'],
  ['team-split', 'Team splits'],
  ['promotion', 'Promotions'],
  ['external-hire', 'External hires'],
  ['promotion-reverted', '90-day plans reverted'],
  ['attrition', 'Attrition'],
  ['departure', 'Departures'],
  ['hire', 'Hires'],
  ['downsizing', 'Downsizing'],
  ['team-merged', 'Teams merged'],
  ['layer-removed', 'Layers removed'],
  ['acquisition', 'Acquisitions'],
  ['reorg', 'Reorgs'],
];

function setScenarioEvents(events: readonly ScenarioEvent[]): void {
  const s = useStore.getState();
  s.setScenario({ ...s.scenario, events });
}

export function Timeline() {
  const sim = useStore(selectSim);
  const scenario = useStore(selectScenario);
  const [editing, setEditing] = useState<{ event: ScenarioEvent; index: number } | null>(null);
  const [filter, setFilter] = useState<SimEventKind | ''>('');
  const [runs, setRuns] = useState(50);
  const [showMonteCarlo, setShowMonteCarlo] = useState(true);
  const result = sim.result;
  const stale = result !== null && sim.runOf !== scenario;
  const months = scenario.simulation.months;

  // Play: step a month every 0.7 s until the end.
  useEffect(() => {
    if (!sim.playing || !result) return;
    const timer = setInterval(() => {
      const { sim: now, setMonth, setPlaying } = useStore.getState();
      if (now.month >= (now.result?.months ?? 0)) setPlaying(false);
      else setMonth(now.month + 1);
    }, 700);
    return () => clearInterval(timer);
  }, [sim.playing, result]);

  const log = useMemo(() => (result ? result.events.filter((e) => e.month <= sim.month && (filter === '' || e.kind === filter)).slice(-300).reverse() : []), [result, sim.month, filter]);

  const setSettings = (patch: Partial<Store['scenario']['simulation']>) => {
    const s = useStore.getState();
    s.setScenario({ ...s.scenario, simulation: { ...s.scenario.simulation, ...patch } });
  };

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <div className="timeline__bar">
        <strong>Timeline</strong>
        <label>
          Months <input type="number" min={1} max={120} value={months} onChange={(e) => Number.isInteger(Number(e.target.value)) && Number(e.target.value) >= 1 && Number(e.target.value) <= 120 && setSettings({ months: Number(e.target.value) })} />
        </label>
        <label>
          Seed <input type="number" min={0} value={scenario.simulation.seed} onChange={(e) => Number.isInteger(Number(e.target.value)) && Number(e.target.value) >= 0 && setSettings({ seed: Number(e.target.value) })} />
        </label>
        {sim.status === 'running' ? (
          <>
            <progress max={1} value={sim.progress} aria-label="Simulation progress" />
            <button type="button" className="button" onClick={cancelSimulation}>
              Stop
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" onClick={runSimulation}>
            {result ? 'Run again' : 'Run simulation'}
          </button>
        )}
        <span className="timeline__mc">
          <input type="number" min={2} max={1000} value={runs} aria-label="Monte Carlo runs" onChange={(e) => setRuns(Number(e.target.value))} />
          <button type="button" className="button" disabled={sim.status === 'running' || !Number.isInteger(runs) || runs < 2 || runs > 1000} onClick={() => runMonteCarlo(runs)} title="Run the scenario over many seeds: the odds that MoM nodes emerge, and fan charts">
            Monte Carlo
          </button>
        </span>
        <button type="button" className="button" disabled={!result} onClick={() => useStore.getState().setPlaying(!sim.playing)} aria-label={sim.playing ? 'Pause' : 'Play'}>
          {sim.playing ? '⏸ Pause' : '▶ Play'}
        </button>
        <div className="timeline__scrub">
          <input type="range" min={0} max={result?.months ?? 0} value={sim.month} disabled={!result} aria-label="Month" onChange={(e) => useStore.getState().setMonth(Number(e.target.value))} />
          <div className="timeline__axis" aria-hidden>
            {scenario.events.map((e, i) => (
              <span key={e.id} className="timeline__marker" style={{ left: `${(eventMonth(e) / Math.max(1, result?.months ?? months)) * 100}%` }} title={`${EVENT_LABEL[e.kind]} (month ${eventMonth(e)})`}>
                {EVENT_ICON[e.kind]}
                <span className="sr-only">{i}</span>
              </span>
            ))}
          </div>
        </div>
        <span className="timeline__month" data-testid="timeline-month">
          {result ? (sim.month === 0 ? 'Today (month 0)' : `Month ${sim.month} of ${result.months}`) : 'Not run yet'}
        </span>
        {stale && <span className="timeline__stale">The org or events changed since this run: run again to update.</span>}
      </div>
      {sim.status === 'failed' && (
        <ul className="timeline__problems" role="alert">
          {sim.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="timeline__body">
        <div className="timeline__events">
          <div className="section-head">
            <h3>Scheduled events</h3>
            <select
              className="button"
              aria-label="Add event"
              value=""
              onChange={(e) => {
                const kind = e.target.value as EventKind;
                if (!kind) return;
                const id = newId('e', scenario.events.map((x) => x.id));
                setEditing({ event: newEvent(kind, id, scenario.org), index: scenario.events.length });
              }}
            >
              <option value="">+ Add event…</option>
              {(Object.keys(EVENT_LABEL) as EventKind[]).map((k) => (
                <option key={k} value={k}>
                  {EVENT_ICON[k]} {EVENT_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
          {scenario.events.length === 0 ? (
            <p className="side-panel__empty">No events yet: attrition and the structural rules still play out. Add a funding round, growth, an acquisition…</p>
          ) : (
            <ul className="event-list">
              {[...scenario.events]
                .map((e, i) => ({ e, i }))
                .sort((a, b) => eventMonth(a.e) - eventMonth(b.e))
                .map(({ e, i }) => (
                  <li key={e.id} data-testid="scheduled-event">
                    <span className="event-list__icon">{EVENT_ICON[e.kind]}</span>
                    <span className="event-list__month">m{eventMonth(e)}</span>
                    <span className="event-list__text">
                      <strong>{EVENT_LABEL[e.kind]}</strong> {describeEvent(e, scenario.org)}
                    </span>
                    <button type="button" className="link-button" onClick={() => setEditing({ event: e, index: i })} aria-label={`Edit ${EVENT_LABEL[e.kind]}`}>
                      Edit
                    </button>
                    <button type="button" className="link-button link-button--danger" onClick={() => setScenarioEvents(scenario.events.filter((_, j) => j !== i))} aria-label={`Delete ${EVENT_LABEL[e.kind]}`}>
                      Delete
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </div>
        <div className="timeline__log">
          <div className="section-head">
            <h3>Event log</h3>
            <select className="button" aria-label="Filter the log" value={filter} onChange={(e) => setFilter(e.target.value as SimEventKind | '')}>
              {LOG_KINDS.map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {!result ? (
            <p className="side-panel__empty">Run the simulation to see what happens, month by month.</p>
          ) : (
            <ol className="log-list" data-testid="event-log">
              {log.map((e, i) => (
                <li key={`${e.month}-${i}`} className={`log-entry log-entry--${e.kind}`}>
                  <button
                    type="button"
                    onClick={() => {
                      useStore.getState().setMonth(e.month);
                      const unit = e.unitIds[0];
                      if (unit) focusUnit(unit);
                    }}
                  >
                    <span className="log-entry__month">m{e.month}</span> {e.text}
                  </button>
                </li>
              ))}
              {log.length === 0 && <li className="side-panel__empty">Nothing yet by this month.</li>}
            </ol>
          )}
        </div>
        <div className="timeline__right">
          {sim.monteCarlo && result && (
            <div className="segmented timeline__switch" role="radiogroup" aria-label="Results">
              <button type="button" role="radio" aria-checked={!showMonteCarlo} className={!showMonteCarlo ? 'on' : ''} onClick={() => setShowMonteCarlo(false)}>
                This run
              </button>
              <button type="button" role="radio" aria-checked={showMonteCarlo} className={showMonteCarlo ? 'on' : ''} onClick={() => setShowMonteCarlo(true)}>
                Monte Carlo
              </button>
            </div>
          )}
          {sim.monteCarlo && (showMonteCarlo || !result) ? (
            <MonteCarloView result={sim.monteCarlo} stale={sim.monteCarloOf !== scenario} />
          ) : (
            result && <TimelineCharts metrics={result.metrics} month={sim.month} />
          )}
        </div>
      </div>
      {editing && (
        <EventDialog
          scenario={scenario}
          event={editing.event}
          index={editing.index}
          onCancel={() => setEditing(null)}
          onSave={(e) => {
            const events = [...scenario.events];
            events[editing.index] = e;
            setScenarioEvents(events);
            setEditing(null);
          }}
        />
      )}
    </section>
  );
}
