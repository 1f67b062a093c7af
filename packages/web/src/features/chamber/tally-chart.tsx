import { TallyBar, type TallyView } from './tally-bar.tsx';
import { VOTE_ICON, VOTE_KINDS, VOTE_LABEL } from './vote-style.ts';

/** The tally as a stacked bar against the threshold, with the numbers also written out in text. */
export function TallyChart({ tally }: { tally: TallyView }) {
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
        <TallyBar tally={tally} />
      </div>
    </div>
  );
}
