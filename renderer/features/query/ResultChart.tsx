/**
 * A chart of grouped results (recharts): one point per group, its key on the x axis and
 * each numeric output as a series, drawn as lines, bars or areas. Time buckets sort by time.
 */
import { useState } from 'react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartData } from './chart-data';

const COLORS = ['var(--accent)', '#e07a1f', '#1f8a4c', '#c8362d', '#7a4cc8'];
type Kind = 'line' | 'bar' | 'area';

export function ResultChart(props: { rows: readonly Record<string, unknown>[] }) {
  const data = chartData(props.rows);
  const [kind, setKind] = useState<Kind>('line');
  if (!data) return <p className="muted">A chart needs grouped rows: an _id and at least one number per row ($group).</p>;
  const common = { data: data.points, margin: { top: 8, right: 16, bottom: 8, left: 8 } };
  const axes = [
    <CartesianGrid key="g" strokeDasharray="3 3" stroke="var(--border)" />,
    <XAxis key="x" dataKey="x" tick={{ fontSize: 11, fill: 'var(--text-2)' }} minTickGap={24} />,
    <YAxis key="y" tick={{ fontSize: 11, fill: 'var(--text-2)' }} width={48} />,
    <Tooltip key="t" contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />,
    <Legend key="l" />,
  ];
  return (
    <figure className="ag-chart" aria-label={`${kind} chart of ${data.series.join(', ')} by ${data.timeAxis ? 'time' : 'group'}`}>
      <div className="qb-seg" role="radiogroup" aria-label="Chart type">
        {(['line', 'bar', 'area'] as const).map((k) => (
          <button key={k} type="button" role="radio" aria-checked={kind === k} className={`qb-seg-btn ${kind === k ? 'on' : ''}`} onClick={() => setKind(k)}>
            {k}
          </button>
        ))}
      </div>
      <ResponsiveContainer width="100%" height={300}>
        {kind === 'line' ? (
          <LineChart {...common}>
            {axes}
            {data.series.map((s, i) => (
              <Line key={s} type="monotone" dataKey={s} stroke={COLORS[i % COLORS.length]} dot={data.points.length <= 60} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : kind === 'bar' ? (
          <BarChart {...common}>
            {axes}
            {data.series.map((s, i) => (
              <Bar key={s} dataKey={s} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        ) : (
          <AreaChart {...common}>
            {axes}
            {data.series.map((s, i) => (
              <Area key={s} type="monotone" dataKey={s} stroke={COLORS[i % COLORS.length]} fill={COLORS[i % COLORS.length]} fillOpacity={0.2} isAnimationActive={false} />
            ))}
          </AreaChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
}
