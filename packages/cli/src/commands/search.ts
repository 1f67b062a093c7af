import {
  CAST_VOTES,
  type CastVote,
  type Decision,
  describeVoteReason,
  instrumentNoun,
  type MemberId,
  memberId,
} from '@horseshoe/engine';
import {
  type BestInterest,
  bestInterest,
  type Deadlock,
  explainDeadlock,
  type FoundText,
  type KeyHolders,
  keyHolders,
  type MilpSolveOptions,
  type SearchProgress,
  type SearchResult,
  searchTexts,
} from '@horseshoe/engine/search';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { createHighsSolver } from '../highs-solver.ts';
import { findDecision, loadScenarioFile } from '../input-file.ts';
import { formatTable, printResult } from '../output.ts';

interface SearchFlags {
  decision?: string;
  for?: string;
  top?: string;
  timeLimit?: string;
  json?: boolean;
}

/** Everything one `horseshoe search` answers. */
interface SearchReport {
  readonly file: string;
  readonly decision: Decision;
  readonly result: SearchResult;
  readonly deadlock: Deadlock | null;
  readonly keys: KeyHolders;
  readonly interest: BestInterest | null;
  readonly timeLimit: number;
  readonly timedOut: boolean;
}

const DEFAULT_TIME_LIMIT = 60;

/** `horseshoe search FILE --decision ID`: which texts of a decision can pass, who blocks, what serves a member. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description(
      'Search every text that can be made from a decision’s clauses (exactly): the passing text closest to the one tabled, or best for one member; why nothing passes; who holds the key.',
    )
    .argument('<FILE>', 'scenario file (format: docs/scenarios.md)')
    .option('--decision <ID>', 'the decision to search (its id in the file)')
    .option('--for <CODE>', 'optimise this member’s utility (ties: fewest changes) and compare instruments')
    .option('--top <K>', 'the K best distinct texts', '1')
    .option(
      '--time-limit <S>',
      'seconds for the whole search before reporting the best found and its bound',
      String(DEFAULT_TIME_LIMIT),
    )
    .option('--json', 'print JSON (no progress on stderr)', false)
    .addHelpText(
      'after',
      `
Examples:
  horseshoe search cases/libya-2019.yaml --decision formal-statement
  horseshoe search cases/libya-2019.yaml --decision uk-draft-resolution --for USA --top 3

Members with a vote distribution are counted at their least favourable possible vote: a text is
reported as passing only if it passes whatever they vote (probability 1).
Exit codes: 0 the search answered (even "nothing can pass"), 2 bad input, 1 other failure.`,
    )
    .action(async (file: string, flags: SearchFlags) => {
      const json = Boolean(flags.json);
      const report = await runSearch(file, flags, json);
      printResult(json, toJson(report), () => render(report));
    });
}

function parseFlags(flags: SearchFlags): { top: number; timeLimit: number } {
  const top = Number(flags.top ?? '1');
  if (!Number.isInteger(top) || top < 1 || top > 1000) {
    throw new UsageError(`--top: expected a whole number from 1 to 1000, got ${flags.top}`);
  }
  const timeLimit = Number(flags.timeLimit ?? DEFAULT_TIME_LIMIT);
  if (!Number.isFinite(timeLimit) || timeLimit <= 0) {
    throw new UsageError(`--time-limit: expected a positive number of seconds, got ${flags.timeLimit}`);
  }
  return { top, timeLimit };
}

function loadDecision(file: string, id: string | undefined): Decision {
  return findDecision(loadScenarioFile(file, 'FILE', 'nothing searched'), file, id);
}

async function runSearch(file: string, flags: SearchFlags, json: boolean): Promise<SearchReport> {
  const { top, timeLimit } = parseFlags(flags);
  const decision = loadDecision(file, flags.decision);
  let forMember: MemberId | undefined;
  if (flags.for !== undefined) {
    forMember = memberId(flags.for);
    if (!decision.body.members.includes(forMember)) {
      throw new UsageError(
        `--for: ${flags.for} is not a member of the body of ${decision.id} (${decision.body.members.join(', ')})`,
      );
    }
  }
  const deadline = Date.now() + timeLimit * 1000;
  const progress = !json && process.stderr.isTTY ? createProgressLine() : null;
  const milp = await createHighsSolver(deadline, progress);
  const shouldStop = () => Date.now() > deadline;
  const control = { milp, shouldStop, ...(progress ? { onProgress: progress.search } : {}) };
  const result = searchTexts(decision, { ...control, top, ...(forMember ? { for: forMember } : {}) });
  const deadlock = result.status === 'infeasible' ? explainDeadlock(decision, control) : null;
  const keys = keyHolders(decision, control);
  const interest = forMember ? bestInterest(decision, forMember, control) : null;
  progress?.done();
  return { file, decision, result, deadlock, keys, interest, timeLimit, timedOut: shouldStop() };
}

/** A single self-overwriting progress line on stderr (only on a terminal, never with --json). */
function createProgressLine() {
  let last = 0;
  const write = (text: string) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    process.stderr.write(`\r\u001b[2K${text}`);
  };
  return {
    search: (p: SearchProgress) =>
      write(
        `searching (${p.phase}): ${p.nodes.toLocaleString('en')} nodes` +
          (p.best !== null ? `, best ${fmt(p.best)}` : '') +
          (p.bound !== null ? `, bound ${fmt(p.bound)}` : ''),
      ),
    milp: (objective: MilpSolveOptions['objective'], primal: number | undefined, dual: number | undefined) => {
      const known = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);
      const what = objective === 'feasibility' ? 'is any text feasible' : objective;
      write(
        `solving the MILP model with HiGHS (${what})${known(primal) ? `, best ${fmt(primal)}` : ''}${known(dual) ? `, bound ${fmt(dual)}` : ''}`,
      );
    },
    done: () => process.stderr.write('\r\u001b[2K'),
  };
}

