/** Org health as charts: span of control, units per layer, manager:IC ratio and bench strength, for the org or a subtree. */
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { getOwn, benchStrengthWithin, orgHealth, type UnitId } from '../../../shared';
import { selectForecastFor, selectOrg, selectPolicy, selectSelectedUnitId, treeIndexOf } from '../store/selectors';
import { useStore, type Store } from '../store/store';

/** Today's forecast once it is in; for a large org it comes from the worker, and the bench reads "…" until then. */
const selectTodaysForecast = (s: Store) => {
  const f = selectForecastFor(s, s.scenario.org);
  return f.ready ? f.forecast : null;
};

const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

export function HealthPanel() {
  const org = useStore(selectOrg);
  const policy = useStore(selectPolicy);
  const selected = useStore(selectSelectedUnitId);
  const forecast = useStore(selectTodaysForecast);
  const [scope, setScope] = useState<'org' | 'subtree'>('org');
  const rootId: UnitId | undefined = scope === 'subtree' && selected !== null && getOwn(org.units, selected) ? selected : undefined;

  const health = useMemo(() => orgHealth(org, rootId, treeIndexOf(org)), [org, rootId]);
  const bench = useMemo(() => (forecast ? benchStrengthWithin(forecast, new Set(health.unitIds)) : undefined), [forecast, health]);
  const layers = useMemo(() => health.layers.map(({ layer, units }) => ({ layer: `L${layer}`, units })), [health]);
  const { metrics, spans } = health;
  return (
    <div className="health" data-testid="health-panel">
      <h2>Org health</h2>
      <div className="segmented" role="radiogroup" aria-label="Scope">
        <button type="button" role="radio" aria-checked={scope === 'org'} className={scope === 'org' ? 'on' : ''} onClick={() => setScope('org')}>
          Whole org
        </button>
        <button
          type="button"
          role="radio"
          aria-checked={scope === 'subtree'}
          className={scope === 'subtree' ? 'on' : ''}
          disabled={selected === null || !getOwn(org.units, selected)}
          onClick={() => setScope('subtree')}
          title={selected === null ? 'Select a unit on the chart first' : undefined}
        >
          {selected !== null && getOwn(org.units, selected) ? getOwn(org.units, selected)!.name : 'Selected unit'}
        </button>
      </div>
      <div className="health__numbers">
        <div className="stat" data-testid="health-bench">
          <span className="stat__value" title={bench === undefined ? 'Forecasting…' : undefined}>
            {bench === undefined ? '…' : pct(bench)}
          </span>
          <span className="stat__label">bench strength</span>
          <div className="meter" aria-hidden>
            <div className="meter__fill" style={{ width: `${Math.round((bench ?? 0) * 100)}%` }} />
          </div>
        </div>
        <div className="stat">
          <span className="stat__value">{metrics.ics === 0 ? '–' : `1 : ${(metrics.ics / Math.max(1, metrics.managers)).toFixed(1)}`}</span>
          <span className="stat__label">manager : IC</span>
        </div>
        <div className="stat">
          <span className="stat__value">{metrics.layers}</span>
          <span className="stat__label">layers (flag above {policy.layerLimit})</span>
        </div>
      </div>
      <h3>Span of control</h3>
      <p className="side-panel__sub">
        Direct reports per lead: ICs plus managers. Shaded: EM teams of {policy.teamSizeTarget[0]}-{policy.teamSizeTarget[1]}.
      </p>
      <div className="chart" data-testid="span-chart">
        <ResponsiveContainer width="100%" height={190}>
          <BarChart data={spans} margin={{ top: 8, right: 8, bottom: 4, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <ReferenceArea x1={policy.teamSizeTarget[0]} x2={policy.teamSizeTarget[1]} fill="#dcf5e3" fillOpacity={0.6} />
            <XAxis dataKey="span" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="em" name="EMs (teams)" stackId="a" fill="#5b7fe0" isAnimationActive={false} />
            <Bar dataKey="mom" name="Leads of groups" stackId="a" fill="#9b7ede" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <h3>Units per layer</h3>
      <div className="chart" data-testid="layers-chart">
        <ResponsiveContainer width="100%" height={150}>
          <BarChart data={layers} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: -12 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="layer" tick={{ fontSize: 11 }} width={40} />
            <Tooltip />
            <Bar dataKey="units" name="Units" fill="#5b6b8c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
