import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type CheckReport,
  checkRecord,
  compareVetoLists,
  type DecisionRow,
  type ImportReport,
  importRecord,
  isVetoCode,
  OUTCOME_FILTERS,
  type OutcomeFilter,
  openRecordDb,
  type RecordDb,
  RecordInputError,
  type RecordStats,
  recordStats,
  searchDecisions,
  VETO_CODES,
  type VetoComparisonReport,
  type VetoListComparison,
  writeCsv,
} from '@horseshoe/record';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { formatTable, printResult } from '../output.ts';

interface DbFlags {
  readonly db?: string;
  readonly json?: boolean;
  readonly csv?: boolean;
}

/** Registers `horseshoe history`: import the Library's tables, replay them, search and count them. */
export function registerHistory(program: Command): void {
  const history = program
    .command('history')
    .description("The Council's record since 1946 from the UN Library's tables: import, check, search, stats");
  const dbOption = `the record database (default ${defaultDbPath()})`;
  history
    .command('import <dir>')
    .description('Import the yearly meeting tables and the veto list (scact*_table_en.html) found in DIR')
    .option('--db <file>', dbOption)
    .option('--yordan <file>', 'also import the second veto list (unsc_vetoes_1946_sept2022.csv)')
    .option('--json', 'print JSON instead of tables (and no progress bar)')
    .action((dir: string, flags: DbFlags & { yordan?: string }) => runImport(dir, flags));
  history
    .command('check')
    .description('Replay every recorded vote through the decision rules and report each disagreement')
    .option('--db <file>', dbOption)
    .option('--json', 'print JSON instead of tables')
    .action((flags: DbFlags) => {
      const report = withDb(flags, checkRecord);
      printResult(flags.json === true, report, () => renderCheck(report));
    });
  history
    .command('search [text]')
    .description('Find resolutions, failed drafts and presidential statements by topic or symbol')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--outcome <outcome>', `one of ${OUTCOME_FILTERS.join(', ')}`)
    .option('--vetoed-by <code>', `a member the table names as vetoing: ${VETO_CODES.join(', ')}`)
    .option('--limit <n>', 'at most this many rows')
    .option('--db <file>', dbOption)
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .action((text: string | undefined, flags: SearchFlags) => runSearch(text, flags));
  history
    .command('stats')
    .description('Vetoes per member and decade, resolutions per year, unanimity per year, failed drafts by reason')
    .option('--db <file>', dbOption)
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV (one row per table, key, column and value)')
    .action((flags: DbFlags) => {
      const stats = withDb(flags, recordStats);
      if (flags.csv) process.stdout.write(statsCsv(stats));
      else printResult(flags.json === true, stats, () => renderStats(stats));
    });
  history
    .command('vetoes-compare')
    .description("Compare the Library's veto list with the second list (Yordán) and with the yearly tables")
    .option('--db <file>', dbOption)
    .option('--json', 'print JSON')
    .action((flags: DbFlags) => {
      const report = withDb(flags, compareVetoLists);
      printResult(flags.json === true, report, () => renderCompare(report));
    });
}

/** `$XDG_DATA_HOME/horseshoe/record.db`, or `~/.local/share/horseshoe/record.db`. */
export function defaultDbPath(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'horseshoe', 'record.db');
}

function runImport(dir: string, flags: DbFlags & { yordan?: string }): void {
  const file = flags.db ?? defaultDbPath();
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (flags.yordan !== undefined && !fs.existsSync(flags.yordan))
    throw new UsageError(`--yordan: no such file: ${flags.yordan}`);
  const db = openRecordDb(file);
  const bar =
    flags.json || !process.stderr.isTTY
      ? null
      : new SingleBar({ format: 'importing {bar} {value}/{total} {file}', stream: process.stderr, hideCursor: true });
  try {
    bar?.start(1, 0, { file: '' });
    const report = importRecord(db, dir, {
      ...(flags.yordan !== undefined ? { yordan: flags.yordan } : {}),
      onProgress: (done, total, name) => {
        bar?.setTotal(total);
        bar?.update(done, { file: name });
      },
    });
    bar?.stop();
    printResult(flags.json === true, { db: file, ...report }, () => renderImport(file, report));
  } catch (error) {
    bar?.stop();
    if (error instanceof RecordInputError) throw new UsageError(`${error.message}`);
    throw error;
  } finally {
    db.close();
  }
}

