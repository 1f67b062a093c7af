import type { MemberId } from '../ids.ts';
import type { DecisionEvaluation } from './evaluate.ts';
import type { CastVote } from './position.ts';
import { modalVote } from './probability.ts';
import type { RecordedResult } from './types.ts';

/** A member whose predicted vote differs from the recorded one. */
export interface VoteMismatch {
  readonly member: MemberId;
  readonly recorded: CastVote;
  /** The predicted vote (the most likely one, for a distribution). */
  readonly predicted: CastVote;
}

/** How a prediction compares with the recorded result of the real decision. */
export interface RecordComparison {
  readonly recorded: RecordedResult;
  readonly outcomeMatches: boolean;
  /** `null` when the record gives no count. */
  readonly tallyMatches: boolean | null;
  readonly mismatches: readonly VoteMismatch[];
  /** Outcome, count and every vote the record names agree with the prediction. */
  readonly matches: boolean;
}

/**
 * Compares an evaluation with the recorded result of its decision, or `null` when it has none.
 * @example compareWithRecord(evaluateDecision(s2022155))?.matches // true
 */
export function compareWithRecord(e: DecisionEvaluation): RecordComparison | null {
  const recorded = e.decision.recorded;
  if (!recorded) return null;
  const outcomeMatches = e.outcome.reason === recorded.outcome;
  const t = e.outcome.tally;
  const tallyMatches = recorded.tally
    ? recorded.tally.yes === t.yes && recorded.tally.no === t.no && recorded.tally.abstain === t.abstain
    : null;
  const mismatches: VoteMismatch[] = [];
  for (const [member, vote] of recorded.votes) {
    const mine = e.votes.find((v) => v.member === member);
    const predicted = mine ? modalVote(mine.vote) : 'absent';
    if (predicted !== vote) mismatches.push({ member, recorded: vote, predicted });
  }
  return {
    recorded,
    outcomeMatches,
    tallyMatches,
    mismatches,
    matches: outcomeMatches && tallyMatches !== false && mismatches.length === 0,
  };
}
