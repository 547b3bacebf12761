/** The timeline's bar: run settings, Run/Stop, Monte Carlo, play, the month scrubber with event markers, and where the run stands. */
import { useEffect, useState } from 'react';
import type { SimulationSettings } from '../../../shared';
import { cancelSimulation, runMonteCarlo, runSimulation } from '../sim/runSimulation';
import { useStore, type Store } from '../store/store';
import { EVENT_ICON, EVENT_LABEL, eventMonth } from './eventText';

const selectSim = (s: Store) => s.sim;
const selectScenario = (s: Store) => s.scenario;

const MAX_MONTHS = 120;
const MAX_RUNS = 1000;

/** True for a whole number within [min, max]; a box holding anything else keeps the last good value. */
const isWholeWithin = (n: number, min: number, max: number): boolean => Number.isInteger(n) && n >= min && n <= max;

function setSettings(patch: Partial<SimulationSettings>): void {
  const s = useStore.getState();
  s.setScenario({ ...s.scenario, simulation: { ...s.scenario.simulation, ...patch } });
}

/** While playing, step a month every 0.7 s until the end. */
function usePlayback(playing: boolean, hasResult: boolean): void {
  useEffect(() => {
    if (!playing || !hasResult) return;
    const timer = setInterval(() => {
      const { sim: now, setMonth, setPlaying } = useStore.getState();
      if (now.month >= (now.result?.months ?? 0)) setPlaying(false);
      else setMonth(now.month + 1);
    }, 700);
    return () => clearInterval(timer);
  }, [playing, hasResult]);
}

export function TimelineBar() {
  const sim = useStore(selectSim);
  const scenario = useStore(selectScenario);
  const [runs, setRuns] = useState(50);
  const { result } = sim;
  const stale = result !== null && sim.runOf !== scenario;
  const months = scenario.simulation.months;
  usePlayback(sim.playing, result !== null);

  return (
    <div className="timeline__bar">
      <strong>Timeline</strong>
      <label>
        Months{' '}
        <input
          type="number"
          min={1}
          max={MAX_MONTHS}
          value={months}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (isWholeWithin(n, 1, MAX_MONTHS)) setSettings({ months: n });
          }}
        />
      </label>
      <label>
        Seed{' '}
        <input
          type="number"
          min={0}
          value={scenario.simulation.seed}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (isWholeWithin(n, 0, Infinity)) setSettings({ seed: n });
          }}
        />
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
        <input type="number" min={2} max={MAX_RUNS} value={runs} aria-label="Monte Carlo runs" onChange={(e) => setRuns(Number(e.target.value))} />
        <button
          type="button"
          className="button"
          disabled={sim.status === 'running' || !isWholeWithin(runs, 2, MAX_RUNS)}
          onClick={() => runMonteCarlo(runs)}
          title="Run the scenario over many seeds: the odds that MoM nodes emerge, and fan charts"
        >
          Monte Carlo
        </button>
      </span>
      <button
        type="button"
        className="button"
        disabled={!result}
        onClick={() => useStore.getState().setPlaying(!sim.playing)}
        aria-label={sim.playing ? 'Pause' : 'Play'}
      >
        {sim.playing ? '⏸ Pause' : '▶ Play'}
      </button>
      <div className="timeline__scrub">
        <input
          type="range"
          min={0}
          max={result?.months ?? 0}
          value={sim.month}
          disabled={!result}
          aria-label="Month"
          onChange={(e) => useStore.getState().setMonth(Number(e.target.value))}
        />
        <div className="timeline__axis" aria-hidden>
          {scenario.events.map((e, i) => (
            <span
              key={e.id}
              className="timeline__marker"
              style={{ left: `${(eventMonth(e) / Math.max(1, result?.months ?? months)) * 100}%` }}
              title={`${EVENT_LABEL[e.kind]} (month ${eventMonth(e)})`}
            >
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
  );
}
