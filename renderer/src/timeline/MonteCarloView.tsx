/** Monte Carlo results: for each unit, the odds a MoM node emerges in its line, when, and whether filled inside; fan charts over time. */
import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FanBand, MonteCarloResult } from '../../../shared';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

function Fan({
  title,
  data,
  pick,
  percent,
  band,
  testId,
}: {
  title: string;
  data: MonteCarloResult['fan'];
  pick: (p: MonteCarloResult['fan'][number]) => FanBand | null;
  percent?: boolean;
  band?: [number, number];
  testId: string;
}) {
  const k = percent ? 100 : 1;
  const rows = data.map((p) => {
    const b = pick(p);
    return b ? { month: p.month, range: [b.p10 * k, b.p90 * k], p50: b.p50 * k } : { month: p.month, range: null, p50: null };
  });
  return (
    <figure className="mini-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={118}>
        <ComposedChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -22 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {band && <ReferenceArea y1={band[0]} y2={band[1]} fill="#dcf5e3" fillOpacity={0.7} />}
          <XAxis dataKey="month" tick={{ fontSize: 10 }} />
          <YAxis tick={{ fontSize: 10 }} domain={percent ? [0, 100] : ['auto', 'auto']} allowDecimals={false} />
          <Tooltip
            labelFormatter={(l) => `Month ${l}`}
            formatter={(v) => (Array.isArray(v) ? `${Math.round(v[0])}–${Math.round(v[1])} (p10–p90)` : typeof v === 'number' ? Math.round(v) : v)}
          />
          <Area dataKey="range" name="p10–p90" stroke="none" fill="#9bb0ee" fillOpacity={0.45} isAnimationActive={false} connectNulls />
          <Line dataKey="p50" name="median" stroke="#3d63dd" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function MonteCarloView({ result, stale }: { result: MonteCarloResult; stale: boolean }) {
  const units = useMemo(() => [...result.units].sort((a, b) => b.probability - a.probability || a.name.localeCompare(b.name)), [result]);
  return (
    <div className="monte-carlo" data-testid="monte-carlo">
      <div className="monte-carlo__table">
        <h3>
          Monte Carlo, {result.runs} runs × {result.months} months {stale && <span className="timeline__stale">(before the latest changes)</span>}
        </h3>
        <table>
          <thead>
            <tr>
              <th>Unit</th>
              <th title="Share of runs in which a manager-of-managers node emerges in this unit's line">MoM node</th>
              <th title="Median month it emerges">Month</th>
              <th title="Of those nodes, the share filled from inside">Inside</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unitId} data-testid="odds-row">
                <td>{u.name}</td>
                <td>
                  <span className="odds-bar" aria-hidden>
                    <span style={{ width: `${u.probability * 100}%` }} />
                  </span>
                  {pct(u.probability)}
                </td>
                <td>{u.medianMonth ?? '–'}</td>
                <td>{pct(u.internalFill)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="timeline__charts">
        <Fan testId="fan-headcount" title="Headcount (p10–p90, median)" data={result.fan} pick={(p) => p.headcount} />
        <Fan testId="fan-moms" title="Managers of managers" data={result.fan} pick={(p) => p.moms} />
        <Fan testId="fan-vacancies" title="Open roles" data={result.fan} pick={(p) => p.vacancies} />
        <Fan testId="fan-fill" title="MoM roles filled inside (band 45-70%)" data={result.fan} pick={(p) => p.internalFillRate} percent band={[45, 70]} />
      </div>
    </div>
  );
}
