/** Every threshold of the policy, editable, with the forecast updating as you type. Each change is one undo step. */
import { useState } from 'react';
import { DEFAULT_POLICY, type Policy } from '../../../shared';
import { selectPolicy } from '../store/selectors';
import { useStore } from '../store/store';

type NumberKey = { [K in keyof Policy]: Policy[K] extends number ? K : never }[keyof Policy];

interface Field {
  readonly key: NumberKey;
  readonly label: string;
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Shown and edited as a percentage. */
  readonly percent?: boolean;
  /** A count: whole numbers only. */
  readonly integer?: boolean;
}

const FIELDS: readonly Field[] = [
  { key: 'splitAbove', integer: true, label: 'Team splits above (ICs)', hint: 'Larson: grow to 8-10, then split', min: 2, max: 50, step: 1 },
  { key: 'minTeamSize', integer: true, label: 'Smallest viable team (ICs)', hint: 'under 4 the EM is a tech-lead manager', min: 1, max: 20, step: 1 },
  { key: 'momSpanMax', integer: true, label: 'MoM span: split above (managers)', hint: 'Larson: managers of managers lead 4-6', min: 2, max: 20, step: 1 },
  { key: 'momSpanTarget', integer: true, label: 'MoM span: target when splitting', hint: 'size of each new group', min: 2, max: 20, step: 1 },
  { key: 'layerLimit', integer: true, label: 'Layers worth flagging (more than)', hint: 'health checks flag chains of 8+', min: 1, max: 20, step: 1 },
  { key: 'internalPreference', label: 'Internal preference', hint: 'chance a ready candidate is promoted in a month', min: 0, max: 100, step: 5, percent: true },
  { key: 'annualAttrition', label: 'Yearly attrition', hint: 'a common tech figure is 13%', min: 0, max: 100, step: 1, percent: true },
  { key: 'acquiredAttritionMultiplier', label: 'Acquired staff attrition (×, first year)', hint: 'default ×2', min: 0, max: 10, step: 0.5 },
  { key: 'promotionRevertChance', label: '90-day plan doesn’t work out', hint: 'the promoted person returns to their old role', min: 0, max: 100, step: 1, percent: true },
  { key: 'monthsPerLaunch', label: 'An EM ships something notable every (months)', hint: 'on average', min: 1, max: 60, step: 1 },
  { key: 'readyNowYearsAsEm', label: 'Years as EM for “ready now”', hint: 'the sweet spot is 2-5', min: 0, max: 20, step: 0.5 },
  { key: 'readySoonYearsAsEm', label: 'Years as EM for “6-12 months”', hint: '', min: 0, max: 20, step: 0.5 },
  { key: 'seniorIcLevel', integer: true, label: 'Senior IC level (EM candidates)', hint: 'levels 1-9', min: 1, max: 9, step: 1 },
];

function NumberField({ field, value, onChange }: { field: Field; value: number; onChange: (v: number) => void }) {
  const shown = field.percent ? Math.round(value * 1000) / 10 : value;
  // While typing, the field shows what was typed (even if invalid); otherwise the policy's value (after undo, open).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = `policy-${field.key}`;
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
  const update = (patch: Partial<Policy>) => {
    const s = useStore.getState();
    s.setScenario({ ...s.scenario, policy: { ...s.scenario.policy, ...patch } });
  };
  return (
    <div className="policy" data-testid="policy-panel">
      <h2>Policy</h2>
      <p className="side-panel__sub">The rules the forecast follows. Changes apply at once and can be undone.</p>
      {FIELDS.map((f) => (
        <NumberField key={f.key} field={f} value={policy[f.key]} onChange={(v) => update({ [f.key]: v })} />
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
                  if (Number.isFinite(n) && n >= 0 && n <= 60) update({ timeToFillMonths: { ...policy.timeToFillMonths, [k]: n } });
                }}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field field--check">
        <input type="checkbox" checked={policy.clearCareerTracks} onChange={(e) => update({ clearCareerTracks: e.target.checked })} /> Clear career tracks for managers
      </label>
      <button type="button" className="button" onClick={() => update(DEFAULT_POLICY)}>
        Reset to defaults
      </button>
    </div>
  );
}
