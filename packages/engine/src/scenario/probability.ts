import { assertNever } from '../errors.ts';
import type { MemberId } from '../ids.ts';
import type { DecisionRule } from '../rules/instrument.ts';
import { decideTally } from '../rules/outcome.ts';
import { CAST_VOTES, type CastVote, type PredictedVote, type VoteDistribution } from './position.ts';

/**
 * The exact probability that a decision is adopted when each member votes independently.
 *
 * Model: a member's vote is fixed (probability 1) or a distribution over yes/no/abstain/absent. Under
 * every {@link DecisionRule} the outcome depends only on how many members vote yes and on whether one
 * of the members whose no blocks (veto holders under the substantive rule, every member under
 * consensus, nobody under the procedural rule) votes no. A dynamic programme over the members on the
 * state (yes count, some blocking no) gives the exact distribution of that state in O(n²); the rule
 * itself is applied to each final state through {@link decideTally}, never re-implemented here.
 * @example adoptionProbability(votes, members, { type: 'consensus', instrument: 'press-elements' })
 */
export function adoptionProbability(
  votes: ReadonlyMap<MemberId, PredictedVote>,
  members: readonly MemberId[],
  rule: DecisionRule,
): number {
  const blockers = new Set(blockingMembers(rule, members));
  const n = members.length;
  // state[y][b]: probability of y yes votes so far and b (0/1) "some blocking no so far".
  let state: number[][] = [[1, 0]];
  for (const member of members) {
    const d = distributionOf(votes.get(member));
    const pNoBlocks = blockers.has(member) ? d.no : 0;
    const pOther = 1 - d.yes - pNoBlocks;
    const next: number[][] = Array.from({ length: state.length + 1 }, () => [0, 0]);
    state.forEach(([clear = 0, blocked = 0], y) => {
      const here = next[y] as number[];
      const up = next[y + 1] as number[];
      up[0] = (up[0] ?? 0) + clear * d.yes;
      up[1] = (up[1] ?? 0) + blocked * d.yes;
      here[0] = (here[0] ?? 0) + clear * pOther;
      here[1] = (here[1] ?? 0) + blocked * pOther + (clear + blocked) * pNoBlocks;
    });
    state = next;
  }
  const someBlocker = [...blockers][0];
  let p = 0;
  state.forEach(([clear = 0, blocked = 0], yes) => {
    const rest = n - yes;
    if (clear > 0 && adoptedIn(rule, yes, rest, [])) p += clear;
    if (blocked > 0 && someBlocker !== undefined && adoptedIn(rule, yes, rest, [someBlocker])) p += blocked;
  });
  return clamp01(p);
}

/** The members whose `no` alone blocks a decision under this rule. */
export function blockingMembers(rule: DecisionRule, members: readonly MemberId[]): MemberId[] {
  switch (rule.type) {
    case 'substantive':
      return members.filter((m) => rule.vetoHolders.includes(m));
    case 'procedural':
      return [];
    case 'consensus':
      return [...members];
    default:
      return assertNever(rule);
  }
}

/** A predicted vote as a distribution (a fixed vote has probability 1). */
export function distributionOf(predicted: PredictedVote | undefined): VoteDistribution {
  const vote = predicted?.vote ?? 'absent';
  if (typeof vote !== 'string') return vote;
  return { yes: 0, no: 0, abstain: 0, absent: 0, [vote]: 1 };
}

/** The most likely vote of a distribution (ties go to the earlier of yes, no, abstain, absent). */
export function modalVote(vote: CastVote | VoteDistribution): CastVote {
  if (typeof vote === 'string') return vote;
  let best: CastVote = 'yes';
  for (const v of CAST_VOTES) if (vote[v] > vote[best]) best = v;
  return best;
}

function adoptedIn(rule: DecisionRule, yes: number, rest: number, blockingNo: readonly MemberId[]): boolean {
  const no = blockingNo.length;
  const tally = { yes, no, abstain: rest - no, absent: 0, notParticipating: 0 };
  return decideTally(tally, blockingNo, rule).adopted;
}

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}