function withDb<T>(flags: DbFlags, read: (db: RecordDb) => T): T {
  if (flags.json && flags.csv) throw new UsageError('--json and --csv: choose one output format');
  const file = flags.db ?? defaultDbPath();
  if (!fs.existsSync(file)) {
    throw new UsageError(
      `--db: no record database at ${file}; run "horseshoe history import DIR${flags.db ? ` --db ${flags.db}` : ''}" first`,
    );
  }
  const db = openRecordDb(file);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The most rows `history search --limit` returns, and the longest text it searches for. */
const MAX_LIMIT = 100_000;
const MAX_TEXT = 1_000;

interface SearchFlags extends DbFlags {
  readonly from?: string;
  readonly to?: string;
  readonly outcome?: string;
  readonly vetoedBy?: string;
  readonly limit?: string;
}

function runSearch(text: string | undefined, flags: SearchFlags): void {
  const year = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    if (!/^\d{4}$/.test(value)) throw new UsageError(`${flag}: not a year: ${value} (expected YYYY, e.g. 1990)`);
    return Number(value);
  };
  const outcome = flags.outcome;
  if (outcome !== undefined && !(OUTCOME_FILTERS as readonly string[]).includes(outcome)) {
    throw new UsageError(`--outcome: unknown outcome ${outcome} (expected one of ${OUTCOME_FILTERS.join(', ')})`);
  }
  const code = flags.vetoedBy?.toUpperCase();
  if (code !== undefined && !isVetoCode(code)) {
    throw new UsageError(
      `--vetoed-by: unknown member code ${flags.vetoedBy} (expected one of ${VETO_CODES.join(', ')})`,
    );
  }
  const limit = flags.limit === undefined ? undefined : Number(flags.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0 && limit <= MAX_LIMIT))
    throw new UsageError(`--limit: not a whole number from 1 to ${MAX_LIMIT}: ${flags.limit}`);
  if (text !== undefined && text.length > MAX_TEXT)
    throw new UsageError(`TEXT: at most ${MAX_TEXT} characters to search for, not ${text.length}`);
  const rows = withDb(flags, (db) =>
    searchDecisions(db, {
      ...(text !== undefined ? { text } : {}),
      ...(flags.from !== undefined ? { from: year('--from', flags.from) } : {}),
      ...(flags.to !== undefined ? { to: year('--to', flags.to) } : {}),
      ...(outcome !== undefined ? { outcome: outcome as OutcomeFilter } : {}),
      ...(code !== undefined && isVetoCode(code) ? { vetoedBy: code } : {}),
      ...(limit !== undefined ? { limit } : {}),
    }),
  );
  const columns = ['date', 'symbol', 'kind', 'outcome', 'vote', 'vetoedBy', 'meeting', 'topic'] as const;
  if (flags.csv) {
    process.stdout.write(writeCsv([[...columns], ...rows.map((r) => columns.map((c) => r[c]))]));
    return;
  }
  printResult(flags.json === true, rows, () => renderSearch(rows));
}

function renderImport(file: string, report: ImportReport): string {
  const imported = report.files.filter((f) => f.status === 'imported').length;
  const t = report.totals;
  const lines = [
    `Record database: ${file}`,
    `${report.files.length} files: ${imported} imported, ${report.files.length - imported} unchanged since the last import.`,
    '',
    formatTable(
      [
        ['meetings', String(t.meetings)],
        ['resolutions', String(t.resolutions)],
        ['failed drafts', `${t.failedDrafts} (${t.vetoedDrafts} worded "vetoed")`],
        ['presidential statements', String(t.presidentialStatements)],
        ['veto list entries (Library)', String(t.vetoListEntries)],
        ['veto list entries (Yordán)', String(t.yordanEntries)],
      ],
      ['what', 'count'],
    ),
    '',
    `${report.issues.length} rows not read as they stand (skipped, corrected or noted):`,
    formatTable(
      report.issues.map((i) => [`${i.file}:${i.line}`, i.severity, i.reason]),
      ['file:line', 'severity', 'reason'],
    ),
  ];
  return lines.join('\n');
}

function renderCheck(r: CheckReport): string {
  const lines = [
    `Replayed ${r.records} recorded votes through the decision rules, each in the Council of its date (its seats, threshold and permanent members).`,
    `Agree: ${r.agree} (${r.agreementPercent}%). Disagree: ${r.disagree}, of which ${r.sourceErrors} documented source errors and ${r.unexplained} unexplained.`,
    `Agreement outside the documented source errors: ${r.agreementOutsideSourceErrorsPercent}%.`,
    `Not replayed (no count printed): ${Object.entries(r.notReplayed)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}.`,
    '',
    formatTable(
      r.disagreements.map((d) => [
        d.symbol,
        d.date,
        `${d.recorded} ${d.count}`,
        d.engine,
        d.sourceError ? 'source error' : 'UNEXPLAINED',
        d.cause,
      ]),
      ['symbol', 'date', 'recorded', 'engine', 'status', 'cause'],
    ),
    '',
    'Documented record errors that change no replayed outcome:',
    formatTable(
      r.recordErrors.map((e) => [e.symbol, e.date, e.kind, e.present ? 'yes' : 'no', e.reason]),
      ['symbol', 'date', 'kind', 'found', 'reason'],
    ),
  ];
  return lines.join('\n');
}

