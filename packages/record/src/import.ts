import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { assertNever } from '@horseshoe/engine';
import { type IssueRow, meetingsFileInfo, parseMeetingsFile } from './meetings-file.ts';
import { RecordInputError } from './record-input-error.ts';
import { finishImport, PARSER_VERSION, type RecordDb, startImport } from './schema.ts';
import { parseVetoList, VETO_LIST_FILE } from './veto-list-file.ts';
import { clearFile, writeIssues, writeMeetingsFile, writeVetoList, writeYordan } from './write.ts';
import { parseYordan } from './yordan-file.ts';

export { RecordInputError } from './record-input-error.ts';

/** What happened to one source file. */
export interface FileReport {
  readonly file: string;
  readonly kind: SourceKind;
  /**
   * `unchanged`: same content and parser as the last import, so nothing was written; `failed`: the
   * file was not imported (a table cut off), its earlier rows kept, and the report says why.
   */
  readonly status: 'imported' | 'unchanged' | 'failed';
  readonly rows: number;
  readonly issues: number;
}

/** A row that could not be read, or was read after a correction, with its file. */
export interface ImportIssue extends IssueRow {
  readonly file: string;
}

/** The result of an import: per-file status, what the database now holds, and every issue. */
export interface ImportReport {
  readonly files: readonly FileReport[];
  readonly totals: RecordTotals;
  readonly issues: readonly ImportIssue[];
}

/** Row counts of the record. */
export interface RecordTotals {
  readonly meetings: number;
  readonly resolutions: number;
  readonly failedDrafts: number;
  readonly vetoedDrafts: number;
  readonly presidentialStatements: number;
  readonly vetoListEntries: number;
  readonly yordanEntries: number;
}

/** Which parser reads a source file. */
export type SourceKind = 'meetings' | 'veto-list' | 'yordan';

