import { DEFAULT_THRESHOLD_SWITCH } from '@horseshoe/engine';
import {
  computePower,
  councilGame,
  describeRule,
  formatRational,
  INDEX_LABELS,
  INDEX_NAMES,
  type IndexName,
  POWER_METHODS,
  type PowerGame,
  type PowerMethod,
  type PowerResult,
  type PowerRule,
  quotaFromShare,
  type Rational,
  REFORM_MODELS,
  type ReformModelId,
  rationalToNumber,
  reformModelGame,
} from '@horseshoe/engine/power';
import { formatPowerGameFileError, type PowerRuleFile, parsePowerGameFile } from '@horseshoe/protocol';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { councilFromFlags } from '../council-flags.ts';
import { readInputFile } from '../input-file.ts';
import { formatTable, printResult, strictList } from '../output.ts';
import { runInContext } from './power-context.ts';

interface PowerFlags {
  readonly quota?: string;
  readonly weights?: string;
  readonly names?: string;
  readonly body?: string;
  readonly date?: string;
  readonly thresholdSwitch?: string;
  readonly game?: string;
  readonly scenario?: string;
  readonly decision?: string;
  readonly method?: string;
  readonly index?: string;
  readonly timeLimit?: string;
  readonly exact?: boolean;
  readonly json?: boolean;
}

/** A game ready to count, with the words that say what it is. */
interface DescribedGame {
  readonly title: string;
  readonly game: PowerGame;
  readonly source: string | null;
}

const BODIES = ['unsc', ...Object.keys(REFORM_MODELS)] as const;

