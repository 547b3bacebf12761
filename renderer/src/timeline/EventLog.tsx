/** What happened in the run up to the month shown, newest first, filtered by kind; an entry jumps to its month and unit. */
import { useMemo, useState } from 'react';
import type { SimEventKind } from '../../../shared';
import { focusUnit } from '../editing';
import { useStore, type Store } from '../store/store';

const selectResult = (s: Store) => s.sim.result;
const selectMonth = (s: Store) => s.sim.month;

const LOG_KINDS: readonly (readonly [SimEventKind | '', string])[] = [
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
/** The log shows at most this many entries, the latest. */
const LOG_LIMIT = 300;

export function EventLog() {
  const result = useStore(selectResult);
  const month = useStore(selectMonth);
  const [filter, setFilter] = useState<SimEventKind | ''>('');
  const log = useMemo(
    () =>
      result
        ? result.events
            .filter((e) => e.month <= month && (filter === '' || e.kind === filter))
            .slice(-LOG_LIMIT)
            .reverse()
        : [],
    [result, month, filter],
  );

  return (
    <div className="timeline__log">
      <div className="section-head">
        <h3>Event log</h3>
        <select
          className="button"
          aria-label="Filter the log"
          value={filter}
          onChange={(e) => setFilter(LOG_KINDS.find(([k]) => k === e.target.value)?.[0] ?? '')}
        >
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
  );
}
