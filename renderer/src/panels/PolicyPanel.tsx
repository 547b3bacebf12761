/** Every threshold of the policy, editable, with the forecast updating as you type. Each change is one undo step. */
import { useState } from 'react';
import { DEFAULT_POLICY, type Policy } from '../../../shared';
import { selectPolicy } from '../store/selectors';
import { useStore } from '../store/store';

type NumberKey = { [K in keyof Policy]: Policy[K] extends number ? K : never }[keyof Policy];

interface Field {
  /** The input's id (`policy-<id>`), unique in the panel. */
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Shown and edited as a percentage. */
  readonly percent?: boolean;
  /** A count: whole numbers only. */
  readonly integer?: boolean;
  readonly get: (policy: Policy) => number;
  readonly set: (policy: Policy, value: number) => Partial<Policy>;
}

/** A top-level numeric policy setting. */
const top = (key: NumberKey) => ({ id: key, get: (p: Policy) => p[key], set: (_: Policy, v: number): Partial<Policy> => ({ [key]: v }) });

const FIELDS: readonly Field[] = [
  { ...top('splitAbove'), integer: true, label: 'Team splits above (ICs)', hint: 'Larson: grow to 8-10, then split', min: 2, max: 50, step: 1 },
  { ...top('minTeamSize'), integer: true, label: 'Smallest viable team (ICs)', hint: 'under 4 the EM is a tech-lead manager', min: 1, max: 20, step: 1 },
  { ...top('momSpanMax'), integer: true, label: 'MoM span: split above (managers)', hint: 'Larson: managers of managers lead 4-6', min: 2, max: 20, step: 1 },
  { ...top('layerLimit'), integer: true, label: 'Layers worth flagging (more than)', hint: 'health checks flag chains of 8+', min: 1, max: 20, step: 1 },
  {
    ...top('internalPreference'),
    label: 'Internal preference',
    hint: 'chance an opening looks inside first (drawn once per opening); default 60%, calibrated',
    min: 0,
    max: 100,
    step: 5,
    percent: true,
  },
  { ...top('annualAttrition'), label: 'Yearly attrition', hint: 'a common tech figure is 13%', min: 0, max: 100, step: 1, percent: true },
  { ...top('acquiredAttritionMultiplier'), label: 'Acquired staff attrition (×, first year)', hint: 'default ×2', min: 0, max: 10, step: 0.5 },
  {
    ...top('promotionRevertChance'),
    label: '90-day plan doesn’t work out',
    hint: 'the promoted person returns to their old role',
    min: 0,
    max: 100,
    step: 1,
    percent: true,
  },
  { ...top('monthsPerLaunch'), label: 'An EM ships something notable every (months)', hint: 'on average', min: 1, max: 60, step: 1 },
  { ...top('readyNowYearsAsEm'), label: 'Years as EM for “ready now”', hint: 'the sweet spot is 2-5', min: 0, max: 20, step: 0.5 },
  { ...top('readySoonYearsAsEm'), label: 'Years as EM for “6-12 months”', hint: '', min: 0, max: 20, step: 0.5 },
  { ...top('seniorIcLevel'), integer: true, label: 'Senior IC level (EM candidates)', hint: 'levels 1-9', min: 1, max: 9, step: 1 },
];

const risk = (level: 'low' | 'medium' | 'high'): Pick<Field, 'id' | 'get' | 'set'> => ({
  id: `flightRiskMultiplier-${level}`,
  get: (p) => p.flightRiskMultiplier[level],
  set: (p, v) => ({ flightRiskMultiplier: { ...p.flightRiskMultiplier, [level]: v } }),
});

/**
 * DOMAIN.md "People grow, leave and are replaced": rates and priors nobody can know exactly. Each hint shows the
 * default; the ranges sit inside what a scenario file accepts.
 */
