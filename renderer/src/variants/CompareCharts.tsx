/** The timeline charts of the compared variants overlaid: one colour per variant, one legend for all, the compared month marked. */
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthMetrics, VariantComparison } from '../../../shared';
import { colourOf, overlaidRows, seriesKey } from './compareModel';

const CHARTS: readonly { metric: keyof MonthMetrics; title: string; share?: boolean; band?: [number, number] }[] = [
  { metric: 'headcount', title: 'Headcount' },
  { metric: 'moms', title: 'Managers of managers' },
  { metric: 'teams', title: 'Teams' },
  { metric: 'vacancies', title: 'Open roles' },
  { metric: 'internalFillRate', title: 'MoM roles filled inside (band 45-70%)', share: true, band: [45, 70] },
  { metric: 'benchStrength', title: 'Bench strength', share: true },
];

export function CompareCharts({ comparison }: { comparison: VariantComparison }) {
  return (
    <div className="compare-charts">
      <ul className="compare-legend" aria-label="Variants: legend">
        {comparison.variants.map((v, i) => (
          <li key={v.name}>
            <span className="compare-legend__line" style={{ background: colourOf(i) }} aria-hidden />
            {v.name}
          </li>
        ))}
        <li className="compare-legend__month">
          <span className="compare-legend__dash" aria-hidden />
          month {comparison.month}
        </li>
      </ul>
      <div className="compare-charts__grid">
        {CHARTS.map(({ metric, title, share, band }) => (
          <figure key={metric} className="mini-chart" data-testid={`compare-chart-${metric}`}>
            <figcaption>{title}</figcaption>
            <ResponsiveContainer width="100%" height={130}>
              <LineChart data={overlaidRows(comparison, metric, share)} margin={{ top: 4, right: 8, bottom: 0, left: -22 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                {band && <ReferenceArea y1={band[0]} y2={band[1]} fill="#dcf5e3" fillOpacity={0.7} />}
                <XAxis dataKey="month" tick={{ fontSize: 10 }} />
                <YAxis tick={{ fontSize: 10 }} domain={share ? [0, 100] : ['auto', 'auto']} allowDecimals={false} />
                <Tooltip formatter={(v) => (typeof v === 'number' ? (share ? `${Math.round(v)}%` : v) : v)} labelFormatter={(l) => `Month ${l}`} />
                <ReferenceLine x={comparison.month} stroke="#1c2330" strokeDasharray="4 2" />
                {comparison.variants.map((v, i) => (
                  <Line
                    key={v.name}
                    type="monotone"
                    dataKey={seriesKey(i)}
                    name={v.name}
                    stroke={colourOf(i)}
                    dot={false}
                    strokeWidth={2}
                    isAnimationActive={false}
                    connectNulls
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </figure>
        ))}
      </div>
    </div>
  );
}
