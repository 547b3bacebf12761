/**
 * Add or edit a person: every field of the model, including each readiness signal (met, not met or unknown)
 * and dotted-line managers.
 */
import { useState } from 'react';
import {
  ASPIRATIONS,
  checkPerson,
  FLIGHT_RISKS,
  isIsoDate,
  personId,
  stateOf,
  UNKNOWN_SIGNALS,
  type Aspiration,
  type BooleanSignal,
  type Org,
  type OrgProblem,
  type Person,
  type PersonId,
  type SignalState,
  type Signals,
} from '../../../shared';
import { Modal } from './Modal';

const ASPIRATION_TEXT: Record<Aspiration, string> = { mom: 'manager of managers', manager: 'manager', ic: 'ic', unknown: 'unknown (not asked yet)' };
const STATES: [SignalState, string][] = [
  ['met', 'Met'],
  ['not-met', 'Not met'],
  ['unknown', 'Unknown'],
];
const valueOf = (state: SignalState): boolean | null => (state === 'unknown' ? null : state === 'met');

const SIGNAL_BOXES: [BooleanSignal, string][] = [
  ['strongReferences', 'Strong references or rating'],
  ['influence', 'Influence: people outside the team seek their advice'],
  ['coachesOutsideTeam', 'Coaches people outside their own team'],
  ['momNetwork', 'Has talked with people who do the job (MoM mentor or peers)'],
  ['operatingAtNextLevel', 'Already operating at the next level'],
  ['mentorsOthers', 'Mentors others'],
];

const LAUNCHES_MESSAGE = 'Launches is a whole number, 0 or more, or blank if unknown.';

/** A problem `checkPerson` found, as the form says it (next to the field, so without the person's name). */
function formMessage(problem: OrgProblem, person: Person, asOf: string): string {
  switch (problem.field) {
    case 'name':
      return 'A person needs a name.';
    case 'level':
      return 'Level is a whole number from 1 to 9.';
    case 'hireDate':
      return 'Hire date must be a date (YYYY-MM-DD).';
    case 'managerSince':
      return person.managerSince !== undefined && isIsoDate(person.managerSince)
        ? `Manager-since can't be after the org's date (${asOf}).`
        : 'Manager-since must be a date (YYYY-MM-DD), or empty.';
    case 'signals.launches':
      return LAUNCHES_MESSAGE;
    default:
      return problem.message;
  }
}

/** The person the form describes: the name trimmed, tags split on commas, launches as given (null: unknown), and unset optional fields left out. */
function personFromDraft(draft: Person, tags: string, launches: number | null): Person {
  const { managerSince, tenureUnknown, flightRisk, rating, dottedLineManagerIds, ...required } = draft;
  return {
    ...required,
    name: draft.name.trim(),
    tags: tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    signals: { ...draft.signals, launches },
    ...(managerSince !== undefined && { managerSince }),
    ...(tenureUnknown !== undefined && { tenureUnknown }),
    ...(flightRisk !== undefined && { flightRisk }),
    ...(rating !== undefined && { rating }),
    ...(dottedLineManagerIds !== undefined && { dottedLineManagerIds }),
  };
}

/** A blank person for the Add dialog: nothing assessed yet, so every signal and the aspiration are unknown. */
export function blankPerson(id: PersonId, asOf: string): Person {
  return { id, name: '', title: 'Software Engineer', level: 4, hireDate: asOf, aspiration: 'unknown', signals: UNKNOWN_SIGNALS, tags: [] };
}

/** One signal as three choices: met, not met, unknown (a radio group drawn as a segmented control). */
function SignalChoice({ name, label, value, onChange }: { name: string; label: string; value: boolean | null; onChange: (value: boolean | null) => void }) {
  const current = stateOf(value);
  return (
    <div className="signal-choice" role="radiogroup" aria-label={label}>
      <span className="signal-choice__label">{label}</span>
      <span className="segmented">
        {STATES.map(([state, text]) => (
          <label key={state} className={`segmented__option segmented__option--${state}${current === state ? ' segmented__option--on' : ''}`}>
            <input type="radio" name={name} value={state} checked={current === state} onChange={() => onChange(valueOf(state))} />
            {text}
          </label>
        ))}
      </span>
    </div>
  );
}

