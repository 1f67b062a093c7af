import { type Decision, type MemberId, memberId } from '@horseshoe/engine';
import {
  compareWithSearch,
  DEFAULT_STRATEGY,
  isStrategyName,
  type NegotiationResult,
  negotiate,
  type SearchComparison,
  STRATEGY_NAMES,
  type StrategyName,
  seededRng,
} from '@horseshoe/engine/negotiation';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { findDecision, loadScenarioFile } from '../input-file.ts';
import { printResult, splitList } from '../output.ts';

interface NegotiateFlags {
  decision?: string;
  penholder?: string;
  rounds: string;
  seed: string;
  strategy: string[];
  json?: boolean;
}

/** `horseshoe negotiate FILE --decision ID`: AI delegations play the talks on a decision. */
export function registerNegotiate(program: Command): void {
  program
    .command('negotiate')
    .description(
      'Play the talks on a decision with an AI delegation per member: who proposes, objects and concedes, round by round; then the text put to the decision, its outcome, and how it compares with the exact search.',
    )
    .argument('<FILE>', 'scenario file (format: docs/scenarios.md)')
    .option('--decision <ID>', 'the decision to negotiate (its id in the file)')
    .option('--penholder <CODE>', 'the member holding the pen (default: the first permanent member)')
    .option('--rounds <N>', 'rounds of talks before the text is put to the decision', '10')
    .option('--seed <S>', 'seed of the speaking order (the same seed gives the same talks)', '1')
    .option(
      '--strategy <CODE=NAME,...>',
      `a member's strategy, repeatable: ${STRATEGY_NAMES.join(', ')}; over the file's \`strategy:\` (default ${DEFAULT_STRATEGY})`,
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--json', 'print JSON', false)
    .addHelpText(
      'after',
      `
Examples:
  horseshoe negotiate cases/libya-2019.yaml --decision uk-draft-resolution --penholder GBR
  horseshoe negotiate cases/libya-2019.yaml --decision formal-statement --penholder GBR --strategy GBR=hard-liner
  horseshoe negotiate FILE --decision ID --strategy RUS=hard-liner --strategy USA=conceder

Strategies (docs/negotiate.md): hard-liner never concedes; boulware and conceder follow the
time-dependent curves u(t) = u_max - (u_max - u_reserve)(t/T)^(1/e) (e < 1, e > 1); tit-for-tat
reciprocates the concessions of the other side. A member's strategy can be set in the scenario file
(\`strategy:\` in its position); --strategy overrides it. Every delegation votes and objects as its
position says.
Exit codes: 0 the talks were played (even when the text fails), 2 bad input, 1 other failure.`,
    )
    .action((file: string, flags: NegotiateFlags) => {
      const json = Boolean(flags.json);
      const decision = findDecision(loadScenarioFile(file, 'FILE', 'nothing negotiated'), file, flags.decision);
      const { penholder, rounds, seed, strategies } = parseFlags(decision, flags);
      const result = negotiate({ decision, penholder, rounds, strategies, rng: seededRng(seed) });
      const comparison = compareWithSearch(decision, penholder, {
        passed: result.passed,
        utility: result.penholderUtility,
      });
      printResult(json, toJson(decision, penholder, result, comparison), () =>
        render(decision, penholder, result, comparison),
      );
    });
}

function parseFlags(decision: Decision, flags: NegotiateFlags) {
  const member = (code: string, flag: string): MemberId => {
    const m = memberId(code.trim());
    if (!decision.body.members.includes(m)) {
      throw new UsageError(
        `${flag}: ${code} is not a member of the body of ${decision.id} (${decision.body.members.join(', ')})`,
      );
    }
    return m;
  };
  const penholder = flags.penholder
    ? member(flags.penholder, '--penholder')
    : (decision.body.permanent[0] ?? decision.body.members[0]);
  if (penholder === undefined) throw new UsageError(`--penholder: the body of ${decision.id} has no members`);
  const rounds = Number(flags.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1000) {
    throw new UsageError(`--rounds: expected a whole number from 1 to 1000, got ${flags.rounds}`);
  }
  const seed = Number(flags.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed: expected a whole number, got ${flags.seed}`);
  const strategies = new Map<MemberId, StrategyName>();
  for (const entry of flags.strategy.flatMap((s) => splitList(s))) {
    const [code, name] = entry.split('=');
    if (code === undefined || name === undefined || !isStrategyName(name.trim())) {
      throw new UsageError(
        `--strategy: expected CODE=NAME with NAME one of ${STRATEGY_NAMES.join(', ')}, got "${entry}"`,
      );
    }
    strategies.set(member(code, '--strategy'), name.trim() as StrategyName);
  }
  return { penholder, rounds, seed, strategies };
}

function toJson(d: Decision, penholder: MemberId, r: NegotiationResult, c: SearchComparison) {
  return {
    decision: d.id,
    penholder,
    strategies: r.strategies,
    rounds: r.steps.map((s) => ({ round: s.round, actor: s.actor, action: s.action, text: s.text, reason: s.reason })),
    final: {
      text: r.text,
      passed: r.passed,
      reason: r.outcome.explanation,
      votes: r.votes,
      penholderUtility: r.penholderUtility,
    },
    search: c,
  };
}

function render(d: Decision, penholder: MemberId, r: NegotiationResult, c: SearchComparison): string {
  const lines = [`Negotiation of ${d.id} (penholder ${penholder}), ${r.rounds} round${r.rounds === 1 ? '' : 's'}`];
  let round = -1;
  for (const s of r.steps) {
    if (s.round !== round) {
      round = s.round;
      lines.push(round === 0 ? '' : round > r.rounds ? '' : `Round ${round}`);
      if (round > r.rounds) lines.push('The decision');
      if (round === 0) lines.push('Opening');
    }
    lines.push(`  ${s.actor.padEnd(5)} ${s.action.padEnd(20)} ${s.reason}`);
    if (['circulate-draft', 'accept-amendment'].includes(s.action)) lines.push(`        text: ${s.text.join(', ')}`);
  }
  lines.push('', `Text put to the decision: ${r.text.join(', ') || '(empty)'}`);
  lines.push(`${r.passed ? 'ADOPTED' : 'NOT ADOPTED'}: ${r.outcome.explanation}`);
  lines.push('', 'Against the exact search:');
  if (c.passingTextExists === false) {
    lines.push(`  no text of ${d.id} can pass${c.conflict.length ? `: ${c.conflict.join('; ')}` : ''}`);
  } else if (c.best) {
    lines.push(
      `  ${penholder}'s best passing text: ${c.best.text.join(', ') || '(empty)'} (utility ${c.best.utility})`,
    );
    lines.push(
      r.passed
        ? `  the talks reached utility ${r.penholderUtility} for ${penholder}: a gap of ${c.gap}`
        : '  a passing text existed, but the talks did not reach one',
    );
  } else {
    lines.push('  the search stopped before it knew whether a text passes');
  }
  return lines.join('\n');
}
