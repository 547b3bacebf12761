/** The fields of each event kind, one typed form per kind: each gets its own kind of event and hands back a new one. */
import { useState } from 'react';
import { fundingHires, parseScenarioFile, personId, plural, unitId, type Org, type Target, type Unit, type UnitId } from '../../../shared';
import { api } from '../api/api';
import { fileErrorProblems } from '../fileErrors';
import type { EventKind, EventOf } from './eventText';

/** What every kind's form gets: its event, a way to change it (an update of the latest draft), the org and the run's length. */
export interface EventFormProps<K extends EventKind> {
  readonly event: EventOf<K>;
  readonly update: (change: (event: EventOf<K>) => EventOf<K>) => void;
  readonly org: Org;
  readonly months: number;
  /** Say something went wrong outside the fields (a file that can't be used). */
  readonly onProblem: (message: string) => void;
}

// A number box reads blank as NaN, so the check can say "Enter a number" rather than taking 0.
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
const shown = (n: number) => (Number.isNaN(n) ? '' : String(n));
/** The option a select handed back, typed: `oneOf(['a', 'b'], 'b')` → `'b'`; anything else → undefined. */
const oneOf = <T extends string>(options: readonly T[], value: string): T | undefined => options.find((o) => o === value);

/** A number field; `scale` shows a fraction as a percentage (100) while the event keeps the fraction. */
function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
  scale = 1,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  scale?: number;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={shown(Math.round(value * scale * 1000) / 1000)}
        onChange={(e) => onChange(num(e.target.value) / scale)}
      />
    </label>
  );
}

function MonthField({ label = 'Month', value, months, onChange }: { label?: string; value: number; months: number; onChange: (month: number) => void }) {
  return <NumberField label={label} value={value} onChange={onChange} min={1} max={months} />;
}