/** Registers `horseshoe power`: exact a-priori voting power of the Council, a reform model or any weighted game. */
export function registerPower(program: Command): void {
  program
    .command('power')
    .description(
      'Exact voting power (Shapley–Shubik, Banzhaf, Penrose, Coleman, Johnston, Deegan–Packel, Holler) of the Council on a date, a reform model, a weighted game or a compound game file',
    )
    .option('--body <BODY>', `a built-in body: ${BODIES.join(', ')}`)
    .option('--date <YYYY-MM-DD>', "with --body unsc: the Council on this date (default today's date, UTC)")
    .option(
      '--threshold-switch <YYYY-MM-DD>',
      `with --body unsc: first day on which nine votes are needed (default ${DEFAULT_THRESHOLD_SWITCH})`,
    )
    .option('--quota <Q>', 'votes or weight needed to win; with --body, replaces the body’s threshold')
    .option('--weights <w1,w2,...>', 'a weighted game: one weight per player (decimals allowed)')
    .option('--names <a,b,...>', 'with --weights: player names (default p1, p2, ...)')
    .option(
      '--game <FILE>',
      'a game file (JSON or YAML): {"players": [...], "rule": R}, R = {quota, weights} | {all: [R...]} | {any: [R...]}',
    )
    .option('--scenario <FILE>', 'power in context: a scenario file (docs/scenarios.md); needs --decision')
    .option('--decision <ID>', 'with --scenario: the decision whose predicted votes set the context')
    .option('--method <METHOD>', `force a counting method: ${POWER_METHODS.join(', ')} (default: chosen automatically)`)
    .option('--index <a,b,...>', `only these indices: ${INDEX_NAMES.join(', ')} (default all)`)
    .option(
      '--time-limit <S>',
      'stop counting after S seconds, print the indices finished and exit 2 naming the rest',
      String(DEFAULT_TIME_LIMIT),
    )
    .option('--exact', 'print exact fractions')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  horseshoe power --body unsc --date 2024-06-01
  horseshoe power --body unsc --date 1960-01-01 --exact
  horseshoe power --body g4 --quota 15
  horseshoe power --quota 4 --weights 3,2,1,1 --names A,B,C,D
  horseshoe power --game fixtures/power/eu27-qualified-majority.json
  horseshoe power --scenario cases/libya-2019.yaml --decision uk-draft-resolution

Exit codes: 0 answered, 2 bad input (the flag or file:line:column: field is named), 1 other failure.`,
    )
    .action((flags: PowerFlags) => {
      if (flags.scenario !== undefined || flags.decision !== undefined) {
        const timeLimit = timeLimitFrom(flags.timeLimit);
        runInContext({
          timeLimit,
          scenario: flags.scenario,
          decision: flags.decision,
          json: flags.json,
          otherGame: [
            flags.body,
            flags.weights,
            flags.game,
            flags.quota,
            flags.date,
            flags.names,
            flags.method,
            flags.thresholdSwitch,
          ],
        });
        return;
      }
      const described = gameFromFlags(flags);
      const method = methodFrom(flags.method);
      const indices = indicesFrom(flags.index);
      const timeLimit = timeLimitFrom(flags.timeLimit);
      const deadline = Date.now() + timeLimit * 1000;
      const result = computePower(described.game, {
        ...(method ? { method } : {}),
        ...(indices ? { indices } : {}),
        stop: () => Date.now() > deadline,
      });
      const where =
        flags.game !== undefined
          ? `${flags.game}: `
          : flags.weights !== undefined
            ? '--weights/--quota: '
            : flags.quota !== undefined
              ? `--body ${flags.body} --quota ${flags.quota}: `
              : '';
      if (!result.ok) {
        const stopped = result.errors.some((e) => e.code === 'power/stopped');
        throw new UsageError(
          result.errors.map((e) => `${stopped ? `--time-limit ${timeLimit}: ` : where}${e.message}`).join('\n'),
        );
      }
      const exact = flags.exact === true;
      printResult(flags.json === true, toJson(described, result.value, exact), () =>
        render(described, result.value, exact),
      );
      if (result.value.stopped) {
        const unfinished = INDEX_NAMES.filter((i) => {
          const v = result.value.indices[i];
          return !v.available && /time limit/.test(v.reason);
        });
        throw new UsageError(
          `--time-limit ${timeLimit}: stopped after ${timeLimit} s before ${unfinished.join(', ')} were finished; the indices above are exact`,
        );
      }
    });
}

/** Seconds `power` counts before it stops and reports what it finished. */
const DEFAULT_TIME_LIMIT = 600;

function timeLimitFrom(value: string | undefined): number {
  const t = Number(value ?? DEFAULT_TIME_LIMIT);
  if (!Number.isFinite(t) || t <= 0)
    throw new UsageError(`--time-limit: expected a positive number of seconds, got ${value}`);
  return t;
}

function indicesFrom(value: string | undefined): IndexName[] | undefined {
  if (value === undefined) return undefined;
  const names = strictList('--index', value);
  for (const n of names) {
    if (!(INDEX_NAMES as readonly string[]).includes(n)) {
      throw new UsageError(`--index: unknown index ${n} (expected some of ${INDEX_NAMES.join(', ')})`);
    }
  }
  return names as IndexName[];
}

function methodFrom(value: string | undefined): PowerMethod | undefined {
  if (value === undefined) return undefined;
  if (!(POWER_METHODS as readonly string[]).includes(value)) {
    throw new UsageError(`--method: unknown method ${value} (expected one of ${POWER_METHODS.join(', ')})`);
  }
  return value as PowerMethod;
}

function gameFromFlags(flags: PowerFlags): DescribedGame {
  const sources = [flags.body, flags.weights, flags.game].filter((x) => x !== undefined).length;
  if (sources !== 1) throw new UsageError('give exactly one of --body, --weights (with --quota) or --game');
  if (flags.date !== undefined && flags.body !== 'unsc') throw new UsageError('--date: only with --body unsc');
  if (flags.thresholdSwitch !== undefined && flags.body !== 'unsc') {
    throw new UsageError('--threshold-switch: only with --body unsc');
  }
  if (flags.names !== undefined && flags.weights === undefined) throw new UsageError('--names: only with --weights');
  if (flags.body !== undefined) return bodyGame(flags.body, flags);
  if (flags.weights !== undefined) return weightedGame(flags.weights, flags);
  if (flags.quota !== undefined) throw new UsageError('--quota: a game file carries its own quotas');
  return fileGame(flags.game ?? '');
}

function numberFlag(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag}: not a number: ${value}`);
  return n;
}

function bodyGame(body: string, flags: PowerFlags): DescribedGame {
  const quota = flags.quota === undefined ? undefined : numberFlag('--quota', flags.quota);
  if (body === 'unsc') {
    const c = councilFromFlags(flags);
    const game = councilGame(quota === undefined ? c : { ...c, threshold: quota });
    return {
      title: `Security Council on ${c.date}: ${c.members.length} members, ${quota ?? c.threshold} affirmative votes including every permanent member`,
      game,
      source: quota === undefined ? null : `quota changed from ${c.threshold} to ${quota} with --quota`,
    };
  }
  if (!(body in REFORM_MODELS))
    throw new UsageError(`--body: unknown body ${body} (expected one of ${BODIES.join(', ')})`);
  const model = REFORM_MODELS[body as ReformModelId];
  const game = reformModelGame(model, quota);
  return {
    title: `${model.title}: ${quota ?? model.quota} affirmative votes including every veto holder`,
    game,
    source: model.source + (quota === undefined ? '' : `; quota ${quota} set with --quota`),
  };
}

