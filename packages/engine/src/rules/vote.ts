import type { MemberId } from '../ids.ts';

/**
 * A member's vote on one proposal (council-rules.md 2.2). Only `yes` counts toward the threshold;
 * only a permanent member's `no` can block a substantive decision.
 */
export type VoteValue = 'yes' | 'no' | 'abstain' | 'absent' | 'not-participating' | 'obligatory-abstention';

/** Every vote value, in display order. */
export const VOTE_VALUES: readonly VoteValue[] = [
  'yes',
  'no',
  'abstain',
  'absent',
  'not-participating',
  'obligatory-abstention',
];

/** The votes of a meeting: one value per member; a member of the body left out counts as absent. */
export type Votes = ReadonlyMap<MemberId, VoteValue>;

/** The counts announced after a vote. `notParticipating` includes obligatory abstentions. */
export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
  readonly notParticipating: number;
}

/** True when `text` is one of the {@link VoteValue}s. */
export function isVoteValue(text: string): text is VoteValue {
  return (VOTE_VALUES as readonly string[]).includes(text);
}

/**
 * Counts a set of votes over the members of a body (members without a vote count as absent).
 * @example tallyVotes(new Map([[fra, 'yes']]), [fra, gbr]) // { yes: 1, absent: 1, ... }
 */
export function tallyVotes(votes: Votes, members: readonly MemberId[]): Tally {
  const t = { yes: 0, no: 0, abstain: 0, absent: 0, notParticipating: 0 };
  for (const m of members) {
    const v = votes.get(m) ?? 'absent';
    if (v === 'yes') t.yes++;
    else if (v === 'no') t.no++;
    else if (v === 'abstain') t.abstain++;
    else if (v === 'absent') t.absent++;
    else t.notParticipating++;
  }
  return t;
}
