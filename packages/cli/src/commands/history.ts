import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkRecord,
  checkRecordPath,
  compareVetoLists,
  importRecord,
  isVetoCode,
  loadDataset,
  OUTCOME_FILTERS,
  type OutcomeFilter,
  openRecordDb,
  type RecordDb,
  RecordInputError,
  recordStats,
  resolutionGaps,
  searchDecisions,
  shippedDataDir,
  VETO_CODES,
  writeCsv,
} from '@horseshoe/record';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { printResult } from '../output.ts';
import { registerHistoryFetch } from './history-fetch.ts';
import { renderCheck, renderCompare, renderImport, renderSearch, renderStats, statsCsv } from './history-render.ts';

interface DbFlags {
  readonly db?: string;
  readonly json?: boolean;
  readonly csv?: boolean;
}

/** Registers `horseshoe history`: import the Library's tables, replay them, search and count them. */
export function registerHistory(program: Command): void {
  const history = program
    .command('history')
    .description("The Council's record since 1946 from the UN Library's tables: import, fetch, check, search, stats");
  const dbOption = `the record database (default ${defaultDbPath()})`;
  history
    .command('import [dir]')
    .description(
      "Import the record: with no DIR, Horseshoe's own dataset of the record (data/); with DIR, the Library's pages found there (scact*_table_en.html, as written by history fetch)",
    )
    .option('--db <file>', dbOption)
    .option('--data [folder]', "load a dataset folder in Horseshoe's format (default: the data/ Horseshoe ships)")
    .option('--yordan <file>', 'with DIR: also import the second veto list (unsc_vetoes_1946_sept2022.csv)')
    .option('--json', 'print JSON instead of tables (and no progress bar)')
    .action((dir: string | undefined, flags: ImportFlags) => runImport(dir, flags));
  registerHistoryFetch(history);
  history
    .command('check')
    .description(
      'Replay every recorded vote through the decision rules; report each disagreement and any gap in resolution numbering (exit 1 if a disagreement is unexplained or a number is missing)',
    )
    .option('--db <file>', dbOption)
    .option('--json', 'print JSON instead of tables')
    .action((flags: DbFlags) => {
      const report = withDb(flags, (db) => ({ ...checkRecord(db), resolutionGaps: resolutionGaps(db) }));
      printResult(flags.json === true, report, () => renderCheck(report));
      const problems = [
        ...(report.unexplained > 0 ? [`${report.unexplained} unexplained disagreement(s)`] : []),
        ...(report.resolutionGaps.length > 0 ? [`${report.resolutionGaps.length} gap(s) in resolution numbering`] : []),
      ];
      if (problems.length > 0) throw new Error(`check found ${problems.join(' and ')}`);
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

interface ImportFlags extends DbFlags {
  readonly yordan?: string;
  readonly data?: string | true;
}

function runImport(dir: string | undefined, flags: ImportFlags): void {
  if (dir !== undefined && flags.data !== undefined)
    throw new UsageError('--data: give either DIR (the pages) or --data FOLDER (a dataset), not both');
  if (flags.yordan !== undefined && dir === undefined)
    throw new UsageError('--yordan: only with DIR (the dataset already holds the second veto list)');
  if (flags.yordan !== undefined && !fs.existsSync(flags.yordan))
    throw new UsageError(`--yordan: no such file: ${flags.yordan}`);
  const dataDir = dir !== undefined ? null : typeof flags.data === 'string' ? flags.data : shippedDataDir();
  if (dir === undefined && dataDir === null)
    throw new UsageError('no DIR given and no data/ folder found beside Horseshoe; give the folder of the pages');
  const file = flags.db ?? defaultDbPath();
  const db = openForImport(file);
  const bar =
    flags.json || !process.stderr.isTTY
      ? null
      : new SingleBar({ format: 'importing {bar} {value}/{total} {file}', stream: process.stderr, hideCursor: true });
  const onProgress = (done: number, total: number, name: string) => {
    bar?.setTotal(total);
    bar?.update(done, { file: name });
  };
  try {
    bar?.start(1, 0, { file: '' });
    const report =
      dataDir !== null
        ? loadDataset(db, dataDir, { onProgress })
        : importRecord(db, dir ?? '', { ...(flags.yordan !== undefined ? { yordan: flags.yordan } : {}), onProgress });
    bar?.stop();
    const from = dataDir !== null ? { dataset: path.resolve(dataDir) } : { pages: path.resolve(dir ?? '') };
    printResult(flags.json === true, { db: file, ...from, ...report }, () =>
      renderImport(file, dataDir !== null ? `the dataset in ${dataDir}` : `the pages in ${dir}`, report),
    );
    const failed = report.files.filter((f) => f.status === 'failed');
    if (failed.length > 0) {
      const where = report.issues
        .filter((i) => failed.some((f) => f.file === i.file) && i.severity === 'skipped')
        .map((i) => `${i.file} line ${i.line}: ${i.reason}`);
      throw new UsageError(`${failed.length} file(s) not imported:\n${where.join('\n')}`);
    }
  } catch (error) {
    bar?.stop();
    if (error instanceof RecordInputError) throw new UsageError(`${error.message}`);
    throw error;
  } finally {
    db.close();
  }
}

function openForImport(file: string): RecordDb {
  try {
    checkRecordPath(file);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return openRecordDb(file);
  } catch (error) {
    if (error instanceof RecordInputError) throw new UsageError(`--db: ${error.message}`);
    throw error;
  }
}

function withDb<T>(flags: DbFlags, read: (db: RecordDb) => T): T {
  if (flags.json && flags.csv) throw new UsageError('--json and --csv: choose one output format');
  const file = flags.db ?? defaultDbPath();
  let db: RecordDb;
  try {
    checkRecordPath(file);
    if (!fs.existsSync(file)) {
      throw new UsageError(
        `--db: no record database at ${file}; run "horseshoe history import${flags.db ? ` --db ${flags.db}` : ''}" first`,
      );
    }
    // Read-only: a read command never writes a byte, and refuses what is not a complete record.
    db = openRecordDb(file, { readonly: true });
  } catch (error) {
    if (error instanceof RecordInputError) throw new UsageError(`--db: ${error.message}`);
    throw error;
  }
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
