/** The run's consequences over time: headcount, structure, open roles, internal fill rate against the 45-70% band, bench strength. */
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthMetrics } from '../../../shared';

function Chart({
  title,
  data,
  lines,
  month,
  percent,
  band,
  testId,
}: {
  title: string;
  data: readonly MonthMetrics[];
  lines: [keyof MonthMetrics, string, string][];
  month: number;
  percent?: boolean;
  band?: [number, number];
  testId: string;
}) {
  const rows = data.map((m) => ({
    ...m,
    internalFillRate: m.internalFillRate === null ? null : m.internalFillRate * 100,
    benchStrength: m.benchStrength === null ? null : m.benchStrength * 100,
  }));
  return (
    <figure className="mini-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {lines.length > 1 && (
        // With two lines or more, say which colour is which.
        <ul className="mini-chart__legend" aria-label={`${title}: legend`}>
          {lines.map(([key, name, color]) => (
            <li key={key}>
              <span className="mini-chart__swatch" style={{ background: color }} aria-hidden />
              {name}
            </li>
          ))}
        </ul>
      )}
      <ResponsiveContainer width="100%" height={118}>
        <LineChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -22 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {band && <ReferenceArea y1={band[0]} y2={band[1]} fill="#dcf5e3" fillOpacity={0.7} />}
          <XAxis dataKey="month" tick={{ fontSize: 10 }} />
          <YAxis tick={{ fontSize: 10 }} domain={percent ? [0, 100] : ['auto', 'auto']} allowDecimals={false} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? (percent ? `${Math.round(v)}%` : v) : v)} labelFormatter={(l) => `Month ${l}`} />
          <ReferenceLine x={month} stroke="#3d63dd" strokeDasharray="4 2" />
          {lines.map(([key, name, color]) => (
            <Line key={key} type="monotone" dataKey={key} name={name} stroke={color} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function TimelineCharts({ metrics, month }: { metrics: readonly MonthMetrics[]; month: number }) {
  return (
    <div className="timeline__charts">
      <Chart testId="chart-headcount" title="Headcount" data={metrics} month={month} lines={[['headcount', 'Headcount', '#3d63dd']]} />
      <Chart
        testId="chart-structure"
        title="Teams · managers of managers"
        data={metrics}
        month={month}
        lines={[
          ['teams', 'Teams', '#5b6b8c'],
          ['moms', 'Managers of managers', '#9b7ede'],
        ]}
      />
      <Chart testId="chart-vacancies" title="Open roles" data={metrics} month={month} lines={[['vacancies', 'Open roles', '#d9363e']]} />
      <Chart
        testId="chart-fill"
        title="MoM roles filled inside (band 45-70%)"
        data={metrics}
        month={month}
        percent
        band={[45, 70]}
        lines={[['internalFillRate', 'Internal fill', '#2f9e5a']]}
      />
      <Chart testId="chart-bench" title="Bench strength" data={metrics} month={month} percent lines={[['benchStrength', 'Bench strength', '#b07410']]} />
    </div>
  );
}
