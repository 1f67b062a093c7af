import { dateFromText } from './dates.ts';
import { readHtmlTable, type TableRow } from './html-table.ts';
import { type CellDecision, parseOutcomeCell } from './outcome-cell.ts';

/** A row the importer could not read, or read only after a correction. */
export interface IssueRow {
  readonly line: number;
  readonly severity: 'skipped' | 'corrected' | 'note';
  readonly reason: string;
  readonly text: string;
}

/** One agenda item of a meeting, with the decisions its outcome cell records. */
export interface TopicRow {
  readonly id: string;
  readonly line: number;
  readonly text: string;
  readonly outcomeText: string;
  readonly decisions: readonly CellDecision[];
}

/** One meeting of a yearly table. */
export interface MeetingRow {
  readonly id: string;
  readonly line: number;
  readonly record: string | null;
  readonly recordNote: string | null;
  readonly date: string;
  readonly pressRelease: string | null;
  readonly topics: TopicRow[];
}

/** A yearly table read into meetings, topics and decisions, with every problem found. */
export interface ParsedMeetingsFile {
  readonly file: string;
  readonly year: number;
  readonly writtenProcedure: boolean;
  readonly meetings: readonly MeetingRow[];
  readonly issues: readonly IssueRow[];
  readonly rows: number;
}

/** The year and kind of a yearly table from its file name (`scact1947_table_en.html`), or `null`. */
export function meetingsFileInfo(file: string): { year: number; writtenProcedure: boolean } | null {
  const m = /^scact(\d{4})(_covid)?_table_en\.html?$/i.exec(file);
  if (!m) return null;
  return { year: Number(m[1]), writtenProcedure: m[2] !== undefined };
}

interface Columns {
  readonly record: number;
  readonly date: number;
  readonly press: number;
  readonly topic: number;
  readonly outcome: number;
}

/**
 * Reads one yearly table ("Meetings conducted by the Security Council in YYYY"). The year comes
 * from the file name (the 2020 VTC table's title says 2021). Columns are found by their header
 * words, so the 4-, 5- and 7-column layouts read alike.
 * @example parseMeetingsFile('scact2011_table_en.html', html).meetings.length
 */
export function parseMeetingsFile(file: string, html: string): ParsedMeetingsFile {
  const info = meetingsFileInfo(file);
  if (info === null) throw new Error(`not a yearly meetings table file name: ${file}`);
  const table = readHtmlTable(html);
  const issues: IssueRow[] = [];
  const meetings: MeetingRow[] = [];
  const columns = columnsOf(table.header);
  if (columns === null) {
    issues.push({
      line: 1,
      severity: 'skipped',
      reason: `no header row naming the Meeting Record, Date, Topic and Outcome columns (found: ${table.header.join(' | ') || 'none'}); file not read`,
      text: table.title,
    });
    return { file, ...info, meetings, issues, rows: table.rows.length };
  }
  const width = table.header.length;
  const stem = file.replace(/_table_en\.html?$/i, '');
  let current: MeetingRow | null = null;
  let currentKey = '';
  for (const row of table.rows) {
    const cells = row.cells;
    const joined = cells.join(' | ');
    if (cells.every((c) => c.trim() === '')) {
      issues.push({ line: row.line, severity: 'note', reason: 'empty row ignored', text: '' });
      continue;
    }
    if (cells.length === 1) {
      issues.push({
        line: row.line,
        severity: 'note',
        reason: 'one-cell note row, not a meeting; ignored',
        text: joined,
      });
      continue;
    }
    const recordCell = cells[columns.record] ?? '';
    const dateText = cells[columns.date] ?? '';
    // 1948 writes a meeting's further agenda items as rows with empty record and date cells.
    if (current !== null && recordCell === '' && dateText === '') {
      current.topics.push(topicFrom(row, stem, cells, columns, issues));
      continue;
    }
    const parsedDate = dateFromText(dateText, info.year);
    if (parsedDate === null) {
      issues.push({
        line: row.line,
        severity: 'skipped',
        reason: `date cell "${dateText}" is not a day and month; row not imported`,
        text: joined,
      });
      continue;
    }
    if (cells.length < width) {
      issues.push({
        line: row.line,
        severity: 'note',
        reason: `row has ${cells.length} cells, ${width} expected; the missing trailing cells are read as empty`,
        text: joined,
      });
    } else if (cells.length > width) {
      const extra = cells.slice(width).filter((c) => c !== '--' && c !== '');
      issues.push({
        line: row.line,
        severity: extra.length > 0 ? 'skipped' : 'note',
        reason: `row has ${cells.length} cells, ${width} expected; extra cell text ignored${extra.length > 0 ? `: "${extra.join(' | ')}"` : ' (only "--")'}`,
        text: joined,
      });
    }
    const key = `${recordCell}|${parsedDate.date}`;
    if (current === null || key !== currentKey || !/S\/PV/.test(recordCell)) {
      current = meetingFrom(
        row,
        stem,
        recordCell,
        parsedDate.date,
        columns.press < 0 ? null : (cells[columns.press] ?? null),
      );
      currentKey = key;
      meetings.push(current);
    }
    current.topics.push(topicFrom(row, stem, cells, columns, issues));
  }
  return { file, ...info, meetings, issues, rows: table.rows.length };
}

function columnsOf(header: readonly string[]): Columns | null {
  const find = (word: string) => header.findIndex((h) => h.includes(word));
  const columns = {
    record: find('meeting'),
    date: find('date'),
    press: find('press'),
    topic: find('topic'),
    outcome: find('outcome /'),
  };
  if (columns.outcome < 0) columns.outcome = header.findIndex((h) => h.startsWith('security council'));
  if (columns.record < 0 || columns.date < 0 || columns.topic < 0 || columns.outcome < 0) return null;
  return columns;
}

function meetingFrom(row: TableRow, stem: string, recordCell: string, date: string, press: string | null): MeetingRow {
  const m = /S\/PV\.\s*\d+/.exec(recordCell);
  const record = m ? m[0].replace(/\s+/g, '') : null;
  const note = (m ? recordCell.replace(m[0], '') : recordCell).replace(/\s+/g, ' ').trim();
  const pressRelease =
    press === null || press.trim() === '' || press === '--' || /none issued/i.test(press)
      ? null
      : press.replace(/\s+/g, ' ');
  return {
    id: `${stem}:${row.line}`,
    line: row.line,
    record,
    recordNote: note === '' || note === '--' ? null : note,
    date,
    pressRelease,
    topics: [],
  };
}

function topicFrom(
  row: TableRow,
  stem: string,
  cells: readonly string[],
  columns: Columns,
  issues: IssueRow[],
): TopicRow {
  const outcomeText = cells[columns.outcome] ?? '';
  const parsed = parseOutcomeCell(outcomeText);
  for (const p of parsed.problems)
    issues.push({ line: row.line, severity: p.severity, reason: p.reason, text: p.text });
  return {
    id: `${stem}:${row.line}`,
    line: row.line,
    text: (cells[columns.topic] ?? '').replace(/\s+/g, ' ').trim(),
    outcomeText,
    decisions: parsed.decisions,
  };
}
