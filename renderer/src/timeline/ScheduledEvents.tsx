/** The scheduled events: the Add menu, the list by month with Edit and Delete, and the event dialog. */
import { useState } from 'react';
import { newId, type ScenarioEvent } from '../../../shared';
import { useStore, type Store } from '../store/store';
import { EventDialog } from './EventDialog';
import { describeEvent, EVENT_ICON, EVENT_KINDS, EVENT_LABEL, eventMonth, newEvent } from './eventText';

const selectScenario = (s: Store) => s.scenario;

function setScenarioEvents(events: readonly ScenarioEvent[]): void {
  const s = useStore.getState();
  s.setScenario({ ...s.scenario, events });
}

export function ScheduledEvents() {
  const scenario = useStore(selectScenario);
  // The event being added (index past the end) or edited.
  const [editing, setEditing] = useState<{ event: ScenarioEvent; index: number } | null>(null);
  const add = (value: string) => {
    const kind = EVENT_KINDS.find((k) => k === value);
    if (!kind) return;
    const id = newId(
      'e',
      scenario.events.map((x) => x.id),
    );
    setEditing({ event: newEvent(kind, id, scenario.org), index: scenario.events.length });
  };
  const save = (index: number, event: ScenarioEvent) => {
    const events = [...scenario.events];
    events[index] = event;
    setScenarioEvents(events);
    setEditing(null);
  };
  const byMonth = scenario.events.map((e, i) => ({ e, i })).sort((a, b) => eventMonth(a.e) - eventMonth(b.e));

  return (
    <div className="timeline__events">
      <div className="section-head">
        <h3>Scheduled events</h3>
        <select className="button" aria-label="Add event" value="" onChange={(e) => add(e.target.value)}>
          <option value="">+ Add event…</option>
          {EVENT_KINDS.map((k) => (
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
          {byMonth.map(({ e, i }) => (
            <li key={e.id} data-testid="scheduled-event">
              <span className="event-list__icon">{EVENT_ICON[e.kind]}</span>
              <span className="event-list__month">m{eventMonth(e)}</span>
              <span className="event-list__text">
                <strong>{EVENT_LABEL[e.kind]}</strong> {describeEvent(e, scenario.org)}
              </span>
              <button type="button" className="link-button" onClick={() => setEditing({ event: e, index: i })} aria-label={`Edit ${EVENT_LABEL[e.kind]}`}>
                Edit
              </button>
              <button
                type="button"
                className="link-button link-button--danger"
                onClick={() => setScenarioEvents(scenario.events.filter((_, j) => j !== i))}
                aria-label={`Delete ${EVENT_LABEL[e.kind]}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <EventDialog scenario={scenario} event={editing.event} index={editing.index} onCancel={() => setEditing(null)} onSave={(e) => save(editing.index, e)} />
      )}
    </div>
  );
}
