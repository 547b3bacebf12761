/** Add or edit a scheduled event: a form per kind, checked with the same rules the simulation uses. */
import { useState } from 'react';
import { api } from '../api/api';
import { getOwn, fundingHires, plural, parseScenarioFile, validateEvents, type Org, type PersonId, type Scenario, type ScenarioEvent, type Target, type UnitId } from '../../../shared';
import { fileErrorProblems } from '../fileErrors';
import { Modal } from '../panels/Modal';

export type EventKind = ScenarioEvent['kind'];

export const EVENT_LABEL: Record<EventKind, string> = {
  growth: 'Steady growth',
  funding: 'Funding round',
  acquisition: 'Acquisition',
  downsizing: 'Downsizing',
  departure: 'Departure',
  reorg: 'Reorg',
};

// Plain symbols that every system font has (emoji fonts are not everywhere).
export const EVENT_ICON: Record<EventKind, string> = { growth: '↗', funding: '$', acquisition: '⊕', downsizing: '✂', departure: '⇥', reorg: '⇄' };

/** A sensible new event of a kind, for the Add form. */
export function newEvent(kind: EventKind, id: string, org: Org): ScenarioEvent {
  const firstUnit = Object.keys(org.units)[0] as UnitId;
  const firstPerson = Object.keys(org.people)[0] as PersonId;
  switch (kind) {
    case 'growth':
      return { kind, id, fromMonth: 1, toMonth: 12, perMonth: 1, target: { kind: 'spread' } };
    case 'funding':
      return { kind, id, month: 3, amount: 20_000_000, engineeringShare: 0.5, costPerEngineer: 200_000, runwayMonths: 24, rampMonths: 6, target: { kind: 'spread' } };
    case 'acquisition':
      return { kind, id, month: 6, underUnitId: firstUnit, mode: 'division', source: { kind: 'generated', size: 20 } };
    case 'downsizing':
      return { kind, id, month: 6, share: 0.1, target: { kind: 'spread' }, rule: 'recent-hires' };
    case 'departure':
      return { kind, id, month: 3, personId: firstPerson };
    case 'reorg':
      return { kind, id, month: 3, unitId: firstUnit, newParentId: firstUnit };
  }
}

/** The month an event starts in. */
export const eventMonth = (e: ScenarioEvent): number => (e.kind === 'growth' ? e.fromMonth : e.month);

/** One line about an event for the list: "25 hires over 6 months, spread over teams". */
export function describeEvent(e: ScenarioEvent, org: Org): string {
  const unit = (id: UnitId) => getOwn(org.units, id)?.name ?? `missing unit ${id}`;
  const target = (t: Target) => (t.kind === 'spread' ? 'spread over teams' : `to ${t.unitIds.map(unit).join(', ')}`);
  switch (e.kind) {
    case 'growth':
      return `${plural(e.perMonth, 'hire')}/month, months ${e.fromMonth}-${e.toMonth}, ${target(e.target)}`;
    case 'funding':
      return `${plural(fundingHires(e), 'hire')} over ${plural(e.rampMonths, 'month')}, ${target(e.target)}`;
    case 'acquisition':
      return `${e.source.kind === 'generated' ? plural(e.source.size, 'person', 'people') : 'an org'} join under ${unit(e.underUnitId)} (${e.mode === 'division' ? 'as a division' : 'integrated'})`;
    case 'downsizing':
      return `${Math.round(e.share * 100)}% cut (${e.rule.replace('-', ' ')}), ${target(e.target)}`;
    case 'departure':
      return `${getOwn(org.people, e.personId)?.name ?? `missing person ${e.personId}`} leaves`;
    case 'reorg':
      return `${unit(e.unitId)} moves under ${unit(e.newParentId)}`;
  }
}

const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
const shown = (n: number) => (Number.isNaN(n) ? '' : String(n));

