import { assertNever } from '../errors.ts';
import type { MemberId } from '../ids.ts';
import type { DecisionRule } from '../rules/instrument.ts';
import { decideTally } from '../rules/outcome.ts';
import type { PredictedVote, VoteDistribution } from '../scenario/position.ts';
import { adoptionProbability, blockingMembers, distributionOf } from '../scenario/probability.ts';
import { vetoBodyGame } from './council-games.ts';
import type { PowerGame } from './games.ts';
import { leaveOneOut, leaveOneOutWork, type OthersDistribution, type VoteFactor } from './leave-one-out.ts';
import type { StopCheck } from './methods/stop.ts';

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
  /** Every member in body order; when `stopped`, only the first members, those finished before the stop. */
  readonly members: readonly MemberPivot[];
  /** True when `stop` (a time limit) ended the count before every member was finished. */
  readonly stopped: boolean;
}

/** Options for {@link pivotProbabilities}. */
export interface PivotOptions {
  /** Checked inside the long loops; when it returns true, the members finished so far are returned. */
  readonly stop?: StopCheck;
}

/**
 * The work {@link pivotProbabilities} does on a body of n members, in member-by-state steps (about
 * 2 n² log₂ n): a work estimate a caller can show or check against a limit before it starts.
 */
export function pivotProbabilitiesWork(memberCount: number): number {
  return leaveOneOutWork(memberCount, 2) + 2 * memberCount * memberCount;
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
 * The others' votes matter only through (yes count, some blocking no); their exact distribution for every
 * member at once comes from {@link leaveOneOut} in O(n² log n) (2.2 · 10⁷ steps for 1,000 members).
 * The rule is applied through decideTally, never re-implemented.
 * @example pivotProbabilities(predictDecisionVotes(decision), decision.body.members, decisionRule(decision))
 */
export function pivotProbabilities(
  votes: ReadonlyMap<MemberId, PredictedVote>,
  members: readonly MemberId[],
  rule: DecisionRule,
  options: PivotOptions = {},
): DecisionPivots {
  const blockers = new Set(blockingMembers(rule, members));
  const factor = (m: MemberId, d: VoteDistribution): VoteFactor => ({
    yes: d.yes,
    block: blockers.has(m) ? d.no : 0,
  });
  const predicted = members.map((m) => factor(m, distributionOf(votes.get(m))));
  const coin = members.map((m) => factor(m, { yes: 0.5, no: 0.5, abstain: 0, absent: 0 }));
  const pivotal = pivotTables(members, rule, blockers);
  const out: MemberPivot[] = [];
  const visited = leaveOneOut(
    [predicted, coin],
    (i, [context, apriori]) => {
      const table = pivotal(i);
      out.push({
        member: members[i] as MemberId,
        pivotal: table(context as OthersDistribution),
        aPriori: table(apriori as OthersDistribution),
      });
    },
    options.stop,
  );
  return { adoption: adoptionProbability(votes, members, rule), members: out, stopped: visited < members.length };
}

/**
 * For member i, the function that sums the others' distribution over the states where i is pivotal. The
 * states (yes count, some other blocking no) are judged by decideTally once per kind of member (blocking
 * or not, with or without another blocker), so the rule is asked O(n) times in all.
 */
function pivotTables(
  members: readonly MemberId[],
  rule: DecisionRule,
  blockers: ReadonlySet<MemberId>,
): (i: number) => (others: OthersDistribution) => number {
  const n = members.length;
  const adopted = (yes: number, blockingNo: readonly MemberId[]) =>
    decideTally(
      { yes, no: blockingNo.length, abstain: n - yes - blockingNo.length, absent: 0, notParticipating: 0 },
      blockingNo,
      rule,
    ).adopted;
  const kinds = new Map<string, (others: OthersDistribution) => number>();
  return (i) => {
    const member = members[i] as MemberId;
    const isBlocker = blockers.has(member);
    const otherBlocker = [...blockers].find((m) => m !== member);
    const key = `${isBlocker}:${otherBlocker !== undefined}`;
    const known = kinds.get(key);
    if (known) return known;
    const pivotWhen = (base: readonly MemberId[]) =>
      Array.from({ length: n }, (_, y) => adopted(y + 1, base) !== adopted(y, isBlocker ? [...base, member] : base));
    const whenClear = pivotWhen([]);
    const whenBlocked = otherBlocker === undefined ? null : pivotWhen([otherBlocker]);
    const sum = ({ clear, blocked }: OthersDistribution) => {
      let p = 0;
      for (let y = 0; y < n; y++) {
        if (whenClear[y]) p += clear[y] as number;
        if (whenBlocked?.[y]) p += blocked[y] as number;
      }
      return Math.min(1, Math.max(0, p));
    };
    kinds.set(key, sum);
    return sum;
  };
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
