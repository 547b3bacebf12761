/**
 * The timeline: scheduled events on a month axis, the run (in a worker, with progress), a scrubber and play,
 * the event log, and the charts over time. Scrubbing is instant once a run is done. Each part is its own
 * component and reads only its own slice of the store.
 */
import { useState } from 'react';
import { useStore, type Store } from '../store/store';
import { EventLog } from './EventLog';
import { MonteCarloView } from './MonteCarloView';
import { ScheduledEvents } from './ScheduledEvents';
import { TimelineBar } from './TimelineBar';
import { TimelineCharts } from './TimelineCharts';

const selectSim = (s: Store) => s.sim;
const selectScenario = (s: Store) => s.scenario;
const selectRunProblems = (s: Store) => (s.sim.status === 'failed' ? s.sim.problems : null);

export function Timeline() {
  const problems = useStore(selectRunProblems);
  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <TimelineBar />
      {problems && (
        <ul className="timeline__problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="timeline__body">
        <ScheduledEvents />
        <EventLog />
        <TimelineResults />
      </div>
    </section>
  );
}

/** The run's charts, or Monte Carlo's results, with a switch when there are both. */
function TimelineResults() {
  const sim = useStore(selectSim);
  const scenario = useStore(selectScenario);
  const [showMonteCarlo, setShowMonteCarlo] = useState(true);
  const { result, monteCarlo } = sim;
  return (
    <div className="timeline__right">
      {monteCarlo && result && (
        <div className="segmented timeline__switch" role="radiogroup" aria-label="Results">
          <button type="button" role="radio" aria-checked={!showMonteCarlo} className={!showMonteCarlo ? 'on' : ''} onClick={() => setShowMonteCarlo(false)}>
            This run
          </button>
          <button type="button" role="radio" aria-checked={showMonteCarlo} className={showMonteCarlo ? 'on' : ''} onClick={() => setShowMonteCarlo(true)}>
            Monte Carlo
          </button>
        </div>
      )}
      {monteCarlo && (showMonteCarlo || !result) ? (
        <MonteCarloView result={monteCarlo} stale={sim.monteCarloOf !== scenario} />
      ) : (
        result && <TimelineCharts metrics={result.metrics} month={sim.month} />
      )}
    </div>
  );
}
