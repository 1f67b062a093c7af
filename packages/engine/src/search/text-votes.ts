import type { ClauseId, MemberId } from '../ids.ts';
import { ruleFor } from '../rules/instrument.ts';
import { decideVotes, type Outcome } from '../rules/outcome.ts';
import type { VoteValue } from '../rules/vote.ts';
import { type CastVote, type PredictedVote, predictVote, type VoteDistribution } from '../scenario/position.ts';
import type { Decision } from '../scenario/types.ts';
import { positionOf, worstVote } from './model.ts';

/** One member's vote on a text, as predicted and as counted by the search. */
export interface MemberVote {
  readonly member: MemberId;
  readonly predicted: PredictedVote;
  /** The vote the search counts: the predicted vote, or a distribution's least favourable vote. */
  readonly counted: CastVote;
}

/** A text with every member's vote and the outcome under the decision's rule. */
export interface TextVotes {
  readonly votes: readonly MemberVote[];
  readonly outcome: Outcome;
}

/** The least favourable vote a predicted vote allows (the vote itself when it is not a distribution). */
export function countedVote(vote: CastVote | VoteDistribution): CastVote {
  return typeof vote === 'string' ? vote : worstVote(vote);
}

/**
 * Predicts every member's vote on a text and decides it with the Council's rule (`predictVote` and
 * `decideVotes`): the authority every text the search returns is checked against.
 * @example votesOnText(decision, new Set(decision.tabled)).outcome.adopted
 */
export function votesOnText(decision: Decision, text: ReadonlySet<ClauseId>): TextVotes {
  const votes = decision.body.members.map((member) => {
    const predicted = predictVote(positionOf(decision, member), text);
    return { member, predicted, counted: countedVote(predicted.vote) };
  });
  return { votes, outcome: decideWith(decision, votes) };
}

/** Decides a decision from the counted votes, overriding some members' votes when asked. */
export function decideWith(
  decision: Decision,
  votes: readonly MemberVote[],
  override?: { readonly member: MemberId; readonly vote: VoteValue },
): Outcome {
  const map = new Map<MemberId, VoteValue>(votes.map((v) => [v.member, v.counted]));
  if (override) map.set(override.member, override.vote);
  const rule = ruleFor(decision.instrument, {
    threshold: decision.body.threshold,
    vetoHolders: decision.body.permanent,
  });
  return decideVotes(map, decision.body.members, rule, { nameOf: (m) => decision.body.names[m] ?? m });
}