/** Options of {@link importRecord}. */
export interface ImportOptions {
  /** The second veto list (`unsc_vetoes_1946_sept2022.csv`), if it should be imported too. */
  readonly yordan?: string;
  /** Called after each file, for a progress bar. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

interface Source {
  readonly file: string;
  readonly path: string;
  readonly kind: SourceKind;
}

/**
 * Imports the Library's yearly tables and veto list found in `dir` (and, optionally, the second
 * veto list) into `db`. Each file is written in one transaction that first removes the rows it
 * wrote before, and files whose content and parser are unchanged are skipped, so importing twice
 * changes nothing. Throws {@link RecordInputError} naming the path when a path cannot be used.
 * @example importRecord(openRecordDb(':memory:'), 'pages') // a folder written by `horseshoe history fetch`
 */
export function importRecord(db: RecordDb, dir: string, options: ImportOptions = {}): ImportReport {
  const sources = listSources(dir, options.yordan);
  const files: FileReport[] = [];
  const failed: ImportIssue[] = [];
  startImport(db);
  sources.forEach((source, i) => {
    const report = importSource(db, source);
    files.push(report.file);
    if (report.failure) failed.push(report.failure);
    options.onProgress?.(i + 1, sources.length, source.file);
  });
  finishImport(db);
  return { files, totals: recordTotals(db), issues: [...failed, ...importIssues(db)] };
}

/**
 * A table cut off before its end, or with more `<table>` than `</table>` tags, is not imported at
 * all: parse5 would close it silently and the rest of the year would be lost without a word.
 */
function cutOffTable(source: Source, text: string): ImportIssue | null {
  if (source.kind === 'yordan') return null;
  const opened = (text.match(/<table\b/gi) ?? []).length;
  const closed = (text.match(/<\/table\s*>/gi) ?? []).length;
  if (opened === closed && opened > 0) return null;
  const lines = text.split('\n').length;
  const rows = (text.match(/<tr\b/gi) ?? []).length;
  return {
    file: source.file,
    line: lines,
    severity: 'skipped',
    reason: `the table is cut off or unbalanced (${opened} <table>, ${closed} </table>; the file ends at line ${lines}); file not imported: its ${rows} rows not read, and the rows an earlier import wrote from it kept`,
    text: '',
  };
}

function listSources(dir: string, yordan: string | undefined): Source[] {
  let names: string[];
  try {
    if (!fs.statSync(dir).isDirectory()) throw new RecordInputError(dir, `${dir} is not a directory`);
    names = fs.readdirSync(dir);
  } catch (error) {
    if (error instanceof RecordInputError) throw error;
    throw new RecordInputError(
      dir,
      `cannot read directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const sources: Source[] = names
    .filter((n) => meetingsFileInfo(n) !== null || VETO_LIST_FILE.test(n))
    .sort()
    .map((n) => ({ file: n, path: path.join(dir, n), kind: meetingsFileInfo(n) !== null ? 'meetings' : 'veto-list' }));
  if (sources.length === 0) {
    throw new RecordInputError(dir, `${dir} holds no scactYYYY_table_en.html or scact_veto_table_en.html file`);
  }
  if (yordan !== undefined) sources.push({ file: path.basename(yordan), path: yordan, kind: 'yordan' });
  return sources;
}

function importSource(db: RecordDb, source: Source): { file: FileReport; failure?: ImportIssue } {
  let text: string;
  try {
    // A pipe or device would block the read: only regular files are read.
    if (!fs.statSync(source.path).isFile())
      throw new RecordInputError(
        source.path,
        `cannot read ${source.path}: not a regular file (a directory, device or pipe)`,
      );
    text = fs.readFileSync(source.path, 'utf8');
  } catch (error) {
    if (error instanceof RecordInputError) throw error;
    throw new RecordInputError(
      source.path,
      `cannot read ${source.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const issueCount = () =>
    db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM import_issues WHERE file = ?').get(source.file)?.n ??
    0;
  const failure = cutOffTable(source, text);
  if (failure) return { file: { file: source.file, kind: source.kind, status: 'failed', rows: 0, issues: 1 }, failure };
  const sha256 = createHash('sha256').update(text).digest('hex');
  const previousOf = () =>
    db
      .prepare<[string], { sha256: string; parser_version: number; rows: number }>(
        'SELECT sha256, parser_version, rows FROM sources WHERE file = ?',
      )
      .get(source.file);
  // Read and written in one IMMEDIATE transaction: a second import running at the same time waits
  // for it (busy timeout), then finds the file already imported instead of writing it twice.
  const rows = db
    .transaction(() => {
      const previous = previousOf();
      if (previous && previous.sha256 === sha256 && previous.parser_version === PARSER_VERSION) return null;
      // A file absent from `sources` has no rows: each import of a file is one transaction.
      if (previous) clearFile(db, source.file);
      const { rows, issues } = writeSource(db, source, text);
      writeIssues(db, source.file, issues);
      db.prepare('INSERT INTO sources (file, kind, sha256, parser_version, rows) VALUES (?, ?, ?, ?, ?)').run(
        source.file,
        source.kind,
        sha256,
        PARSER_VERSION,
        rows,
      );
      return rows;
    })
    .immediate();
  if (rows === null) {
    const rowsBefore = previousOf()?.rows ?? 0;
    return {
      file: { file: source.file, kind: source.kind, status: 'unchanged', rows: rowsBefore, issues: issueCount() },
    };
  }
  return { file: { file: source.file, kind: source.kind, status: 'imported', rows, issues: issueCount() } };
}

function writeSource(db: RecordDb, source: Source, text: string): { rows: number; issues: IssueRow[] } {
  switch (source.kind) {
    case 'meetings': {
      const parsed = parseMeetingsFile(source.file, text);
      const written = writeMeetingsFile(db, parsed);
      return { rows: parsed.rows, issues: [...parsed.issues, ...written].sort((a, b) => a.line - b.line) };
    }
    case 'veto-list': {
      const parsed = parseVetoList(source.file, text);
      writeVetoList(db, parsed);
      return { rows: parsed.rows, issues: [...parsed.issues] };
    }
    case 'yordan': {
      const parsed = parseYordan(source.file, text);
      writeYordan(db, parsed);
      return { rows: parsed.rows, issues: [...parsed.issues] };
    }
    default:
      return assertNever(source.kind);
  }
}

/** Counts what the record database holds. */
export function recordTotals(db: RecordDb): RecordTotals {
  const n = (sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
  return {
    meetings: n('SELECT count(*) AS n FROM meetings'),
    resolutions: n('SELECT count(*) AS n FROM resolutions'),
    failedDrafts: n('SELECT count(*) AS n FROM drafts'),
    vetoedDrafts: n("SELECT count(*) AS n FROM drafts WHERE outcome = 'vetoed'"),
    presidentialStatements: n('SELECT count(*) AS n FROM presidential_statements'),
    vetoListEntries: n('SELECT count(*) AS n FROM veto_list'),
    yordanEntries: n('SELECT count(*) AS n FROM yordan_vetoes'),
  };
}

/** Every issue recorded by the imports so far, by file and line. */
export function importIssues(db: RecordDb): ImportIssue[] {
  return db
    .prepare<[], ImportIssue>('SELECT file, line, severity, reason, text FROM import_issues ORDER BY file, seq')
    .all();
}
