import { readCsv } from './csv.ts';
import { dateFromUsText } from './dates.ts';
import type { IssueRow } from './meetings-file.ts';
import { membersFromText, type VetoCode } from './members.ts';

/** One row of C. L. Yordán's veto list (World Politics Data Lab), one vetoed draft. */
export interface YordanEntry {
  readonly id: string;
  readonly line: number;
  readonly date: string;
  /** The first document symbol of the `draft` column; the column as printed is `draftText`. */
  readonly draft: string;
  readonly draftText: string;
  readonly meetingRecord: string;
  readonly agendaItem: string;
  readonly crisisTopic: string;
  readonly region: string;
  /** From the named columns `member_veto1..3` (the per-member dummies are unreliable). */
  readonly members: readonly VetoCode[];
  /** The per-member 1/0 columns as printed, for the comparison report. */
  readonly dummies: Readonly<Record<VetoCode, boolean>>;
}

/** The second veto list read into entries, with every row it could not read. */
export interface ParsedYordan {
  readonly file: string;
  readonly entries: readonly YordanEntry[];
  readonly issues: readonly IssueRow[];
  readonly rows: number;
}

const REQUIRED = ['date', 'draft', 'meeting_record', 'agenda_item', 'member_veto1'] as const;
const DUMMIES: readonly (readonly [VetoCode, string])[] = [
  ['CHN', 'China'],
  ['FRA', 'France'],
  ['RUS', 'Russia'],
  ['SUN', 'USSR'],
  ['USA', 'USA'],
  ['GBR', 'UK'],
];

/** The member codes of the second list's per-member 1/0 columns, in the file's column order. */
export const YORDAN_DUMMY_CODES: readonly VetoCode[] = DUMMIES.map(([code]) => code);

/**
 * Reads `unsc_vetoes_1946_sept2022.csv`. Members come from `member_veto1..3`; a row without a
 * readable date, draft or member is reported and left out.
 * @example parseYordan('unsc_vetoes_1946_sept2022.csv', text).entries.length // 214
 */
export function parseYordan(file: string, text: string): ParsedYordan {
  let rows: string[][];
  try {
    rows = readCsv(text);
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file,
      entries: [],
      issues: [{ line, severity: 'skipped', reason: `not CSV: ${reason}; file not read`, text: '' }],
      rows: 0,
    };
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const issues: IssueRow[] = [];
  const entries: YordanEntry[] = [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    issues.push({
      line: 1,
      severity: 'skipped',
      reason: `missing column(s) ${missing.join(', ')}; file not read`,
      text: header.join(','),
    });
    return { file, entries, issues, rows: Math.max(0, rows.length - 1) };
  }
  const at = (row: readonly string[], name: string) => (row[header.indexOf(name)] ?? '').trim();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.every((f) => f.trim() === '')) return;
    const joined = row.join(',');
    const date = dateFromUsText(at(row, 'date'));
    if (date === null) {
      issues.push({
        line,
        severity: 'skipped',
        reason: `date "${at(row, 'date')}" is not M/D/YYYY; row not imported`,
        text: joined,
      });
      return;
    }
    const names = ['member_veto1', 'member_veto2', 'member_veto3'].map((c) => at(row, c)).filter((n) => n !== '');
    const members = membersFromText(names.join(', '));
    if (members.codes.length === 0 || members.rest !== '') {
      issues.push({
        line,
        severity: 'skipped',
        reason: `member columns "${names.join(', ')}" not understood; row not imported`,
        text: joined,
      });
      return;
    }
    const draftText = at(row, 'draft');
    const draft = /S\/(?:PV\.)?\s*\d+(?:\/\d+)?(?:\/(?:Rev|Add|Corr)\.\d+)*/.exec(draftText)?.[0].replace(/\s+/g, '');
    if (draft === undefined) {
      issues.push({
        line,
        severity: 'skipped',
        reason: `draft "${at(row, 'draft')}" is not a document symbol; row not imported`,
        text: joined,
      });
      return;
    }
    const dummies = Object.fromEntries(
      DUMMIES.map(([code, col]) => [code, at(row, col.toLowerCase()) === '1']),
    ) as Record<VetoCode, boolean>;
    entries.push({
      id: `yordan:${line}`,
      line,
      date,
      draft,
      draftText,
      meetingRecord: at(row, 'meeting_record'),
      agendaItem: at(row, 'agenda_item'),
      crisisTopic: at(row, 'crisis_topic'),
      region: at(row, 'region'),
      members: members.codes,
      dummies,
    });
  });
  return { file, entries, issues, rows: Math.max(0, rows.length - 1) };
}