function renderSearch(rows: readonly DecisionRow[]): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return [
    formatTable(
      rows.map((r) => [r.date, r.symbol, r.outcome, r.vote ?? '', r.vetoedBy ?? '', cut(r.topic, 60)]),
      ['date', 'symbol', 'outcome', 'vote', 'vetoed by', 'topic'],
    ),
    `${rows.length} decision${rows.length === 1 ? '' : 's'}`,
  ].join('\n');
}

function renderStats(s: RecordStats): string {
  const codes = [...VETO_CODES];
  return [
    'Vetoes per member (Library veto list, per vetoed draft and member)',
    formatTable(
      [
        ...s.vetoesByMemberByDecade.map((d) => [`${d.decade}s`, ...codes.map((c) => String(d[c]))]),
        ['total', ...codes.map((c) => String(s.vetoesByMember[c]))],
      ],
      ['decade', ...codes],
    ),
    '',
    'Resolutions per year and share adopted unanimously',
    formatTable(
      s.unanimityPerYear.map((u) => [
        String(u.year),
        String(u.resolutions),
        String(u.unanimous),
        String(u.withoutVote),
        `${(u.share * 100).toFixed(1)}%`,
      ]),
      ['year', 'resolutions', 'unanimous', 'without vote', 'share unanimous'],
    ),
    '',
    `Failed drafts by reason (the table's wording): vetoed ${s.failedDraftsByReason.vetoed}, not adopted ${s.failedDraftsByReason['not adopted']}`,
    formatTable(
      s.failedDraftsByDecade.map((d) => [`${d.decade}s`, String(d.vetoed), String(d.notAdopted)]),
      ['decade', 'vetoed', 'not adopted'],
    ),
  ].join('\n');
}

function statsCsv(s: RecordStats): string {
  const rows: (string | number)[][] = [['table', 'key', 'column', 'value']];
  for (const c of VETO_CODES) rows.push(['vetoes_by_member', '', c, s.vetoesByMember[c]]);
  for (const d of s.vetoesByMemberByDecade)
    for (const c of VETO_CODES) rows.push(['vetoes_by_decade', d.decade, c, d[c]]);
  for (const u of s.unanimityPerYear) {
    rows.push(['resolutions_per_year', u.year, 'resolutions', u.resolutions]);
    rows.push(['unanimity_per_year', u.year, 'unanimous', u.unanimous]);
    rows.push(['unanimity_per_year', u.year, 'without_vote', u.withoutVote]);
    rows.push(['unanimity_per_year', u.year, 'share', u.share]);
  }
  for (const d of s.failedDraftsByDecade) {
    rows.push(['failed_drafts_by_decade', d.decade, 'vetoed', d.vetoed]);
    rows.push(['failed_drafts_by_decade', d.decade, 'not_adopted', d.notAdopted]);
  }
  return writeCsv(rows);
}

function renderCompare(r: VetoComparisonReport): string {
  const part = (c: VetoListComparison) => [
    `${c.first} (${c.firstEntries} drafts) against ${c.second} (${c.secondEntries} drafts): ${c.matched} paired, ${c.differences.length} differences`,
    formatTable(
      [
        [c.first, ...VETO_CODES.map((m) => String(c.firstByMember[m]))],
        [c.second, ...VETO_CODES.map((m) => String(c.secondByMember[m]))],
      ],
      ['vetoes per member', ...VETO_CODES],
    ),
    ...c.differences.map(
      (d) => `  ${d.kind.padEnd(15)} ${d.detail}${d.documented ? ' [documented source error]' : ''}`,
    ),
    '',
  ];
  return [
    ...(r.libraryVsYordan
      ? part(r.libraryVsYordan)
      : ['The second veto list was not imported (history import DIR --yordan FILE).', '']),
    ...part(r.tablesVsLibrary),
    `Yordán rows whose per-member 1/0 columns disagree with the members named: ${r.yordanDummyMismatches.length} (the comparison uses the named members)`,
  ].join('\n');
}
