import { dateFromText } from './dates.ts';
import { readHtmlTable } from './html-table.ts';
import type { IssueRow } from './meetings-file.ts';
import { membersFromText, type VetoCode } from './members.ts';

/** One entry of the Library's "Security Council – Veto List": one vetoed draft. */
export interface VetoListEntry {
  readonly id: string;
  readonly line: number;
  readonly date: string;
  readonly draft: string;
  readonly meetingRecord: string;
  readonly agendaItem: string;
  readonly membersText: string;
  readonly members: readonly VetoCode[];
}

/** The veto list read into entries, with every row it could not read. */
export interface ParsedVetoList {
  readonly file: string;
  readonly entries: readonly VetoListEntry[];
  readonly issues: readonly IssueRow[];
  readonly rows: number;
}

/** The file name of the Library's veto list page. */
export const VETO_LIST_FILE = /^scact_veto_table_en\.html?$/i;

/**
 * Reads the Library's veto list (`scact_veto_table_en.html`): date, draft, meeting record, agenda
 * item and the permanent member(s) that cast the negative vote, one entry per draft.
 * @example parseVetoList('scact_veto_table_en.html', html).entries.length // 213
 */
export function parseVetoList(file: string, html: string): ParsedVetoList {
  const table = readHtmlTable(html);
  const issues: IssueRow[] = [];
  const entries: VetoListEntry[] = [];
  const find = (word: string) => table.header.findIndex((h) => h.includes(word));
  const col = {
    date: find('date'),
    draft: find('draft'),
    record: find('record'),
    agenda: find('agenda'),
    members: find('member'),
  };
  if (Object.values(col).some((i) => i < 0)) {
    issues.push({
      line: 1,
      severity: 'skipped',
      reason: `no header row naming the Date, Draft, Record, Agenda Item and Member columns (found: ${table.header.join(' | ') || 'none'}); file not read`,
      text: table.title,
    });
    return { file, entries, issues, rows: table.rows.length };
  }
  for (const row of table.rows) {
    const cells = row.cells;
    const joined = cells.join(' | ');
    if (cells.length <= 1) {
      issues.push({ line: row.line, severity: 'note', reason: 'one-cell note row, not a veto; ignored', text: joined });
      continue;
    }
    const cell = (i: number) => (cells[i] ?? '').replace(/\s+/g, ' ').trim();
    const parsed = dateFromText(cell(col.date));
    if (parsed === null) {
      issues.push({
        line: row.line,
        severity: 'skipped',
        reason: `date "${cell(col.date)}" is not a full date; veto not imported`,
        text: joined,
      });
      continue;
    }
    if (parsed.twoDigitYear) {
      issues.push({
        line: row.line,
        severity: 'corrected',
        reason: `two-digit year in "${cell(col.date)}" read as ${parsed.date}`,
        text: joined,
      });
    }
    const members = membersFromText(cells[col.members] ?? '');
    if (members.codes.length === 0 || members.rest !== '') {
      issues.push({
        line: row.line,
        severity: members.codes.length === 0 ? 'skipped' : 'note',
        reason:
          members.codes.length === 0
            ? `no permanent member named in "${cell(col.members)}"; veto not imported`
            : `unread words in the member cell: "${members.rest}"`,
        text: joined,
      });
      if (members.codes.length === 0) continue;
    }
    const draft = /S\/(?:PV\.)?\s*\d+(?:\/\d+)?(?:\/(?:Rev|Add|Corr)\.\d+)*/.exec(cell(col.draft));
    if (draft === null) {
      issues.push({
        line: row.line,
        severity: 'skipped',
        reason: `draft cell "${cell(col.draft)}" holds no document symbol; veto not imported`,
        text: joined,
      });
      continue;
    }
    entries.push({
      id: `veto:${row.line}`,
      line: row.line,
      date: parsed.date,
      draft: draft[0].replace(/\s+/g, ''),
      meetingRecord: cell(col.record),
      agendaItem: cell(col.agenda),
      membersText: cell(col.members),
      members: members.codes,
    });
  }
  return { file, entries, issues, rows: table.rows.length };
}
