import {
  type Decision,
  decisionRule,
  formatDistribution,
  type PredictedVote,
  predictDecisionVotes,
} from '@horseshoe/engine';
import {
  computePower,
  pivotProbabilities,
  pivotProbabilitiesWork,
  type Rational,
  rationalToNumber,
  ruleGame,
} from '@horseshoe/engine/power';
import { UsageError } from '../cli-error.ts';
import { findDecision, loadScenarioFile } from '../input-file.ts';
import { formatTable, printResult } from '../output.ts';

/** The flags `horseshoe power --scenario FILE --decision ID` reads (the rest must be absent). */
export interface ContextFlags {
  readonly scenario?: string;
  readonly decision?: string;
  readonly json?: boolean;
  /** Seconds (`--time-limit`): past them the members finished are printed and the command exits 2. */
  readonly timeLimit: number;
  /** Flags that choose another game; any of them set is a usage error here. */
  readonly otherGame: readonly (string | undefined)[];
}

/**
 * Power in context: each member's probability of being pivotal on a scenario decision, given the
 * predicted votes, beside its a-priori power (engine power/context.ts). Part of `horseshoe power`.
 */
export function runInContext(flags: ContextFlags): void {
  if (flags.scenario === undefined) throw new UsageError('--decision: only with --scenario');
  if (flags.decision === undefined) throw new UsageError('--scenario: needs --decision ID');
  if (flags.otherGame.some((x) => x !== undefined))
    throw new UsageError('--scenario: cannot be combined with another game');
  const decision = loadDecision(flags.scenario, flags.decision);
  // Like every power count, the limit starts once the input is read (reading is linear in the file).
  const deadline = Date.now() + flags.timeLimit * 1000;
  const stop = () => Date.now() > deadline;
  const votes = predictDecisionVotes(decision);
  const rule = decisionRule(decision);
  const members = decision.body.members;
  const pivots = pivotProbabilities(votes, members, rule, { stop });
  const apriori = pivots.stopped ? null : computePower(ruleGame(rule, members), { indices: ['shapleyShubik'], stop });
  if (apriori && !apriori.ok && !apriori.errors.some((e) => e.code === 'power/stopped'))
    throw new Error(apriori.errors.map((e) => e.message).join('; '));
  const ss = apriori?.ok ? apriori.value.indices.shapleyShubik : null;
  const aprioriStopped = apriori !== null && (apriori.ok ? apriori.value.stopped : true);
  const ssOf = (i: number) => (ss?.available ? rationalToNumber(ss.values[i] as Rational) : null);
  const voteWords = (v: PredictedVote | undefined) =>
    v === undefined ? 'absent' : typeof v.vote === 'string' ? v.vote : formatDistribution(v.vote);
  const rows = pivots.members.map((m, i) => ({
    member: m.member,
    predicted: voteWords(votes.get(m.member)),
    pivotal: m.pivotal,
    aPrioriPenrose: m.aPriori,
    aPrioriShapleyShubik: ssOf(i),
  }));
  const json = {
    scenario: flags.scenario,
    decision: decision.id,
    instrument: decision.instrument,
    rule: rule.type,
    adoption: pivots.adoption,
    work: { steps: pivotProbabilitiesWork(members.length), timeLimit: flags.timeLimit },
    complete: !pivots.stopped && !aprioriStopped,
    definition:
      'pivotal: probability that the member voting yes adopts and voting no fails, the others voting independently as predicted; aPrioriPenrose: the same with every other member at yes or no with probability 1/2',
    members: rows,
  };
  printResult(flags.json === true, json, () =>
    [
      `Decision ${decision.id} (${decision.instrument}, ${rule.type} rule) in ${flags.scenario}`,
      `Probability of adoption as predicted: ${pivots.adoption.toFixed(4)}`,
      'Pivotal: the member’s yes adopts and its no fails, the others voting independently as predicted.',
      'A priori: the same with every other member at yes or no with probability 1/2 (Penrose index).',
      '',
      formatTable(
        rows.map((r) => [
          r.member,
          r.predicted,
          r.pivotal.toFixed(4),
          r.aPrioriPenrose.toFixed(4),
          r.aPrioriShapleyShubik === null ? '' : r.aPrioriShapleyShubik.toFixed(4),
        ]),
        ['member', 'predicted vote', 'pivotal in context', 'a priori (Penrose)', 'a priori (Shapley–Shubik)'],
      ),
    ].join('\n'),
  );
  const done = pivots.members.length;
  if (pivots.stopped || aprioriStopped) {
    throw new UsageError(
      pivots.stopped
        ? `--time-limit ${flags.timeLimit}: stopped after ${flags.timeLimit} s with ${done} of ${members.length} members' pivot probabilities finished (about ${millions(pivotProbabilitiesWork(members.length))} million steps in all); the adoption probability and the rows above are exact`
        : `--time-limit ${flags.timeLimit}: stopped after ${flags.timeLimit} s before the a-priori Shapley–Shubik index was counted; the adoption probability and the pivot probabilities above are exact`,
    );
  }
}

function millions(steps: number): string {
  return (steps / 1e6).toFixed(steps < 1e7 ? 1 : 0);
}

function loadDecision(file: string, id: string): Decision {
  return findDecision(loadScenarioFile(file, '--scenario', 'no power computed'), file, id);
}
