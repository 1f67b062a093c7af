import type { ClauseId, MemberId } from '../ids.ts';
import { DEFAULT_POSITION, type Position, type PredictedVote, predictVote } from './position.ts';
import type { Decision } from './types.ts';

/** The text as tabled, as a set of clause ids. */
export function tabledText(decision: Decision): ReadonlySet<ClauseId> {
  return new Set(decision.tabled);
}

/** A member's effective position on a decision; a member with none has the default position. */
export function positionOf(decision: Decision, member: MemberId): Position {
  return decision.positions.get(member) ?? DEFAULT_POSITION;
}

/**
 * Predicts how every member of the decision's body votes on a text (default: the text as tabled),
 * in the body's display order.
 * @example predictDecisionVotes(decision).get(memberId('RUS'))?.vote // 'no'
 */
export function predictDecisionVotes(
  decision: Decision,
  text: ReadonlySet<ClauseId> = tabledText(decision),
): ReadonlyMap<MemberId, PredictedVote> {
  const votes = new Map<MemberId, PredictedVote>();
  for (const member of decision.body.members) votes.set(member, predictVote(positionOf(decision, member), text));
  return votes;
}
