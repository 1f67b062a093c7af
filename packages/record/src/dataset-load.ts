import fs from 'node:fs';
import path from 'node:path';
import { readCsv } from './csv.ts';
import {
  type ColumnSpec,
  DATASET_COLUMNS,
  DATASET_FILES,
  type Dataset,
  type DatasetFile,
  type DatasetRow,
  DUMMY_ORDER,
  INSTRUMENTS,
} from './dataset.ts';
import { type FileReport, type ImportReport, importIssues, RecordInputError, recordTotals } from './import.ts';
import { isVetoCode } from './members.ts';
import { finishImport, type RecordDb, startImport } from './schema.ts';
import { clearFile } from './write.ts';

/**
 * Reads the dataset files of `dir` (see `data/README.md`), checking every field: a file that is
 * missing, lacks a column or holds a field of the wrong kind throws {@link RecordInputError}
 * naming the file, line and field.
 * @example readDataset('data')['decisions.csv'].length
 */
export function readDataset(dir: string): Dataset {
  const out = {} as Dataset;
  for (const file of DATASET_FILES) out[file] = readDatasetFile(dir, file);
  return out;
}

function readDatasetFile(dir: string, file: DatasetFile): DatasetRow[] {
  const where = path.join(dir, file);
  let text: string;
  try {
    text = fs.readFileSync(where, 'utf8');
  } catch (error) {
    throw new RecordInputError(
      where,
      `cannot read ${where}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let rows: string[][];
  try {
    rows = readCsv(text);
  } catch (error) {
    throw new RecordInputError(where, `${where} line ${(error as { lines?: number }).lines ?? 1}: not CSV`);
  }
  const columns = DATASET_COLUMNS[file];
  const header = rows[0] ?? [];
  const missing = columns.filter((col) => !header.includes(col.name)).map((col) => col.name);
  if (missing.length > 0) throw new RecordInputError(where, `${where} line 1: missing column(s) ${missing.join(', ')}`);
  return rows.slice(1).map((fields, i) => {
    const row: DatasetRow = {};
    for (const col of columns) {
      row[col.name] = fieldValue(col, fields[header.indexOf(col.name)] ?? '', () => `${where} line ${i + 2}`);
    }
    return row;
  });
}

function fieldValue(col: ColumnSpec, text: string, at: () => string): DatasetRow[string] {
  const bad = (expected: string) =>
    new RecordInputError(at(), `${at()}, field ${col.name}: "${text}" is not ${expected}`);
  if (text === '' && col.nullable) return null;
  switch (col.type) {
    case 'text':
      return text;
    case 'int':
      if (!/^-?\d+$/.test(text)) throw bad('a whole number');
      return Number(text);
    case 'bool':
      if (text !== 'true' && text !== 'false') throw bad('true or false');
      return text === 'true';
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw bad('a date YYYY-MM-DD');
      return text;
    case 'codes': {
      const codes = text === '' ? [] : text.split(';');
      if (!codes.every(isVetoCode)) throw bad('a ;-separated list of SUN, RUS, USA, GBR, FRA, CHN');
      return codes;
    }
  }
}

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** Called after each source page's rows, for a progress bar. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Loads the dataset of `dir` into `db`, source page by source page: a page whose checksum and
 * parser version the database already holds is skipped, any other replaces that page's rows in one
 * transaction, exactly as `importRecord` would have written them from the page itself.
 * @example loadDataset(openRecordDb(':memory:'), REPOSITORY_DATA_DIR)
 */
export function loadDataset(db: RecordDb, dir: string, options: LoadDatasetOptions = {}): ImportReport {
  const sources = readDatasetFile(dir, 'sources.csv');
  const previous = db.prepare<[string], { sha256: string; parser_version: number }>(
    'SELECT sha256, parser_version FROM sources WHERE file = ?',
  );
  const isUnchanged = (s: DatasetRow) => {
    const before = previous.get(String(s.file));
    return before?.sha256 === s.sha256 && before?.parser_version === s.parser_version;
  };
  // Nothing to write: the other files are not even read (a re-load of the same data/ is a no-op).
  const data =
    sources.every(isUnchanged) && DATASET_FILES.every((f) => fs.existsSync(path.join(dir, f)))
      ? null
      : readDataset(dir);
  const byFile = (rows: readonly DatasetRow[] | undefined) => {
    const map = new Map<string, DatasetRow[]>();
    for (const r of rows ?? []) {
      const key = String(r.source_file);
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    }
    return map;
  };
  const groups = {
    meetings: byFile(data?.['meetings.csv']),
    decisions: byFile(data?.['decisions.csv']),
    library: byFile(data?.['vetoes-library.csv']),
    yordan: byFile(data?.['vetoes-yordan.csv']),
    notes: byFile(data?.['import-notes.csv']),
  };
  const known = new Set(sources.map((s) => String(s.file)));
  const fileOf: Record<keyof typeof groups, DatasetFile> = {
    meetings: 'meetings.csv',
    decisions: 'decisions.csv',
    library: 'vetoes-library.csv',
    yordan: 'vetoes-yordan.csv',
    notes: 'import-notes.csv',
  };
  for (const [name, rows] of Object.entries(groups) as [keyof typeof groups, Map<string, DatasetRow[]>][]) {
    for (const file of rows.keys()) {
      if (!known.has(file)) {
        const where = path.join(dir, fileOf[name]);
        throw new RecordInputError(where, `${where}: rows of ${file}, which sources.csv does not list`);
      }
    }
  }
  const files: FileReport[] = [];
  startImport(db);
  const issueCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM import_issues WHERE file = ?');
  sources.forEach((s, i) => {
    const file = String(s.file);
    const kind = s.kind as FileReport['kind'];
    let unchanged = isUnchanged(s);
    if (!unchanged) {
      // IMMEDIATE, checked again inside: a second load at the same time waits, then skips the page.
      db.transaction(() => {
        if (isUnchanged(s)) {
          unchanged = true;
          return;
        }
        clearFile(db, file);
        const pick = (m: Map<string, DatasetRow[]>) => m.get(file) ?? [];
        writeMeetings(db, pick(groups.meetings));
        writeDecisions(db, pick(groups.decisions));
        writeLibraryVetoes(db, pick(groups.library));
        writeYordanVetoes(db, pick(groups.yordan));
        const notes = db.prepare(
          'INSERT INTO import_issues (file, seq, line, severity, reason, text) VALUES (?, ?, ?, ?, ?, ?)',
        );
        for (const n of pick(groups.notes)) notes.run(file, n.seq, n.line, n.severity, n.reason, n.text);
        db.prepare('INSERT INTO sources (file, kind, sha256, parser_version, rows) VALUES (?, ?, ?, ?, ?)').run(
          file,
          kind,
          s.sha256,
          s.parser_version,
          s.rows,
        );
      }).immediate();
    }
    files.push({
      file,
      kind,
      status: unchanged ? 'unchanged' : 'imported',
      rows: Number(s.rows),
      issues: issueCount.get(file)?.n ?? 0,
    });
    options.onProgress?.(i + 1, sources.length, file);
  });
  finishImport(db);
  return { files, totals: recordTotals(db), issues: importIssues(db) };
}

type Value = string | number | null;
function v(x: DatasetRow[string] | undefined): Value {
  if (x === undefined || x === null) return null;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'string' || typeof x === 'number') return x;
  return x.join(';');
}

function writeMeetings(db: RecordDb, rows: readonly DatasetRow[]): void {
  const meeting = db.prepare(
    'INSERT OR IGNORE INTO meetings (id, file, line, record, record_note, date, year, press_release, written_procedure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const topic = db.prepare(
    'INSERT INTO topics (id, meeting_id, file, line, position, text, outcome_text) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of rows) {
    meeting.run(
      ...[r.meeting_id, r.source_file, r.meeting_line, r.meeting, r.record_note, r.date, r.year, r.press_release].map(
        v,
      ),
      v(r.written_procedure),
    );
    topic.run(...[r.topic_id, r.meeting_id, r.source_file, r.source_line, r.position, r.topic, r.outcome_text].map(v));
  }
}

function writeDecisions(db: RecordDb, rows: readonly DatasetRow[]): void {
  const resolution = db.prepare(
    'INSERT INTO resolutions (id, number, symbol, printed_symbol, date, topic_id, wording, note, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const draft = db.prepare(
    'INSERT INTO drafts (id, symbol, label, date, topic_id, outcome, wording, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const vetoedBy = db.prepare('INSERT INTO draft_vetoed_by (draft_id, member, file) VALUES (?, ?, ?)');
  const prst = db.prepare(
    'INSERT INTO presidential_statements (id, symbol, date, topic_id, file, line) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const count = db.prepare(
    'INSERT INTO vote_counts (decision_id, kind, yes, no, abstain, printed, shared, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of rows) {
    const where = `decisions.csv row ${String(r.id)}`;
    if (!(INSTRUMENTS as readonly unknown[]).includes(r.instrument))
      throw new RecordInputError(where, `${where}, field instrument: unknown instrument "${String(r.instrument)}"`);
    if (r.instrument === 'resolution') {
      resolution.run(
        ...[r.id, r.number, r.symbol, r.printed_symbol, r.date, r.topic_id, r.wording, r.note, r.source_file].map(v),
        v(r.source_line),
      );
    } else if (r.instrument === 'draft resolution') {
      draft.run(
        ...[r.id, r.symbol, r.label ?? '', r.date, r.topic_id, r.outcome, r.wording ?? '', r.source_file].map(v),
        v(r.source_line),
      );
      for (const m of r.permanent_no as readonly string[]) vetoedBy.run(r.id, m, r.source_file);
    } else {
      prst.run(...[r.id, r.symbol, r.date, r.topic_id, r.source_file, r.source_line].map(v));
    }
    if (r.tally !== null && r.instrument !== 'presidential statement') {
      const kind = r.instrument === 'resolution' ? 'resolution' : 'draft';
      count.run(...[r.id, kind, r.yes, r.no, r.abstain, r.tally, v(r.tally_shared) ?? 0, r.source_file].map(v));
    }
  }
}

function writeLibraryVetoes(db: RecordDb, rows: readonly DatasetRow[]): void {
  const entry = db.prepare(
    'INSERT INTO veto_list (id, date, draft, meeting_record, agenda_item, members_text, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const member = db.prepare('INSERT INTO vetoes (veto_id, member, file) VALUES (?, ?, ?)');
  for (const r of rows) {
    entry.run(
      ...[r.id, r.date, r.draft, r.meeting_record, r.agenda_item, r.members_text, r.source_file, r.source_line].map(v),
    );
    for (const m of r.vetoed_by as readonly string[]) member.run(r.id, m, r.source_file);
  }
}

function writeYordanVetoes(db: RecordDb, rows: readonly DatasetRow[]): void {
  const entry = db.prepare(
    'INSERT INTO yordan_vetoes (id, date, draft, draft_text, meeting_record, agenda_item, crisis_topic, region, dummies, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const member = db.prepare('INSERT INTO yordan_veto_members (veto_id, member, file) VALUES (?, ?, ?)');
  for (const r of rows) {
    const marked = r.dummies as readonly string[];
    const dummies = JSON.stringify(Object.fromEntries(DUMMY_ORDER.map((code) => [code, marked.includes(code)])));
    entry.run(
      ...[r.id, r.date, r.draft, r.draft_text, r.meeting_record, r.agenda_item, r.crisis_topic, r.region].map(v),
      dummies,
      v(r.source_file),
      v(r.source_line),
    );
    for (const m of r.vetoed_by as readonly string[]) member.run(r.id, m, r.source_file);
  }
}
