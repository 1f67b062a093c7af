import { Bar, BarChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { VOTE_KINDS, VOTE_LABEL, type VoteKind } from './vote-style.ts';

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

/** The tally as a stacked bar against the threshold (hidden from screen readers: the text says the same). */
export default function TallyBar({ tally }: { tally: TallyView }) {
  const row = { name: 'Votes', ...tally.counts };
  return (
    <ResponsiveContainer width="100%" height={96}>
      <BarChart
        data={[row]}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
      >
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
  );
}