export function EventDialog({ scenario, event, index, onCancel, onSave }: { scenario: Scenario; event: ScenarioEvent; index: number; onCancel: () => void; onSave: (e: ScenarioEvent) => void }) {
  const [draft, setDraft] = useState<ScenarioEvent>(event);
  const [problems, setProblems] = useState<string[]>([]);
  const { org } = scenario;
  const set = (patch: Record<string, unknown>) => setDraft((d) => ({ ...d, ...patch }) as ScenarioEvent);
  const field = (name: string): number => (draft as unknown as Record<string, number>)[name]!;
  const units = Object.values(org.units);
  const submit = () => {
    const numbers = Object.entries(draft).filter(([, v]) => typeof v === 'number' && Number.isNaN(v)).map(([k]) => `Enter a number for ${k}.`);
    // Months and head counts are whole numbers.
    const counts = { ...draft, ...(draft.kind === 'acquisition' && draft.source.kind === 'generated' ? { size: draft.source.size } : {}) } as Record<string, unknown>;
    for (const key of ['month', 'fromMonth', 'toMonth', 'runwayMonths', 'rampMonths', 'hires', 'size'])
      if (typeof counts[key] === 'number' && !Number.isNaN(counts[key]) && !Number.isInteger(counts[key])) numbers.push(`${key === 'hires' ? 'Hires' : key === 'size' ? 'The number of people' : 'Months'} must be a whole number.`);
    const events = [...scenario.events];
    events[index] = draft;
    const found = validateEvents({ ...scenario, events }).filter((p) => p.path.startsWith(`events[${index}]`));
    if (numbers.length + found.length > 0) return setProblems([...numbers, ...found.map((p) => p.message)]);
    onSave(draft);
  };
  const numberInput = (name: string, label: string, props: { min?: number; max?: number; step?: number; scale?: number } = {}) => (
    <label>
      {label}
      <input
        type="number"
        min={props.min}
        max={props.max}
        step={props.step}
        value={shown(Math.round(field(name) * (props.scale ?? 1) * 1000) / 1000)}
        onChange={(e) => set({ [name]: num(e.target.value) / (props.scale ?? 1) })}
      />
    </label>
  );
  const targetField = (t: Target) => (
    <label className="form-wide">
      Where
      <select value={t.kind === 'spread' ? '' : t.unitIds[0]} onChange={(e) => set({ target: e.target.value === '' ? { kind: 'spread' } : { kind: 'units', unitIds: [e.target.value] } })}>
        <option value="">Spread over all teams (by size)</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            Aimed at {u.name}
          </option>
        ))}
      </select>
    </label>
  );
  const unitSelect = (name: string, label: string) => (
    <label>
      {label}
      <select value={(draft as unknown as Record<string, string>)[name]} onChange={(e) => set({ [name]: e.target.value })}>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
  const months = { min: 1, max: scenario.simulation.months };
  const [orgFileName, setOrgFileName] = useState<string | null>(null);
  /** Take the org of another scenario file as the acquired org (its problems, if any, shown here). */
  const pickOrg = async () => {
    const opened = await api.openFile();
    if (!opened.ok) {
      const found = fileErrorProblems(opened.error);
      if (found) setProblems([`That file can't be used: ${found.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join(' ')}`]);
      return;
    }
    const parsed = parseScenarioFile(opened.value.text);
    if (!parsed.ok) return setProblems([`${opened.value.name} can't be used: ${parsed.error[0]?.path}: ${parsed.error[0]?.message}`]);
    setOrgFileName(opened.value.name);
    set({ source: { kind: 'org', org: parsed.value.org } });
  };
  return (
    <Modal title={EVENT_LABEL[draft.kind]} submitLabel="Save" onCancel={onCancel} onSubmit={submit} error={problems.length > 0 ? problems.join(' ') : null}>
      <div className="form-grid">
        {draft.kind === 'growth' && (
          <>
            {numberInput('fromMonth', 'From month', months)}
            {numberInput('toMonth', 'To month', months)}
            {numberInput('perMonth', 'Hires per month', { min: 0, step: 0.5 })}
          </>
        )}
        {draft.kind === 'funding' && (
          <>
            {numberInput('month', 'Month', months)}
            {numberInput('amount', 'Amount raised', { min: 0, step: 1_000_000 })}
            {numberInput('engineeringShare', 'Share spent on engineering (%)', { min: 0, max: 100, scale: 100 })}
            {numberInput('costPerEngineer', 'Loaded cost per engineer (a year)', { min: 1, step: 10_000 })}
            {numberInput('runwayMonths', 'Runway it must last (months)', { min: 1 })}
            {numberInput('rampMonths', 'Hiring ramp (months)', { min: 1 })}
            <label>
              Or give the hires directly
              <input type="number" min={0} placeholder="from the money" value={draft.hires ?? ''} onChange={(e) => set({ hires: e.target.value === '' ? undefined : num(e.target.value) })} />
            </label>
            <p className="funding-hires" data-testid="funding-hires">
              = <strong>{Number.isFinite(fundingHires(draft)) ? fundingHires(draft) : '?'}</strong> engineering hires over {shown(draft.rampMonths)} months
            </p>
          </>
        )}
        {draft.kind === 'acquisition' && (
          <>
            {numberInput('month', 'Month', months)}
            {unitSelect('underUnitId', 'Joins under')}
            <label>
              Kept as
              <select value={draft.mode} onChange={(e) => set({ mode: e.target.value })}>
                <option value="division">its own division</option>
                <option value="integrate">integrated (teams join directly)</option>
              </select>
            </label>
            <label>
              The acquired org
              <select
                aria-label="Acquired org source"
                value={draft.source.kind}
                onChange={(e) => {
                  if (e.target.value === 'generated') set({ source: { kind: 'generated', size: 20 } });
                  else void pickOrg();
                }}
              >
                <option value="generated">generated, of a given size</option>
                <option value="org">{draft.source.kind === 'org' ? `from a file: ${orgFileName ?? 'chosen org'}` : 'from a scenario file…'}</option>
              </select>
            </label>
            {draft.source.kind === 'generated' ? (
              <label>
                People in the acquired org
                <input type="number" min={1} value={shown(draft.source.size)} onChange={(e) => set({ source: { kind: 'generated', size: num(e.target.value) } })} />
              </label>
            ) : (
              <p className="funding-hires" data-testid="acquired-org">
                {plural(Object.keys(draft.source.org.people).length, 'person', 'people')} in {plural(Object.keys(draft.source.org.units).length, 'unit')}
              </p>
            )}
          </>
        )}
        {draft.kind === 'downsizing' && (
          <>
            {numberInput('month', 'Month', months)}
            {numberInput('share', 'Cut (% of people)', { min: 1, max: 99, scale: 100 })}
            <label>
              Who goes
              <select value={draft.rule} onChange={(e) => set({ rule: e.target.value })}>
                <option value="recent-hires">most recent hires</option>
                <option value="lowest-rating">lowest rating</option>
                <option value="random">random (with the seed)</option>
              </select>
            </label>
          </>
        )}
        {draft.kind === 'departure' && (
          <>
            {numberInput('month', 'Month', months)}
            <label>
              Who leaves
              <select value={draft.personId} onChange={(e) => set({ personId: e.target.value })}>
                {Object.values(org.people)
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} — {p.title}
                    </option>
                  ))}
              </select>
            </label>
          </>
        )}
        {draft.kind === 'reorg' && (
          <>
            {numberInput('month', 'Month', months)}
            {unitSelect('unitId', 'Move')}
            {unitSelect('newParentId', 'Under')}
          </>
        )}
      </div>
      {(draft.kind === 'growth' || draft.kind === 'funding' || draft.kind === 'downsizing') && targetField(draft.target)}
    </Modal>
  );
}