function votesRecord(text: FoundText): Record<string, string> {
  return Object.fromEntries(text.votes.map((v) => [v.member, v.counted]));
}

function textJson(t: FoundText) {
  return {
    text: t.clauses,
    added: t.added,
    removed: t.removed,
    changes: t.changes,
    utility: t.utility,
    votes: votesRecord(t),
    outcome: {
      adopted: t.outcome.adopted,
      reason: t.outcome.reason,
      tally: t.outcome.tally,
      explanation: t.outcome.explanation,
    },
  };
}

function toJson(r: SearchReport): unknown {
  const best = r.result.texts[0];
  const feasible = best ? true : r.result.status === 'infeasible' ? false : null;
  return {
    file: r.file,
    decision: r.decision.id,
    instrument: r.decision.instrument,
    objective: r.result.objective,
    status: r.result.status,
    feasible,
    text: best ? best.clauses : null,
    changes: best ? best.changes : null,
    ...(r.result.objective.type === 'utility' ? { utility: best ? best.utility : null } : {}),
    votes: best ? votesRecord(best) : null,
    bound: r.result.bound,
    texts: r.result.texts.map(textJson),
    uncertainMembers: r.result.uncertain,
    notes: r.result.notes,
    uncertainRule: 'members with a vote distribution are counted at their least favourable possible vote',
    deadlock: r.deadlock,
    tabled: {
      text: r.decision.tabled,
      adopted: r.keys.adopted,
      reason: r.keys.reason,
      pivotal: r.keys.pivotal,
      blockers: r.keys.blockers,
    },
    bestInterest: r.interest,
    timeLimitSeconds: r.timeLimit,
    timedOut: r.timedOut,
  };
}

function render(r: SearchReport): string {
  const d = r.decision;
  const noun = instrumentNoun(d.instrument);
  const objective =
    r.result.objective.type === 'utility'
      ? `highest utility for ${r.result.objective.member} (ties: fewest changes)`
      : 'fewest changes from the tabled text';
  const out = [
    `${d.id}: ${noun}, ${d.clauses.length} clauses (${d.clauses.filter((c) => c.fixed).length} fixed); objective: ${objective}`,
  ];
  if (r.result.uncertain.length > 0) {
    out.push(
      `Uncertain members (${r.result.uncertain.join(', ')}) are counted at their least favourable possible vote.`,
    );
  }
  out.push('', ...renderResult(r), ...r.result.notes.map((n) => `Note: ${n}`), '', ...renderKeys(r));
  if (r.interest) out.push('', ...renderInterest(r.interest));
  if (r.timedOut)
    out.push('', `Time limit of ${r.timeLimit} s reached: parts marked "not proven" or "not computed" are incomplete.`);
  return out.join('\n');
}

function renderResult(r: SearchReport): string[] {
  const { result } = r;
  if (result.status === 'infeasible') {
    const out = ['Result: no text can pass (proven).'];
    if (r.deadlock) {
      const dl = r.deadlock;
      out.push(dl.headline);
      if (dl.conflict === null)
        out.push('(The minimal set of conflicting positions was not computed within the time limit.)');
      else if (dl.conflictWords.length > 0) {
        out.push(
          dl.conflictWords.length > 1
            ? 'These positions alone rule out every text (even if every other member agreed), and each is needed for that:'
            : 'This position alone rules out every text:',
          ...dl.conflictWords.slice(0, MAX_ROWS).map((w) => `  - ${w}`),
          ...(dl.conflictWords.length > MAX_ROWS
            ? [`  … and ${dl.conflictWords.length - MAX_ROWS} more (all with --json)`]
            : []),
        );
      }
      if (dl.mostYesWords) out.push(dl.mostYesWords);
      if (dl.unwinnable.length > 0) out.push('Members whose vote cannot be won on any text:');
      for (const u of dl.unwinnable.slice(0, MAX_ROWS)) {
        const what = u.cannot === 'yes' ? 'never votes yes' : 'votes no on every text';
        out.push(`  ${u.member} ${what}${u.because.length > 0 ? `: ${u.because.join('; ')}` : ''}`);
      }
      if (dl.unwinnable.length > MAX_ROWS)
        out.push(`  … and ${dl.unwinnable.length - MAX_ROWS} more (all with --json)`);
    }
    return out;
  }
  if (result.texts.length === 0) {
    return [
      `Result: time limit reached before any passing text was found${result.bound !== null ? `; proven bound ${fmt(result.bound)}` : ''}.`,
    ];
  }
  const proven =
    result.status === 'optimal'
      ? 'optimal (proven)'
      : `best found, not proven (bound ${fmt(result.bound ?? Number.NaN)})`;
  const best = result.texts[0] as FoundText;
  const out = [
    `Best text: ${proven}; ${best.changes} change${best.changes === 1 ? '' : 's'}${best.utility !== null ? `, utility ${fmt(best.utility)}` : ''}`,
    `  text:    ${best.clauses.join(', ') || '(no clauses)'}`,
    `  added:   ${best.added.join(', ') || '—'}`,
    `  removed: ${best.removed.join(', ') || '—'}`,
    `  ${best.outcome.explanation}`,
    '',
    ...votesTable(best),
  ];
  if (result.texts.length > 1) {
    out.push(
      '',
      `The ${result.texts.length} best texts:`,
      formatTable(
        result.texts.map((t, i) => [
          String(i + 1),
          String(t.changes),
          t.utility === null ? '' : fmt(t.utility),
          tallyWords(t),
          t.clauses.join(', '),
        ]),
        ['#', 'changes', 'utility', 'votes', 'text'],
      ),
    );
  }
  return out;
}

