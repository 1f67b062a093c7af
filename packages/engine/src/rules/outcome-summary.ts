import type { MemberId } from '../ids.ts';
import type { Outcome, OutcomeReason } from './outcome.ts';
import type { VoteValue } from './vote.ts';

/**
 * An outcome as `horseshoe outcome --json` prints it and as a session's `vote-closed` event carries it:
 * one shape for both, built by {@link outcomeSummary}.
 */
export interface OutcomeSummary {
  readonly date: string | null;
  readonly procedural: boolean;
  readonly adopted: boolean;
  readonly reason: OutcomeReason;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
  readonly notParticipating: number;
  /** Affirmative votes required; `null` for a consensus text. */
  readonly threshold: number | null;
  /** Members of the body. */
  readonly seats: number;
  readonly vetoes: readonly MemberId[];
  readonly permanentNo: readonly MemberId[];
  /** The President's wording. */
  readonly explanation: string;
  /** Every member's vote (one that did not vote is `absent`), when the votes are known member by member. */
  readonly votes?: Readonly<Record<string, VoteValue>>;
}

/**
 * The summary of an outcome, for `horseshoe outcome --json` and the session's `vote-closed` event.
 * `votes` (optional) lists every member of the body, in the order given.
 * @example outcomeSummary(outcome, { date: '2019-04-18', seats: 15, votes: [['RUS', 'no'], ...] })
 */
export function outcomeSummary(
  outcome: Outcome,
  context: {
    readonly date: string | null;
    readonly seats: number;
    readonly votes?: readonly (readonly [MemberId, VoteValue])[];
  },
): OutcomeSummary {
  return {
    date: context.date,
    procedural: outcome.rule === 'procedural',
    adopted: outcome.adopted,
    reason: outcome.reason,
    yes: outcome.tally.yes,
    no: outcome.tally.no,
    abstain: outcome.tally.abstain,
    absent: outcome.tally.absent,
    notParticipating: outcome.tally.notParticipating,
    threshold: outcome.threshold,
    seats: context.seats,
    vetoes: outcome.vetoes,
    permanentNo: outcome.permanentNo,
    explanation: outcome.explanation,
    ...(context.votes ? { votes: Object.fromEntries(context.votes) } : {}),
  };
}
