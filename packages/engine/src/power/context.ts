import { assertNever } from '../errors.ts';
import type { MemberId } from '../ids.ts';
import type { DecisionRule } from '../rules/instrument.ts';
import { decideTally } from '../rules/outcome.ts';
import type { PredictedVote } from '../scenario/position.ts';
import { adoptionProbability, blockingMembers, distributionOf } from '../scenario/probability.ts';
import { vetoBodyGame } from './council-games.ts';
import type { PowerGame } from './games.ts';

/** One member's power on one decision: in context (given the predicted votes) and a priori. */
export interface MemberPivot {
  readonly member: MemberId;
  /** Probability that the member's vote alone decides: yes adopts and no fails, the others as predicted. */
  readonly pivotal: number;
  /** The same probability when every other member votes yes or no with probability 1/2 each (Penrose). */
  readonly aPriori: number;
}

/** Power in context on a decision: each member's pivot probability and the probability of adoption. */
export interface DecisionPivots {
  readonly adoption: number;
  readonly members: readonly MemberPivot[];
}

/**
 * The probability that each member is pivotal on a decision, beside its a-priori pivot probability.
 *
 * Definition: the others vote independently, each by its predicted vote or distribution over yes, no,
 * abstain and absent. A member is pivotal when the outcome with its vote yes differs from the outcome with
 * its vote no (the rule is monotone, so that means: yes adopts and no fails). Under the substantive rule a
 * permanent member's no is a veto while its abstention is not, so a permanent member is pivotal both when
 * its yes is the ninth vote and when its no would be the only veto. The a-priori value puts every other
 * member at yes or no with probability 1/2, which is the Penrose (absolute Banzhaf) index of the rule.
 * Each member costs one O(n²) pass over (yes count, some blocking no), so the whole table is O(n³); the
 * rule is applied through decideTally, never re-implemented.
 * @example pivotProbabilities(predictDecisionVotes(decision), decision.body.members, decisionRule(decision))
 */
export function pivotProbabilities(
  votes: ReadonlyMap<MemberId, PredictedVote>,
  members: readonly MemberId[],
  rule: DecisionRule,
): DecisionPivots {
  const coin = new Map<MemberId, PredictedVote>(
    members.map((m) => [
      m,
      {
        vote: { yes: 0.5, no: 0.5, abstain: 0, absent: 0 },
        reason: { type: 'distribution', distribution: { yes: 0.5, no: 0.5, abstain: 0, absent: 0 } },
      },
    ]),
  );
  return {
    adoption: adoptionProbability(votes, members, rule),
    members: members.map((member) => ({
      member,
      pivotal: pivotProbability(votes, members, rule, member),
      aPriori: pivotProbability(coin, members, rule, member),
    })),
  };
}

function pivotProbability(
  votes: ReadonlyMap<MemberId, PredictedVote>,
  members: readonly MemberId[],
  rule: DecisionRule,
  member: MemberId,
): number {
  const blockers = new Set(blockingMembers(rule, members));
  const others = members.filter((m) => m !== member);
  // state[y] = [probability of y yes votes among the others and no blocking no, … and some blocking no].
  let state: [number, number][] = [[1, 0]];
  for (const other of others) {
    const d = distributionOf(votes.get(other));
    const pBlock = blockers.has(other) ? d.no : 0;
    const pOther = 1 - d.yes - pBlock;
    const next: [number, number][] = Array.from({ length: state.length + 1 }, () => [0, 0]);
    state.forEach(([clear, blocked], y) => {
      const up = next[y + 1] as [number, number];
      const here = next[y] as [number, number];
      up[0] += clear * d.yes;
      up[1] += blocked * d.yes;
      here[0] += clear * pOther;
      here[1] += blocked * pOther + (clear + blocked) * pBlock;
    });
    state = next;
  }
  const otherBlocker = others.find((m) => blockers.has(m));
  const n = members.length;
  const adopted = (yes: number, blockingNo: readonly MemberId[]) =>
    decideTally(
      { yes, no: blockingNo.length, abstain: n - yes - blockingNo.length, absent: 0, notParticipating: 0 },
      blockingNo,
      rule,
    ).adopted;
  let p = 0;
  state.forEach(([clear, blocked], y) => {
    for (const [mass, someoneBlocks] of [
      [clear, false],
      [blocked, true],
    ] as const) {
      if (mass === 0 || (someoneBlocks && otherBlocker === undefined)) continue;
      const base = someoneBlocks && otherBlocker ? [otherBlocker] : [];
      const withYes = adopted(y + 1, base);
      const withNo = adopted(y, blockers.has(member) ? [...base, member] : base);
      if (withYes !== withNo) p += mass;
    }
  });
  return Math.min(1, Math.max(0, p));
}

/**
 * The a-priori simple game of a decision rule: the substantive rule is `threshold` votes including every
 * veto holder, the procedural rule `threshold` votes, consensus every member.
 * @example ruleGame({ type: 'procedural', threshold: 9 }, members).rule // count ≥ 9
 */
export function ruleGame(rule: DecisionRule, members: readonly MemberId[]): PowerGame {
  switch (rule.type) {
    case 'substantive':
      return vetoBodyGame({
        members: members.map((m) => ({ name: m, veto: rule.vetoHolders.includes(m) })),
        quota: rule.threshold,
      });
    case 'procedural':
      return vetoBodyGame({ members: members.map((m) => ({ name: m, veto: false })), quota: rule.threshold });
    case 'consensus':
      return vetoBodyGame({ members: members.map((m) => ({ name: m, veto: true })), quota: members.length });
    default:
      return assertNever(rule);
  }
}