function tallyWords(t: FoundText): string {
  const counts = new Map<CastVote, number>();
  for (const v of t.votes) counts.set(v.counted, (counts.get(v.counted) ?? 0) + 1);
  return CAST_VOTES.filter((v) => counts.has(v))
    .map((v) => `${counts.get(v)} ${v}`)
    .join(', ');
}

function renderKeys(r: SearchReport): string[] {
  const k = r.keys;
  const tabled = r.decision.tabled;
  const what =
    tabled.length === 0 ? 'no clauses' : tabled.length <= 12 ? tabled.join(', ') : `${tabled.length} clauses`;
  const out = [`Tabled text (${what}): ${k.adopted ? 'passes' : `fails (${k.reason})`}`];
  out.push(
    k.pivotal.length > 0
      ? `Pivotal members (one vote alone flips the outcome): ${k.pivotal.map((p) => `${p.member} (${p.vote} → ${p.flipsWith.join('/')})`).join(', ')}`
      : 'Pivotal members: none (no single vote flips the outcome)',
  );
  if (k.blockers.length === 0) return out;
  out.push(
    'Blockers and the cheapest edit that moves each:',
    formatTable(
      k.blockers
        .slice(0, MAX_ROWS)
        .map((b) => [
          b.member,
          b.vote,
          b.kind,
          b.edit
            ? `${editWords(b.edit.add, b.edit.remove)} → ${b.edit.vote}; the text then ${b.edit.passes ? 'passes' : 'still fails'}`
            : b.noEditExists
              ? `none exists: no text brings it to ${b.target === 'yes' ? 'yes' : 'abstain or yes'}`
              : 'not computed within the time limit',
        ]),
      ['member', 'vote', 'kind', 'cheapest edit'],
    ),
  );
  if (k.blockers.length > MAX_ROWS)
    out.push(`… and ${k.blockers.length - MAX_ROWS} more blockers (all of them with --json)`);
  return out;
}

/** Tables longer than this (a General-Assembly-sized body) are cut, with the rest in --json. */
const MAX_ROWS = 30;

/** Every member's vote and why; for a large body, only the members not voting yes. */
function votesTable(t: FoundText): string[] {
  const rows = t.votes.map((v) => [v.member, v.counted, describeVoteReason(v.predicted.reason)]);
  if (rows.length <= MAX_ROWS) return [formatTable(rows, ['member', 'vote', 'why'])];
  const notYes = rows.filter((r) => r[1] !== 'yes');
  if (notYes.length === 0) return [`Votes: ${tallyWords(t)}.`];
  const shown = notYes.slice(0, MAX_ROWS);
  return [
    `Votes: ${tallyWords(t)}. Members not voting yes${notYes.length > shown.length ? ` (first ${shown.length} of ${notYes.length}; all with --json)` : ''}:`,
    formatTable(shown, ['member', 'vote', 'why']),
  ];
}

function editWords(add: readonly string[], remove: readonly string[]): string {
  const parts = [...add.map((c) => `add ${c}`), ...remove.map((c) => `remove ${c}`)];
  return parts.length > 0 ? parts.join(', ') : 'no change';
}

function renderInterest(b: BestInterest): string[] {
  return [
    `Best interest of ${b.member}:`,
    formatTable(
      [
        ...b.options.map((o) => [
          instrumentNoun(o.instrument),
          o.utility === null ? (o.status === 'infeasible' ? 'nothing passes' : 'not found in time') : fmt(o.utility),
          o.text ? o.text.join(', ') || '(no clauses)' : '',
        ]),
        ['no decision', '0', ''],
      ],
      ['outcome', 'utility', 'best passing text'],
    ),
    b.summary,
  ];
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}
