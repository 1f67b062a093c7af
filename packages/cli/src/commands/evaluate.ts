import {
  compareWithRecord,
  type DecisionEvaluation,
  describeVoteReason,
  evaluateScenario,
  type Fallback,
  type FallbackOption,
  fallbackFor,
  formatDistribution,
  instrumentNoun,
  type MemberVote,
  type RecordComparison,
} from '@horseshoe/engine';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { loadScenarioFile } from '../input-file.ts';
import { formatTable, printResult } from '../output.ts';

interface EvaluateFlags {
  json?: boolean;
  timeLimit?: string;
}

/** Seconds `evaluate` spends searching for passing parts of failed texts before it reports the best so far. */
const DEFAULT_TIME_LIMIT = 60;

interface DecisionReport {
  readonly evaluation: DecisionEvaluation;
  readonly fallback: Fallback | null;
  readonly record: RecordComparison | null;
}

/** `horseshoe evaluate FILE`: predicts every vote of a scenario file and decides each text. */
export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description(
      'Evaluate a scenario file (YAML or JSON): each member’s vote and why, the tally, the outcome, the probability of passing, and what a failed text could pass as.',
    )
    .argument('<FILE>', 'scenario file (format: docs/scenarios.md)')
    .option('--json', 'print JSON', false)
    .option(
      '--time-limit <S>',
      'stop the search for passing parts of failed texts after S seconds, print the best found and exit 2',
      String(DEFAULT_TIME_LIMIT),
    )
    .addHelpText(
      'after',
      `
Example:
  horseshoe evaluate cases/libya-2019.yaml

Exit codes: 0 the scenario was evaluated (whether or not its texts pass), 2 the file is missing or
invalid (every error printed as file:line:column: field: message), 1 other failure.`,
    )
    .action((file: string, flags: EvaluateFlags) => {
      const timeLimit = Number(flags.timeLimit ?? DEFAULT_TIME_LIMIT);
      if (!Number.isFinite(timeLimit) || timeLimit <= 0) {
        throw new UsageError(`--time-limit: expected a positive number of seconds, got ${flags.timeLimit}`);
      }
      const { title, reports } = runEvaluate(file, Date.now() + timeLimit * 1000);
      printResult(Boolean(flags.json), toJson(file, title, reports), () => render(file, title, reports));
      if (reports.some((r) => r.fallback?.stopped)) {
        throw new UsageError(
          `--time-limit ${timeLimit}: the search for a passing part stopped after ${timeLimit} s; the parts shown are the best found so far, not proven best`,
        );
      }
    });
}

function runEvaluate(file: string, deadline: number): { title: string; reports: DecisionReport[] } {
  const scenario = loadScenarioFile(file, 'FILE', 'nothing evaluated');
  const stop = () => Date.now() > deadline;
  const reports = evaluateScenario(scenario).map((evaluation) => ({
    evaluation,
    fallback: evaluation.passed ? null : fallbackFor(evaluation.decision, undefined, { stop }),
    record: compareWithRecord(evaluation),
  }));
  return { title: scenario.title, reports };
}

function toJson(file: string, title: string, reports: readonly DecisionReport[]): unknown {
  return {
    file,
    title,
    decisions: reports.map(({ evaluation: e, fallback, record }) => ({
      id: e.decision.id,
      instrument: e.decision.instrument,
      date: e.decision.body.date,
      text: e.text,
      passed: e.passed,
      certain: e.certain,
      reason: e.outcome.reason,
      explanation: e.outcome.explanation,
      probability: e.probability,
      tally: e.outcome.tally,
      threshold: e.outcome.threshold,
      vetoes: e.outcome.vetoes,
      objections: e.outcome.objections,
      votes: Object.fromEntries(e.votes.map((v) => [v.member, v.vote])),
      reasons: Object.fromEntries(e.votes.map((v) => [v.member, whyWords(v)])),
      fallback: fallback?.options.map(optionJson) ?? [],
      ...(record
        ? {
            recorded: {
              symbol: record.recorded.symbol,
              outcome: record.recorded.outcome,
              tally: record.recorded.tally,
              matches: record.matches,
              mismatches: record.mismatches,
            },
          }
        : {}),
    })),
  };
}

function optionJson(o: FallbackOption): unknown {
  return {
    instrument: o.instrument,
    passed: o.whole.passed,
    probability: o.whole.probability,
    blockers: o.blockers.map((b) => b.member),
    part: o.part && { text: o.part.text, dropped: o.part.dropped, probability: o.part.probability },
    withoutEach: o.withoutEach.map((p) => ({ dropped: p.dropped, blockers: p.blockers.map((b) => b.member) })),
  };
}

function render(file: string, title: string, reports: readonly DecisionReport[]): string {
  const out = [`${title}  (${file})`];
  reports.forEach((r, i) => {
    out.push('', ...renderDecision(i + 1, r));
  });
  return out.join('\n');
}