function weightedGame(weightsFlag: string, flags: PowerFlags): DescribedGame {
  if (flags.quota === undefined) throw new UsageError('--quota: required with --weights');
  const weights = strictList('--weights', weightsFlag).map((w) => numberFlag('--weights', w));
  const names = flags.names === undefined ? weights.map((_, i) => `p${i + 1}`) : strictList('--names', flags.names);
  if (names.length !== weights.length) {
    throw new UsageError(`--names: ${names.length} names for ${weights.length} weights`);
  }
  const rule: PowerRule = { type: 'weighted', quota: numberFlag('--quota', flags.quota), weights };
  return { title: `weighted game: ${describeRule(rule)}`, game: { players: names, rule }, source: null };
}

function fileGame(file: string): DescribedGame {
  const parsed = parsePowerGameFile(readInputFile(file, '--game'), file);
  if (!parsed.ok) throw new UsageError(parsed.errors.map(formatPowerGameFileError).join('\n'));
  const rule = ruleFromFile(parsed.game.rule);
  return {
    title: parsed.game.title ?? `${file}: ${describeRule(rule)}`,
    game: { players: parsed.game.players, rule },
    source: parsed.game.source ?? null,
  };
}

function ruleFromFile(r: PowerRuleFile): PowerRule {
  if ('all' in r) return { type: 'all', rules: r.all.map(ruleFromFile) };
  if ('any' in r) return { type: 'any', rules: r.any.map(ruleFromFile) };
  const quota = typeof r.quota === 'string' ? quotaFromShare(r.weights, Number.parseFloat(r.quota)) : r.quota;
  return { type: 'weighted', quota, weights: r.weights };
}

function toJson(d: DescribedGame, r: PowerResult, exact: boolean): unknown {
  const available = INDEX_NAMES.filter((i) => r.indices[i].available);
  const values = (i: IndexName, f: (x: Rational) => unknown) => {
    const v = r.indices[i];
    return v.available ? v.values.map(f) : null;
  };
  return {
    title: d.title,
    rule: describeRule(d.game.rule),
    source: d.source,
    method: r.method,
    methodDetail: r.methodDetail,
    players: r.players,
    stopped: r.stopped,
    colemanAct: rationalToNumber(r.colemanAct),
    ...Object.fromEntries(available.map((i) => [i, values(i, rationalToNumber)])),
    unavailable: Object.fromEntries(
      INDEX_NAMES.flatMap((i) => {
        const v = r.indices[i];
        return v.available || v.reason === 'not requested' ? [] : [[i, v.reason]];
      }),
    ),
    ...(exact
      ? {
          exact: {
            colemanAct: formatRational(r.colemanAct),
            ...Object.fromEntries(available.map((i) => [i, values(i, formatRational)])),
          },
        }
      : {}),
  };
}

const SHORT: Readonly<Record<IndexName, string>> = {
  shapleyShubik: 'Shapley–Shubik',
  banzhaf: 'Banzhaf',
  penrose: 'Penrose',
  colemanPrevent: 'Col. prevent',
  colemanInitiate: 'Col. initiate',
  johnston: 'Johnston',
  deeganPackel: 'Deegan–Packel',
  holler: 'Holler',
};

function show(x: Rational, exact: boolean): string {
  if (exact) return formatRational(x);
  const v = rationalToNumber(x);
  return v === 0 || v >= 0.0001 ? v.toFixed(4) : v.toExponential(2);
}

function render(d: DescribedGame, r: PowerResult, exact: boolean): string {
  const shown = INDEX_NAMES.filter((i) => r.indices[i].available);
  const rows = r.players.map((p, k) => [
    p,
    ...shown.map((i) => {
      const v = r.indices[i];
      return v.available ? show(v.values[k] as Rational, exact) : '';
    }),
  ]);
  const lines = [
    d.title,
    `Rule: ${describeRule(d.game.rule)}`,
    ...(d.source ? [`Source: ${d.source}`] : []),
    `Method: ${r.methodDetail}`,
    `Coleman power of the collectivity to act: ${show(r.colemanAct, exact)}`,
    '',
    formatTable(rows, ['player', ...shown.map((i) => SHORT[i])]),
  ];
  const missing = INDEX_NAMES.filter((i) => {
    const v = r.indices[i];
    return !v.available && v.reason !== 'not requested';
  });
  if (missing.length > 0) {
    lines.push('');
    for (const i of missing) {
      const v = r.indices[i];
      if (!v.available) lines.push(`${INDEX_LABELS[i]}: not available: ${v.reason}`);
    }
  }
  return lines.join('\n');
}
