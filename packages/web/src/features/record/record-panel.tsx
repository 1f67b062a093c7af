import {
  type RecordDecision,
  RecordDecisionListSchema,
  type RecordStatsBody,
  RecordStatsSchema,
} from '@horseshoe/protocol';
import { memo, useEffect, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { fetchParsed } from '../../state/fetch-parsed.ts';

/** Series colours for the members that have cast vetoes (colour-blind safe palette, Okabe–Ito). */
const MEMBER_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

const OUTCOME_ICON: Readonly<Record<RecordDecision['outcome'], string>> = {
  adopted: '✓',
  vetoed: '✗',
  'not adopted': '✗',
  'presidential statement': '§',
};

/** The record's charts (vetoes, resolutions, unanimity) and the Libya timeline, from the server's database. */
export const RecordPanel = memo(RecordPanelView);

function RecordPanelView({ label }: { label: string }) {
  const [stats, setStats] = useState<RecordStatsBody | null>(null);
  const [libya, setLibya] = useState<readonly RecordDecision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([
      fetchParsed('/api/record/stats', RecordStatsSchema),
      fetchParsed('/api/record/libya', RecordDecisionListSchema),
    ])
      .then(([s, l]) => {
        setStats(s);
        setLibya(l);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <section className="panel record" aria-labelledby="record-title" data-testid="record-panel">
      <h2 id="record-title">The record</h2>
      <p className="muted">From the UN Dag Hammarskjöld Library's tables, imported into {label}.</p>
      {error ? <p role="alert">{error}</p> : null}
      {stats ? <RecordCharts stats={stats} /> : error ? null : <p>Loading the record…</p>}
      {libya ? <LibyaTimeline rows={libya} /> : null}
    </section>
  );
}

function RecordCharts({ stats }: { stats: RecordStatsBody }) {
  const members = Object.keys(stats.vetoesByMember);
  const totals = members.map((m) => `${m} ${stats.vetoesByMember[m]}`).join(', ');
  const unanimity = stats.unanimityPerYear.map((u) => ({ year: u.year, percent: Math.round(u.share * 1000) / 10 }));
  return (
    <div className="record-charts">
      <figure>
        <figcaption>
          <h3>Vetoes per member, by decade</h3>
          <p className="muted">Counted per vetoed draft and member. Totals: {totals}.</p>
        </figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={[...stats.vetoesByMemberByDecade]} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="decade" tickFormatter={(d: number) => `${d}s`} />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(d) => `${d}s`} />
            <Legend />
            {members.map((m, i) => (
              <Bar
                key={m}
                dataKey={m}
                stackId="vetoes"
                fill={MEMBER_COLOURS[i % MEMBER_COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>
          <h3>Resolutions adopted per year</h3>
        </figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={[...stats.resolutionsPerYear]} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="year" minTickGap={16} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="resolutions" name="Resolutions" fill="#1f4e9c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>
          <h3>Share of resolutions adopted unanimously, per year</h3>
        </figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={unanimity} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="2 4" />
            <XAxis dataKey="year" minTickGap={16} />
            <YAxis domain={[0, 100]} unit="%" />
            <Tooltip formatter={(v) => `${v}%`} />
            <Line dataKey="percent" name="Unanimous" stroke="#1b7a3a" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}

function LibyaTimeline({ rows }: { rows: readonly RecordDecision[] }) {
  return (
    <div className="libya-timeline">
      <h3>Libya in the record since 2011 ({rows.length} decisions)</h3>
      <ol className="timeline" data-testid="libya-timeline">
        {rows.map((r) => (
          <li key={r.id} className={`timeline-item outcome-${r.outcome.replace(' ', '-')}`}>
            <time dateTime={r.date}>{r.date}</time>
            <span className="timeline-outcome">
              <span aria-hidden="true">{OUTCOME_ICON[r.outcome]} </span>
              {r.outcome}
              {r.vote ? ` (${r.vote})` : ''}
              {r.vetoedBy ? `, vetoed by ${r.vetoedBy.replaceAll(';', ', ')}` : ''}
            </span>
            <strong>{r.symbol}</strong>
            <span className="muted">{r.topic}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