function renderDecision(n: number, { evaluation: e, fallback, record }: DecisionReport): string[] {
  const d = e.decision;
  const date = d.body.date ? `, ${d.body.date}` : '';
  const lines = [`${n}. ${d.id}: ${instrumentNoun(d.instrument)}${date}`];
  lines.push(`   text: ${e.text.length > 0 ? e.text.join(', ') : '(no clauses)'}`);
  const rows = e.votes.map((v) => [
    `${v.member}${v.permanent ? ' ★' : ''}`,
    typeof v.vote === 'string' ? v.vote : formatDistribution(v.vote),
    whyWords(v),
    v.name,
  ]);
  lines.push(indent(formatTable(rows, ['member', 'vote', 'why', 'name (★ permanent)'])));
  const t = e.outcome.tally;
  const counts = `${t.yes} yes, ${t.no} no, ${t.abstain} abstain${t.absent > 0 ? `, ${t.absent} absent` : ''}`;
  const need = e.outcome.threshold === null ? 'consensus: any member’s no blocks' : `${e.outcome.threshold} yes needed`;
  lines.push(`   tally: ${counts}  (${need})${e.certain ? '' : ' — most likely votes'}`);
  const consensus = e.outcome.rule === 'consensus';
  const verdict = e.passed ? (consensus ? 'AGREED' : 'ADOPTED') : consensus ? 'BLOCKED' : 'NOT ADOPTED';
  const why = e.outcome.reason === 'adopted' ? '' : ` (${e.outcome.reason})`;
  if (e.certain) lines.push(`   outcome: ${verdict}${why}: ${e.outcome.explanation}`);
  else {
    const odds = e.passed ? 'more likely than not' : 'not more likely than not';
    lines.push(`   outcome: ${verdict} (${odds}). With each member's most likely vote: ${e.outcome.explanation}`);
  }
  lines.push(`   probability of passing: ${percent(e.probability)}${e.certain ? '' : ' (exact, votes independent)'}`);
  if (fallback) lines.push(...renderFallback(fallback));
  if (record) lines.push(renderRecord(record));
  return lines;
}

function renderFallback(f: Fallback): string[] {
  if (f.options.length === 0) return ['   fallback: no weaker instrument'];
  const lines = ['   fallback:'];
  // The same positions give the same answer under each consensus instrument: print identical ones once.
  const groups = new Map<string, FallbackOption[]>();
  for (const o of f.options) {
    const key = describeOption(o);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const [text, options] of groups) {
    lines.push(`     as ${orWords(options.map((o) => instrumentNoun(o.instrument)))}: ${text}`);
  }
  if (f.stopped) lines.push('     (stopped at the time limit: parts dropping more clauses were not tried)');
  else if (!f.exhaustive)
    lines.push('     (too many clauses to try every part; parts dropping more clauses were not tried)');
  return lines;
}

function describeOption(o: FallbackOption): string {
  if (o.whole.passed) return `the same text passes (${percent(o.whole.probability)})`;
  const who = blockerWords(o.blockers);
  if (o.part) {
    return `blocked by ${who}; without ${o.part.dropped.join(', ')} it passes (${percent(o.part.probability)}): ${o.part.text.join(', ') || '(no clauses)'}`;
  }
  const without = o.withoutEach.map((p) => `without ${p.dropped.join(', ')}: blocked by ${blockerWords(p.blockers)}`);
  return `blocked by ${who}; no part of the text passes${without.length > 0 ? ` (${without.join('; ')})` : ' (every clause is fixed)'}`;
}

function whyWords(v: MemberVote): string {
  return v.byDefault ? 'no position: yes by default' : describeVoteReason(v.reason);
}

function orWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function blockerWords(blockers: readonly MemberVote[]): string {
  if (blockers.length === 0) return 'no one (too few in favour)';
  return blockers.map((b) => `${b.member} (${describeVoteReason(b.reason)})`).join(', ');
}

function renderRecord(r: RecordComparison): string {
  const rec = r.recorded;
  const tally = rec.tally ? ` ${rec.tally.yes}-${rec.tally.no}-${rec.tally.abstain}` : '';
  const head = `   recorded${rec.symbol ? ` (${rec.symbol})` : ''}: ${rec.outcome}${tally}`;
  if (r.matches) return `${head}; the prediction matches the record`;
  const diffs = [
    ...(r.outcomeMatches ? [] : ['outcome differs']),
    ...(r.tallyMatches === false ? ['tally differs'] : []),
    ...r.mismatches.map((m) => `${m.member} recorded ${m.recorded}, predicted ${m.predicted}`),
  ];
  return `${head}; DIFFERS: ${diffs.join('; ')}`;
}

function percent(p: number): string {
  if (p === 0 || p === 1) return `${p * 100}%`;
  return `${(p * 100).toFixed(p < 0.001 || p > 0.999 ? 4 : 1)}%`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n');
}
