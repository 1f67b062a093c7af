import fs from 'node:fs';
import path from 'node:path';
import type { RecordDb } from './schema.ts';
import { YORDAN_DUMMY_CODES } from './yordan-file.ts';

// The record as the project's own dataset (`data/` in the repository): the facts the importer reads
// from the UN Library's pages, one CSV file per kind of fact, each row naming the page and line it
// came from. `exportDataset` writes them from a record database; `loadDataset` reads them back into
// one, table for table, so a database loaded from `data/` equals one imported from the pages.

/** The files of the dataset, in the order they are loaded. */
export const DATASET_FILES = [
  'sources.csv',
  'meetings.csv',
  'decisions.csv',
  'vetoes-library.csv',
  'vetoes-yordan.csv',
  'import-notes.csv',
] as const;

/** One dataset file name. */
export type DatasetFile = (typeof DATASET_FILES)[number];

/** A column: its name and what a field may hold (`''` reads as null in a nullable column). */
export interface ColumnSpec {
  readonly name: string;
  readonly type: 'text' | 'int' | 'bool' | 'date' | 'codes';
  readonly nullable?: boolean;
}

const c = (name: string, type: ColumnSpec['type'] = 'text', nullable = false): ColumnSpec => ({ name, type, nullable });

/** The columns of each dataset file, in order; the first column is the row's key. */
export const DATASET_COLUMNS: Readonly<Record<DatasetFile, readonly ColumnSpec[]>> = {
  'sources.csv': [c('file'), c('kind'), c('sha256'), c('parser_version', 'int'), c('rows', 'int')],
  'meetings.csv': [
    c('topic_id'),
    c('meeting_id'),
    c('date', 'date'),
    c('meeting', 'text', true),
    c('record_note', 'text', true),
    c('press_release', 'text', true),
    c('written_procedure', 'bool'),
    c('year', 'int'),
    c('position', 'int'),
    c('topic'),
    c('outcome_text'),
    c('source_file'),
    c('meeting_line', 'int'),
    c('source_line', 'int'),
  ],
  'decisions.csv': [
    c('id'),
    c('date', 'date'),
    c('meeting', 'text', true),
    c('instrument'),
    c('symbol', 'text', true),
    c('number', 'int', true),
    c('printed_symbol', 'text', true),
    c('outcome'),
    c('yes', 'int', true),
    c('no', 'int', true),
    c('abstain', 'int', true),
    c('tally', 'text', true),
    c('tally_shared', 'bool', true),
    c('permanent_no', 'codes'),
    c('wording', 'text', true),
    c('label', 'text', true),
    c('note', 'text', true),
    c('topic'),
    c('topic_id'),
    c('source_file'),
    c('source_line', 'int'),
  ],
  'vetoes-library.csv': [
    c('id'),
    c('date', 'date'),
    c('draft'),
    c('meeting_record'),
    c('agenda_item'),
    c('vetoed_by', 'codes'),
    c('members_text'),
    c('source_file'),
    c('source_line', 'int'),
  ],
  'vetoes-yordan.csv': [
    c('id'),
    c('date', 'date'),
    c('draft'),
    c('draft_text'),
    c('meeting_record'),
    c('agenda_item'),
    c('crisis_topic'),
    c('region'),
    c('vetoed_by', 'codes'),
    c('dummies', 'codes'),
    c('source_file'),
    c('source_line', 'int'),
  ],
  'import-notes.csv': [c('source_file'), c('seq', 'int'), c('line', 'int'), c('severity'), c('reason'), c('text')],
};

/** The instruments of `decisions.csv` and the table each is stored in. */
export const INSTRUMENTS = ['resolution', 'draft resolution', 'presidential statement'] as const;

/** A dataset row: column name to value (`null` for an empty nullable field, codes as arrays). */
export type DatasetRow = Record<string, string | number | boolean | null | readonly string[]>;

/** The dataset in memory: the rows of each file, in file order. */
export type Dataset = Record<DatasetFile, DatasetRow[]>;

/** The order of the second list's per-member 1/0 columns, as the parser stores them. */
export const DUMMY_ORDER = YORDAN_DUMMY_CODES;

type Any = Record<string, unknown>;

/**
 * Reads every fact of a record database into the dataset's rows, sorted by date (then source file
 * and line) so that a new page changes few lines of the files.
 * @example exportDataset(db)['decisions.csv'].length // 4,2xx decisions 1946–2022
 */