const ASSUMPTIONS: readonly Field[] = [
  {
    id: 'timeToFillMonths-ic',
    get: (p) => p.timeToFillMonths.ic,
    set: (p, v) => ({ timeToFillMonths: { ...p.timeToFillMonths, ic: v } }),
    label: 'An IC’s backfill joins after (months)',
    hint: `external time to fill for an IC; default ${DEFAULT_POLICY.timeToFillMonths.ic}`,
    min: 0,
    max: 60,
    step: 1,
  },
  {
    ...top('monthsPerSignal'),
    label: 'An EM’s unmet signal becomes met about once in (months)',
    hint: `for EMs with a year or more as EM; default ${DEFAULT_POLICY.monthsPerSignal}`,
    min: 1,
    max: 240,
    step: 1,
  },
  {
    ...top('monthsToStartMentoring'),
    label: 'A senior IC starts mentoring about once in (months)',
    hint: `default ${DEFAULT_POLICY.monthsToStartMentoring}`,
    min: 1,
    max: 240,
    step: 1,
  },
  {
    ...top('monthsPerIcLevel'),
    label: 'An IC moves up a level about every (months)',
    hint: `default ${DEFAULT_POLICY.monthsPerIcLevel} (about 3 years)`,
    min: 1,
    max: 240,
    step: 1,
  },
  {
    ...top('icLevelCap'),
    integer: true,
    label: 'Highest level an IC reaches by growing',
    hint: `levels 1-9; default ${DEFAULT_POLICY.icLevelCap}`,
    min: 1,
    max: 9,
    step: 1,
  },
  {
    ...top('priorSignalMet'),
    percent: true,
    label: 'An unknown signal is met, in a run',
    hint: `drawn once per run and for new hires; default ${DEFAULT_POLICY.priorSignalMet * 100}%`,
    min: 0,
    max: 100,
    step: 5,
  },
  {
    ...top('priorWantsMom'),
    percent: true,
    label: 'A manager whose aspiration is unknown wants a MoM role',
    hint: `and a new EM hire; default ${DEFAULT_POLICY.priorWantsMom * 100}%`,
    min: 0,
    max: 100,
    step: 5,
  },
  {
    ...top('priorWantsManager'),
    percent: true,
    label: 'An IC whose aspiration is unknown wants to manage',
    hint: `and a new IC hire; default ${DEFAULT_POLICY.priorWantsManager * 100}%`,
    min: 0,
    max: 100,
    step: 5,
  },
  { ...risk('low'), label: 'Attrition × for low flight risk', hint: `default ×${DEFAULT_POLICY.flightRiskMultiplier.low}`, min: 0, max: 10, step: 0.5 },
  {
    ...risk('medium'),
    label: 'Attrition × for medium flight risk',
    hint: `default ×${DEFAULT_POLICY.flightRiskMultiplier.medium}`,
    min: 0,
    max: 10,
    step: 0.5,
  },
  { ...risk('high'), label: 'Attrition × for high flight risk', hint: `default ×${DEFAULT_POLICY.flightRiskMultiplier.high}`, min: 0, max: 10, step: 0.5 },
  {
    ...top('revertCoolOffMonths'),
    integer: true,
    label: 'After a promotion is reverted, not offered again for (months)',
    hint: `default ${DEFAULT_POLICY.revertCoolOffMonths}`,
    min: 0,
    max: 120,
    step: 1,
  },
];

function NumberField({ field, value, onChange }: { field: Field; value: number; onChange: (v: number) => void }) {
  const shown = field.percent ? Math.round(value * 1000) / 10 : value;
  // While typing, the field shows what was typed (even if invalid); otherwise the policy's value (after undo, open).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = `policy-${field.id}`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {field.label}
        {field.percent ? ' (%)' : ''}
      </label>
      <input
        id={id}
        type="number"
        min={field.min}
        max={field.max}
        step={field.step}
        value={draft ?? String(shown)}
        aria-invalid={error !== null}
        onBlur={() => {
          setDraft(null);
          setError(null);
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() === '' || !Number.isFinite(n) || n < field.min || n > field.max || (field.integer && !Number.isInteger(n))) {
            setError(`Enter a ${field.integer ? 'whole ' : ''}number from ${field.min} to ${field.max}.`);
            return;
          }
          setError(null);
          onChange(field.percent ? n / 100 : n);
        }}
      />
      <span className={error ? 'field__error' : 'field__hint'}>{error ?? field.hint}</span>
    </div>
  );
}

export function PolicyPanel() {
  const policy = useStore(selectPolicy);
  // Each call is one undo step; the patch is computed from the policy at the time of the change.
  const update = (patch: Partial<Policy> | ((policy: Policy) => Partial<Policy>)) => {
    const s = useStore.getState();
    const current = s.scenario.policy;
    s.setScenario({ ...s.scenario, policy: { ...current, ...(typeof patch === 'function' ? patch(current) : patch) } });
  };
  return (
    <div className="policy" data-testid="policy-panel">
      <h2>Policy</h2>
      <p className="side-panel__sub">The rules the forecast follows. Changes apply at once and can be undone.</p>
      {FIELDS.map((f) => (
        <NumberField key={f.id} field={f} value={f.get(policy)} onChange={(v) => update((p) => f.set(p, v))} />
      ))}
      <fieldset className="field">
        <legend>Time to fill externally (months)</legend>
        <div className="field__row">
          {(['em', 'mom', 'vp'] as const).map((k) => (
            <label key={k}>
              {k.toUpperCase()}{' '}
              <input
                type="number"
                min={0}
                max={60}
                value={policy.timeToFillMonths[k]}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isFinite(n) && n >= 0 && n <= 60) update((p) => ({ timeToFillMonths: { ...p.timeToFillMonths, [k]: n } }));
                }}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field field--check">
        <input type="checkbox" checked={policy.clearCareerTracks} onChange={(e) => update({ clearCareerTracks: e.target.checked })} /> Clear career tracks for
        managers
      </label>
      <section className="policy__assumptions" data-testid="policy-assumptions" aria-labelledby="policy-assumptions-title">
        <h3 id="policy-assumptions-title">Assumptions: people grow, leave and are replaced</h3>
        <p className="side-panel__sub">
          Assumptions, not facts: the simulation uses them to grow people, replace leavers and fill in what nobody has assessed. Each shows its default.
        </p>
        <label className="field field--check">
          <input type="checkbox" checked={policy.backfillLeavers} onChange={(e) => update({ backfillLeavers: e.target.checked })} /> Backfill leavers
          <span className="field__hint">(default {DEFAULT_POLICY.backfillLeavers ? 'on' : 'off'})</span>
        </label>
        {ASSUMPTIONS.map((f) => (
          <NumberField key={f.id} field={f} value={f.get(policy)} onChange={(v) => update((p) => f.set(p, v))} />
        ))}
      </section>
      <button type="button" className="button" onClick={() => update(DEFAULT_POLICY)}>
        Reset to defaults
      </button>
    </div>
  );
}
