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
  // clear[y]: probability of y yes votes so far and no blocking no; blocked[y]: y yes votes and some.
  let clear = new Float64Array(n + 1);
  let blocked = new Float64Array(n + 1);
  let nextClear = new Float64Array(n + 1);
  let nextBlocked = new Float64Array(n + 1);
  clear[0] = 1;
  members.forEach((member, i) => {
    const d = distributionOf(votes.get(member));
    const pNoBlocks = blockers.has(member) ? d.no : 0;
    const pOther = 1 - d.yes - pNoBlocks;
    nextClear.fill(0);
    nextBlocked.fill(0);
    for (let y = 0; y <= i; y++) {
      const c = clear[y] as number;
      const b = blocked[y] as number;
      if (c === 0 && b === 0) continue;
      nextClear[y + 1] = (nextClear[y + 1] as number) + c * d.yes;
      nextBlocked[y + 1] = (nextBlocked[y + 1] as number) + b * d.yes;
      nextClear[y] = (nextClear[y] as number) + c * pOther;
      nextBlocked[y] = (nextBlocked[y] as number) + b * pOther + (c + b) * pNoBlocks;
    }
    [clear, nextClear] = [nextClear, clear];
    [blocked, nextBlocked] = [nextBlocked, blocked];
  });
  const someBlocker = [...blockers][0];
  let p = 0;
  for (let yes = 0; yes <= n; yes++) {
    const c = clear[yes] as number;
    const b = blocked[yes] as number;
    if (c > 0 && adoptedIn(rule, yes, n - yes, [])) p += c;
    if (b > 0 && someBlocker !== undefined && adoptedIn(rule, yes, n - yes, [someBlocker])) p += b;
  }
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

// decideTally words an explanation each time; the verdict for a (rule, yes count, blocking no) state
// never changes, so it is remembered per rule object (the fallback search asks 2^k times per rule).
const verdicts = new WeakMap<DecisionRule, Map<string, boolean>>();

function adoptedIn(rule: DecisionRule, yes: number, rest: number, blockingNo: readonly MemberId[]): boolean {
  let memo = verdicts.get(rule);
  if (!memo) {
    memo = new Map();
    verdicts.set(rule, memo);
  }
  const key = `${yes}:${rest}:${blockingNo.length}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const no = blockingNo.length;
  const tally = { yes, no, abstain: rest - no, absent: 0, notParticipating: 0 };
  const adopted = decideTally(tally, blockingNo, rule).adopted;
  memo.set(key, adopted);
  return adopted;
}

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}
