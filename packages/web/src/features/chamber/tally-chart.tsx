import { Bar, BarChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { VOTE_ICON, VOTE_KINDS, VOTE_LABEL, type VoteKind } from './vote-style.ts';

/** The counts to draw, as the engine gave them. */
export interface TallyView {
  readonly counts: Readonly<Record<VoteKind, number>>;
  /** Affirmative votes required; `null` under consensus (no count is taken). */
  readonly threshold: number | null;
  readonly seats: number;
}

const FILL: Readonly<Record<VoteKind, string>> = {
  yes: 'var(--yes)',
  no: 'var(--no)',
  abstain: 'var(--abstain)',
  absent: 'var(--absent)',
  uncertain: 'var(--uncertain)',
};

/** The tally as a stacked bar against the threshold, with the numbers also written out in text. */
export function TallyChart({ tally }: { tally: TallyView }) {
  const row = { name: 'Votes', ...tally.counts };
  const summary = VOTE_KINDS.filter((k) => tally.counts[k] > 0)
    .map((k) => `${VOTE_ICON[k]} ${VOTE_LABEL[k].toLowerCase()} ${tally.counts[k]}`)
    .join(' · ');
  return (
    <div className="tally">
      <p className="tally-text" data-testid="tally">
        <strong>{tally.counts.yes}</strong> yes
        {tally.threshold === null
          ? ' (consensus: no vote is counted, any objection blocks)'
          : ` of ${tally.threshold} required`}
        <span className="tally-detail"> — {summary}</span>
      </p>
      <div className="tally-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={96}>
          <BarChart data={[row]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
            <XAxis type="number" domain={[0, tally.seats]} tickCount={tally.seats + 1} allowDecimals={false} />
            <YAxis type="category" dataKey="name" hide />
            <Tooltip cursor={false} />
            {VOTE_KINDS.map((k) => (
              <Bar key={k} dataKey={k} name={VOTE_LABEL[k]} stackId="votes" fill={FILL[k]} isAnimationActive={false} />
            ))}
            {tally.threshold === null ? null : (
              <ReferenceLine
                x={tally.threshold}
                stroke="var(--ink)"
                strokeWidth={2}
                strokeDasharray="4 2"
                label={{ value: `${tally.threshold} needed`, position: 'insideTopRight', fill: 'var(--ink)' }}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