function UnitSelect({ label, units, value, onChange }: { label: string; units: readonly Unit[]; value: UnitId; onChange: (id: UnitId) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(unitId(e.target.value))}>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Where hires or cuts go: spread over all teams, or aimed at one unit. */
function TargetField({ target, units, onChange }: { target: Target; units: readonly Unit[]; onChange: (target: Target) => void }) {
  return (
    <label className="form-wide">
      Where
      <select
        value={target.kind === 'spread' ? '' : target.unitIds[0]}
        onChange={(e) => onChange(e.target.value === '' ? { kind: 'spread' } : { kind: 'units', unitIds: [unitId(e.target.value)] })}
      >
        <option value="">Spread over all teams (by size)</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            Aimed at {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function GrowthForm({ event, update, org, months }: EventFormProps<'growth'>) {
  return (
    <>
      <div className="form-grid">
        <MonthField label="From month" value={event.fromMonth} months={months} onChange={(fromMonth) => update((e) => ({ ...e, fromMonth }))} />
        <MonthField label="To month" value={event.toMonth} months={months} onChange={(toMonth) => update((e) => ({ ...e, toMonth }))} />
        <NumberField label="Hires per month" value={event.perMonth} min={0} step={0.5} onChange={(perMonth) => update((e) => ({ ...e, perMonth }))} />
      </div>
      <TargetField target={event.target} units={Object.values(org.units)} onChange={(target) => update((e) => ({ ...e, target }))} />
    </>
  );
}

export function FundingForm({ event, update, org, months }: EventFormProps<'funding'>) {
  const hires = fundingHires(event);
  const setHires = (text: string) => update(({ hires: _, ...e }) => (text === '' ? e : { ...e, hires: num(text) }));
  return (
    <>
      <div className="form-grid">
        <MonthField value={event.month} months={months} onChange={(month) => update((e) => ({ ...e, month }))} />
        <NumberField label="Amount raised" value={event.amount} min={0} step={1_000_000} onChange={(amount) => update((e) => ({ ...e, amount }))} />
        <NumberField
          label="Share spent on engineering (%)"
          value={event.engineeringShare}
          min={0}
          max={100}
          scale={100}
          onChange={(engineeringShare) => update((e) => ({ ...e, engineeringShare }))}
        />
        <NumberField
          label="Loaded cost per engineer (a year)"
          value={event.costPerEngineer}
          min={1}
          step={10_000}
          onChange={(costPerEngineer) => update((e) => ({ ...e, costPerEngineer }))}
        />
        <NumberField
          label="Runway it must last (months)"
          value={event.runwayMonths}
          min={1}
          onChange={(runwayMonths) => update((e) => ({ ...e, runwayMonths }))}
        />
        <NumberField label="Hiring ramp (months)" value={event.rampMonths} min={1} onChange={(rampMonths) => update((e) => ({ ...e, rampMonths }))} />
        <label>
          Or give the hires directly
          <input type="number" min={0} placeholder="from the money" value={event.hires ?? ''} onChange={(e) => setHires(e.target.value)} />
        </label>
        <p className="funding-hires" data-testid="funding-hires">
          = <strong>{Number.isFinite(hires) ? hires : '?'}</strong> engineering hires over {shown(event.rampMonths)} months
        </p>
      </div>
      <TargetField target={event.target} units={Object.values(org.units)} onChange={(target) => update((e) => ({ ...e, target }))} />
    </>
  );
}

export function AcquisitionForm({ event, update, org, months, onProblem }: EventFormProps<'acquisition'>) {
  const [orgFileName, setOrgFileName] = useState<string | null>(null);
  /** Take the org of another scenario file as the acquired org (its problems, if any, shown in the dialog). */
  const pickOrg = async () => {
    const opened = await api.openFile();
    if (!opened.ok) {
      const found = fileErrorProblems(opened.error);
      if (found)
        onProblem(
          `That file can't be used: ${found
            .slice(0, 3)
            .map((p) => `${p.path}: ${p.message}`)
            .join(' ')}`,
        );
      return;
    }
    const parsed = parseScenarioFile(opened.value.text);
    if (!parsed.ok) return onProblem(`${opened.value.name} can't be used: ${parsed.error[0]?.path}: ${parsed.error[0]?.message}`);
    setOrgFileName(opened.value.name);
    update((e) => ({ ...e, source: { kind: 'org', org: parsed.value.org } }));
  };
  const { source } = event;
  return (
    <div className="form-grid">
      <MonthField value={event.month} months={months} onChange={(month) => update((e) => ({ ...e, month }))} />
      <UnitSelect
        label="Joins under"
        units={Object.values(org.units)}
        value={event.underUnitId}
        onChange={(underUnitId) => update((e) => ({ ...e, underUnitId }))}
      />
      <label>
        Kept as
        <select value={event.mode} onChange={(e) => update((ev) => ({ ...ev, mode: oneOf(['division', 'integrate'], e.target.value) ?? ev.mode }))}>
          <option value="division">its own division</option>
          <option value="integrate">integrated (teams join directly)</option>
        </select>
      </label>
      <label>
        The acquired org
        <select
          aria-label="Acquired org source"
          value={source.kind}
          onChange={(e) => {
            if (e.target.value === 'generated') update((ev) => ({ ...ev, source: { kind: 'generated', size: 20 } }));
            else void pickOrg();
          }}
        >
          <option value="generated">generated, of a given size</option>
          <option value="org">{source.kind === 'org' ? `from a file: ${orgFileName ?? 'chosen org'}` : 'from a scenario file…'}</option>
        </select>
      </label>
      {source.kind === 'generated' ? (
        <label>
          People in the acquired org
          <input
            type="number"
            min={1}
            value={shown(source.size)}
            onChange={(e) => update((ev) => ({ ...ev, source: { kind: 'generated', size: num(e.target.value) } }))}
          />
        </label>
      ) : (
        <p className="funding-hires" data-testid="acquired-org">
          {plural(Object.keys(source.org.people).length, 'person', 'people')} in {plural(Object.keys(source.org.units).length, 'unit')}
        </p>
      )}
    </div>
  );
}

const DOWNSIZING_RULES = ['recent-hires', 'lowest-rating', 'random'] as const;

export function DownsizingForm({ event, update, org, months }: EventFormProps<'downsizing'>) {
  return (
    <>
      <div className="form-grid">
        <MonthField value={event.month} months={months} onChange={(month) => update((e) => ({ ...e, month }))} />
        <NumberField label="Cut (% of people)" value={event.share} min={1} max={99} scale={100} onChange={(share) => update((e) => ({ ...e, share }))} />
        <label>
          Who goes
          <select value={event.rule} onChange={(e) => update((ev) => ({ ...ev, rule: oneOf(DOWNSIZING_RULES, e.target.value) ?? ev.rule }))}>
            <option value="recent-hires">most recent hires</option>
            <option value="lowest-rating">lowest rating</option>
            <option value="random">random (with the seed)</option>
          </select>
        </label>
      </div>
      <TargetField target={event.target} units={Object.values(org.units)} onChange={(target) => update((e) => ({ ...e, target }))} />
    </>
  );
}

export function DepartureForm({ event, update, org, months }: EventFormProps<'departure'>) {
  const people = Object.values(org.people).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="form-grid">
      <MonthField value={event.month} months={months} onChange={(month) => update((e) => ({ ...e, month }))} />
      <label>
        Who leaves
        <select value={event.personId} onChange={(e) => update((ev) => ({ ...ev, personId: personId(e.target.value) }))}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} — {p.title}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function ReorgForm({ event, update, org, months }: EventFormProps<'reorg'>) {
  const units = Object.values(org.units);
  return (
    <div className="form-grid">
      <MonthField value={event.month} months={months} onChange={(month) => update((e) => ({ ...e, month }))} />
      <UnitSelect label="Move" units={units} value={event.unitId} onChange={(id) => update((e) => ({ ...e, unitId: id }))} />
      <UnitSelect label="Under" units={units} value={event.newParentId} onChange={(newParentId) => update((e) => ({ ...e, newParentId }))} />
    </div>
  );
}
