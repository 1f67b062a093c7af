import type { ClauseId, MemberId } from '../ids.ts';
import { type DecisionRule, ruleFor } from '../rules/instrument.ts';
import { decideVotes, type Outcome } from '../rules/outcome.ts';
import type { VoteValue } from '../rules/vote.ts';
import type { CastVote, PredictedVote, VoteDistribution, VoteReason } from './position.ts';
import { predictDecisionVotes, tabledText } from './predict.ts';
import { adoptionProbability, modalVote } from './probability.ts';
import type { Body, Decision, Scenario } from './types.ts';

/** One member's predicted vote on a decision, with its reason. */
export interface MemberVote {
  readonly member: MemberId;
  readonly name: string;
  readonly permanent: boolean;
  /** True when the member has no position on this decision, so it votes yes by default. */
  readonly byDefault: boolean;
  /** A fixed vote, or a distribution when the member's position gives one. */
  readonly vote: CastVote | VoteDistribution;
  readonly reason: VoteReason;
}

/** The evaluation of one decision on one text. */
export interface DecisionEvaluation {
  readonly decision: Decision;
  /** The clauses of the evaluated text, in the decision's clause order. */
  readonly text: readonly ClauseId[];
  /** Every member of the body, in display order. */
  readonly votes: readonly MemberVote[];
  /** True when every vote is fixed, so {@link outcome} is certain. */
  readonly certain: boolean;
  /**
   * The outcome under the rule of the decision's instrument. With distributions it is the outcome when
   * every member casts its most likely vote; {@link probability} is then the exact chance of adoption.
   */
  readonly outcome: Outcome;
  /** Exact probability that the text is adopted (or agreed): 0 or 1 when {@link certain}. */
  readonly probability: number;
  /** Adopted for certain, or, with distributions, more likely adopted than not (probability > 0.5). */
  readonly passed: boolean;
}

/** The decision rule of a decision in its body. */
export function decisionRule(decision: Decision): DecisionRule {
  return ruleOf(decision.instrument, decision.body);
}

/** The rule of an instrument in a body (used to ask how the same text fares as another instrument). */
export function ruleOf(instrument: Decision['instrument'], body: Body): DecisionRule {
  return ruleFor(instrument, { threshold: body.threshold, vetoHolders: body.permanent });
}

/**
 * Evaluates a decision on a text (default: the text as tabled): each member's vote and reason, the
 * outcome under the instrument's rule (via `decideVotes`) and the exact probability of adoption.
 * @example evaluateDecision(scenario.decisions[0]).outcome.reason // 'veto'
 */
export function evaluateDecision(
  decision: Decision,
  text: ReadonlySet<ClauseId> = tabledText(decision),
): DecisionEvaluation {
  return evaluateAs(decision, decision.instrument, text);
}

/** Like {@link evaluateDecision}, but under another instrument (same body, positions and text). */
export function evaluateAs(
  decision: Decision,
  instrument: Decision['instrument'],
  text: ReadonlySet<ClauseId> = tabledText(decision),
): DecisionEvaluation {
  const predicted = predictDecisionVotes(decision, text);
  const rule = ruleOf(instrument, decision.body);
  const { members, names } = decision.body;
  const votes: MemberVote[] = members.map((member) => {
    const p = predicted.get(member);
    if (!p) throw new Error(`no predicted vote for member ${member} in decision ${decision.id}`);
    return memberVoteOf(decision, member, p);
  });
  const certain = votes.every((v) => typeof v.vote === 'string');
  const modal = new Map<MemberId, VoteValue>(votes.map((v) => [v.member, modalVote(v.vote)]));
  const outcome = decideVotes(modal, members, rule, { nameOf: (m) => names[m] ?? m });
  const probability = adoptionProbability(predicted, members, rule);
  return {
    decision: instrument === decision.instrument ? decision : { ...decision, instrument },
    text: decision.clauses.map((c) => c.id).filter((id) => text.has(id)),
    votes,
    certain,
    outcome,
    probability,
    passed: certain ? outcome.adopted : probability > 0.5,
  };
}

/**
 * Evaluates every decision of a scenario on its tabled text, in order.
 * @example evaluateScenario(scenario).map((e) => e.outcome.reason)
 */
export function evaluateScenario(scenario: Scenario): DecisionEvaluation[] {
  return scenario.decisions.map((d) => evaluateDecision(d));
}

/** A member's predicted vote on a decision, with the member's name and seat. */
export function memberVoteOf(decision: Decision, member: MemberId, predicted: PredictedVote): MemberVote {
  const { names, permanent } = decision.body;
  return {
    member,
    name: names[member] ?? member,
    permanent: permanent.includes(member),
    byDefault: !decision.positions.has(member),
    vote: predicted.vote,
    reason: predicted.reason,
  };
}