export function PersonDialog({
  org,
  person,
  title,
  onCancel,
  onSave,
}: {
  org: Org;
  person: Person;
  title: string;
  onCancel: () => void;
  onSave: (person: Person) => void;
}) {
  const [draft, setDraft] = useState<Person>(person);
  const [tags, setTags] = useState(person.tags.join(', '));
  // Launches as typed: blank is unknown; checked on save so a half-typed number isn't rejected while typing.
  const [launches, setLaunches] = useState(person.signals.launches === null ? '' : String(person.signals.launches));
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<Person>) => setDraft((d) => ({ ...d, ...patch }));
  const setSignal = (patch: Partial<Signals>) => setDraft((d) => ({ ...d, signals: { ...d.signals, ...patch } }));
  const managers = Object.values(org.units)
    .flatMap((u) => (u.leadId && u.leadId !== person.id ? [org.people[u.leadId]!] : []))
    .filter(Boolean);

  const submit = () => {
    const launchCount = launches.trim() === '' ? null : Number(launches);
    const saved = personFromDraft(draft, tags, launchCount);
    // The rules are the core's (checkPerson, as for a file); the words are the form's.
    const problem = checkPerson(saved, org.asOf)[0];
    if (problem) return setError(formMessage(problem, saved, org.asOf));
    if (launchCount !== null && !Number.isInteger(launchCount)) return setError(LAUNCHES_MESSAGE);
    onSave(saved);
  };

  return (
    <Modal title={title} onCancel={onCancel} onSubmit={submit} submitLabel="Save" error={error}>
      <div className="form-grid">
        <label>
          Name <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label>
          Title <input value={draft.title} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label>
          Level <input type="number" min={1} max={9} value={draft.level} onChange={(e) => set({ level: Number(e.target.value) })} />
        </label>
        <label>
          Hire date <input type="date" value={draft.hireDate} onChange={(e) => set({ hireDate: e.target.value, tenureUnknown: undefined })} />
        </label>
        <label>
          Manager since
          <input
            type="date"
            value={draft.managerSince ?? ''}
            onChange={(e) => set({ managerSince: e.target.value === '' ? undefined : e.target.value, tenureUnknown: undefined })}
          />
        </label>
        <label
          className="field--check"
          title="Nobody knows when they joined or became a manager: time in the company and as an EM count as unknown (to assess), not as zero. Entering a date clears it."
        >
          <input type="checkbox" checked={draft.tenureUnknown === true} onChange={(e) => set({ tenureUnknown: e.target.checked ? true : undefined })} /> Dates
          unknown
        </label>
        <label>
          Aspiration
          <select value={draft.aspiration} onChange={(e) => set({ aspiration: ASPIRATIONS.find((a) => a === e.target.value) ?? draft.aspiration })}>
            {ASPIRATIONS.map((a) => (
              <option key={a} value={a}>
                {ASPIRATION_TEXT[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Flight risk
          <select value={draft.flightRisk ?? ''} onChange={(e) => set({ flightRisk: FLIGHT_RISKS.find((r) => r === e.target.value) })}>
            <option value="">not set</option>
            {FLIGHT_RISKS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rating
          <select value={draft.rating ?? ''} onChange={(e) => set({ rating: e.target.value === '' ? undefined : Number(e.target.value) })}>
            <option value="">not set</option>
            {[1, 2, 3, 4, 5].map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Notable launches as a manager
          <input type="number" min={0} step={1} value={launches} placeholder="unknown" onChange={(e) => setLaunches(e.target.value)} />
        </label>
        <label>
          Tags <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="comma, separated" />
        </label>
      </div>
      <fieldset className="signals-box">
        <legend>Readiness signals</legend>
        <p className="signals-box__hint">Unknown is not “no”: a band that depends on an unknown signal shows as “to assess”.</p>
        {SIGNAL_BOXES.map(([key, label]) => (
          <SignalChoice key={key} name={`signal-${key}`} label={label} value={draft.signals[key]} onChange={(value) => setSignal({ [key]: value })} />
        ))}
      </fieldset>
      <label className="form-wide">
        Dotted-line managers (hold Ctrl to pick several)
        <select
          multiple
          size={4}
          value={[...(draft.dottedLineManagerIds ?? [])]}
          onChange={(e) => {
            const ids = [...e.target.selectedOptions].map((o) => personId(o.value));
            set({ dottedLineManagerIds: ids.length > 0 ? ids : undefined });
          }}
        >
          {managers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} — {m.title}
            </option>
          ))}
        </select>
      </label>
    </Modal>
  );
}