export function exportDataset(db: RecordDb): Dataset {
  const all = (sql: string) => db.prepare<[], Any>(sql).all();
  const codes = (sql: string) => {
    const map = new Map<string, string[]>();
    for (const r of db.prepare<[], { id: string; member: string }>(sql).all()) {
      const list = map.get(r.id) ?? [];
      list.push(r.member);
      map.set(r.id, list);
    }
    for (const list of map.values()) list.sort();
    return (id: string) => map.get(id) ?? [];
  };
  const draftVetoes = codes('SELECT draft_id AS id, member FROM draft_vetoed_by');
  const libraryVetoes = codes('SELECT veto_id AS id, member FROM vetoes');
  const yordanMembers = codes('SELECT veto_id AS id, member FROM yordan_veto_members');
  const decisions = all(`
SELECT r.id, r.date, m.record AS meeting, 'resolution' AS instrument, r.symbol, r.number, r.printed_symbol,
       'adopted' AS outcome, c.yes, c.no, c.abstain, c.printed AS tally, c.shared AS tally_shared, r.wording,
       NULL AS label, r.note, t.text AS topic, r.topic_id, r.file AS source_file, r.line AS source_line
  FROM resolutions r JOIN topics t ON t.id = r.topic_id JOIN meetings m ON m.id = t.meeting_id
  LEFT JOIN vote_counts c ON c.decision_id = r.id
UNION ALL
SELECT d.id, d.date, m.record, 'draft resolution', d.symbol, NULL, NULL, d.outcome, c.yes, c.no, c.abstain, c.printed,
       c.shared, d.wording, d.label, NULL, t.text, d.topic_id, d.file, d.line
  FROM drafts d JOIN topics t ON t.id = d.topic_id JOIN meetings m ON m.id = t.meeting_id
  LEFT JOIN vote_counts c ON c.decision_id = d.id
UNION ALL
SELECT p.id, p.date, m.record, 'presidential statement', p.symbol, NULL, NULL, 'issued', NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, t.text, p.topic_id, p.file, p.line
  FROM presidential_statements p JOIN topics t ON t.id = p.topic_id JOIN meetings m ON m.id = t.meeting_id
ORDER BY 2, 19, 20, 1`).map((r) => ({
    ...r,
    tally_shared: r.tally_shared === null ? null : r.tally_shared === 1,
    permanent_no: r.instrument === 'draft resolution' ? draftVetoes(String(r.id)) : [],
  }));
  return {
    'sources.csv': all('SELECT file, kind, sha256, parser_version, rows FROM sources ORDER BY file') as DatasetRow[],
    'meetings.csv': all(`
SELECT t.id AS topic_id, m.id AS meeting_id, m.date, m.record AS meeting, m.record_note, m.press_release,
       m.written_procedure, m.year, t.position, t.text AS topic, t.outcome_text, m.file AS source_file,
       m.line AS meeting_line, t.line AS source_line
  FROM topics t JOIN meetings m ON m.id = t.meeting_id ORDER BY m.date, m.file, m.line, t.position`).map((r) => ({
      ...r,
      written_procedure: r.written_procedure === 1,
    })) as DatasetRow[],
    'decisions.csv': decisions as DatasetRow[],
    'vetoes-library.csv': all(
      'SELECT id, date, draft, meeting_record, agenda_item, members_text, file AS source_file, line AS source_line FROM veto_list ORDER BY date, file, line',
    ).map((r) => ({ ...r, vetoed_by: libraryVetoes(String(r.id)) })) as DatasetRow[],
    'vetoes-yordan.csv': all(
      'SELECT id, date, draft, draft_text, meeting_record, agenda_item, crisis_topic, region, dummies, file AS source_file, line AS source_line FROM yordan_vetoes ORDER BY date, file, line',
    ).map((r) => {
      const marked = JSON.parse(String(r.dummies)) as Record<string, boolean>;
      return {
        ...r,
        vetoed_by: yordanMembers(String(r.id)),
        dummies: DUMMY_ORDER.filter((code) => marked[code] === true),
      };
    }) as DatasetRow[],
    'import-notes.csv': all(
      'SELECT file AS source_file, seq, line, severity, reason, text FROM import_issues ORDER BY file, seq',
    ) as DatasetRow[],
  };
}

/** One dataset file as CSV text with a header, in the column order of {@link DATASET_COLUMNS}. */
export function datasetCsv(file: DatasetFile, rows: readonly DatasetRow[]): string {
  const columns = DATASET_COLUMNS[file];
  const field = (v: DatasetRow[string] | undefined): string => {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) return v.join(';');
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.map((col) => col.name).join(',')];
  for (const row of rows) lines.push(columns.map((col) => field(row[col.name])).join(','));
  return `${lines.join('\n')}\n`;
}

/** The repository's own `data/` folder, from this file's place in `packages/record/src`. */
export const REPOSITORY_DATA_DIR = path.resolve(import.meta.dirname, '../../../data');

/**
 * The dataset Horseshoe ships: the repository's `data/`, or a `data/` folder beside the package
 * (an installed package carries a copy there). `null` when neither holds `sources.csv`.
 */
export function shippedDataDir(): string | null {
  const candidates = [REPOSITORY_DATA_DIR, path.resolve(import.meta.dirname, '../data')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'sources.csv'))) ?? null;
}
