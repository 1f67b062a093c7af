import { memo } from 'react';
import { VOTE_KINDS, VOTE_LABEL, type VoteKind } from './vote-style.ts';
import './tally-bar.css';

/** The counts to draw, as the engine gave them. */
export interface TallyView {
  readonly counts: Readonly<Record<VoteKind, number>>;
  /** Affirmative votes required; `null` under consensus (no count is taken). */
  readonly threshold: number | null;
  readonly seats: number;
}

const share = (n: number, seats: number) => `${(100 * n) / Math.max(1, seats)}%`;

/**
 * The tally as a stacked bar against the threshold, one segment per kind of vote and a line at the
 * votes required (hidden from screen readers: the text above it says the same). Plain elements, not a
 * chart library: it is redrawn on every what-if, on the path from a click to the next paint.
 */
export const TallyBar = memo(
  function TallyBar({ tally }: { tally: TallyView }) {
    return (
      <div className="tally-bar" data-testid="tally-bar">
        <div className="tally-track">
          {VOTE_KINDS.filter((k) => tally.counts[k] > 0).map((k) => (
            <span
              key={k}
              className={`tally-segment ${k}`}
              style={{ width: share(tally.counts[k], tally.seats) }}
              title={`${VOTE_LABEL[k]}: ${tally.counts[k]}`}
              data-vote={k}
            >
              {tally.counts[k]}
            </span>
          ))}
          {tally.threshold === null ? null : (
            <span className="tally-threshold" style={{ left: share(tally.threshold, tally.seats) }}>
              <span className="tally-threshold-label">{tally.threshold} needed</span>
            </span>
          )}
        </div>
        <div className="tally-scale">
          <span>0</span>
          <span>{tally.seats}</span>
        </div>
      </div>
    );
  },
  (a, b) =>
    a.tally.seats === b.tally.seats &&
    a.tally.threshold === b.tally.threshold &&
    VOTE_KINDS.every((k) => a.tally.counts[k] === b.tally.counts[k]),
);
