import { councilOn } from '@horseshoe/engine';
import type { Statement } from 'better-sqlite3';
import { correctionFor } from './corrections.ts';
import type { IssueRow, ParsedMeetingsFile } from './meetings-file.ts';
import { FILE_TABLES, type RecordDb } from './schema.ts';
import type { ParsedVetoList } from './veto-list-file.ts';
import type { ParsedYordan } from './yordan-file.ts';

/** Deletes every row that came from `file`, so that the file can be written again. */
export function clearFile(db: RecordDb, file: string): void {
  for (const table of FILE_TABLES) db.prepare(`DELETE FROM ${table} WHERE file = ?`).run(file);
}

/** Writes the issues of one file, numbered in order. */
export function writeIssues(db: RecordDb, file: string, issues: readonly IssueRow[]): void {
  const insert = db.prepare(
    'INSERT INTO import_issues (file, seq, line, severity, reason, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  issues.forEach((i, seq) => {
    insert.run(file, seq, i.line, i.severity, i.reason, i.text);
  });
}

/**
 * Writes one parsed yearly table: meetings, topics, resolutions (with the explicit corrections of
 * `corrections.ts` applied and duplicates reported), failed drafts with the members named as
 * vetoing, vote counts and presidential statements. Returns the issues found while writing.
 */
export function writeMeetingsFile(db: RecordDb, parsed: ParsedMeetingsFile): IssueRow[] {
  const issues: IssueRow[] = [];
  const file = parsed.file;
  const insertMeeting = db.prepare(
    'INSERT INTO meetings (id, file, line, record, record_note, date, year, press_release, written_procedure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertTopic = db.prepare(
    'INSERT INTO topics (id, meeting_id, file, line, position, text, outcome_text) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const findResolution = db.prepare<[number], { file: string; line: number; date: string }>(
    'SELECT file, line, date FROM resolutions WHERE number = ?',
  );
  const insertResolution = db.prepare(
    'INSERT INTO resolutions (id, number, symbol, printed_symbol, date, topic_id, wording, note, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertDraft = db.prepare(
    'INSERT INTO drafts (id, symbol, label, date, topic_id, outcome, wording, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertVetoedBy = db.prepare('INSERT OR IGNORE INTO draft_vetoed_by (draft_id, member, file) VALUES (?, ?, ?)');
  const insertCount: CountStatement = db.prepare(
    'INSERT INTO vote_counts (decision_id, kind, yes, no, abstain, printed, shared, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPrst = db.prepare(
    'INSERT INTO presidential_statements (id, symbol, date, topic_id, file, line) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const meeting of parsed.meetings) {
    insertMeeting.run(
      meeting.id,
      file,
      meeting.line,
      meeting.record,
      meeting.recordNote,
      meeting.date,
      parsed.year,
      meeting.pressRelease,
      parsed.writtenProcedure ? 1 : 0,
    );
    meeting.topics.forEach((topic, position) => {
      insertTopic.run(topic.id, meeting.id, file, topic.line, position, topic.text, topic.outcomeText);
      topic.decisions.forEach((d, k) => {
        const id = `${topic.id}:${k}`;
        const row = { line: topic.line, text: topic.outcomeText.replace(/\s+/g, ' ') };
        if (d.kind === 'resolution') {
          const correction = correctionFor(file, meeting.date, d.number);
          const number = correction?.corrected ?? d.number;
          if (correction)
            issues.push({
              ...row,
              severity: 'corrected',
              reason: `S/RES/${d.number} read as S/RES/${number}: ${correction.reason}`,
            });
          const earlier = findResolution.get(number);
          if (earlier) {
            issues.push({
              ...row,
              severity: 'skipped',
              reason: `S/RES/${number} (${d.year}) already recorded on ${earlier.date} (${earlier.file} line ${earlier.line}); duplicate row not imported`,
            });
            return;
          }
          insertResolution.run(
            id,
            number,
            `S/RES/${number} (${d.year})`,
            d.symbol,
            meeting.date,
            topic.id,
            d.wording,
            d.note,
            file,
            topic.line,
          );
          if (d.count)
            writeCount(insertCount, id, 'resolution', d.count, d.sharedCount, file, parsed.year, row, issues);
        } else if (d.kind === 'draft') {
          insertDraft.run(id, d.symbol, d.label, meeting.date, topic.id, d.outcome, d.text, file, topic.line);
          for (const m of d.vetoedBy) insertVetoedBy.run(id, m, file);
          if (d.count) writeCount(insertCount, id, 'draft', d.count, false, file, parsed.year, row, issues);
        } else {
          insertPrst.run(id, d.symbol, meeting.date, topic.id, file, topic.line);
        }
      });
    });
  }
  return issues;
}

type CountStatement = Statement<[string, string, number, number, number, string, number, string]>;

function writeCount(
  insert: CountStatement,
  id: string,
  kind: 'resolution' | 'draft',
  count: { yes: number; no: number; abstain: number; fourth: number | null; text: string },
  shared: boolean,
  file: string,
  year: number,
  row: { line: number; text: string },
  issues: IssueRow[],
): void {
  // The Council's size that year comes from the engine's composition table.
  const council = councilOn(`${year}-12-31`);
  if (!council.ok) throw new Error(`no Council for the year ${year}: ${council.errors[0]?.message}`);
  const seats = council.value.size;
  const total = count.yes + count.no + count.abstain + (count.fourth ?? 0);
  if (total > seats) {
    issues.push({
      ...row,
      severity: 'skipped',
      reason: `vote count ${count.text} adds up to ${total}, more than the ${seats} members of the Council in ${year}; count not recorded`,
    });
    return;
  }
  if (count.fourth !== null) {
    issues.push({
      ...row,
      severity: 'note',
      reason: `vote count ${count.text} has a fourth number; only yes-no-abstain recorded`,
    });
  }
  insert.run(id, kind, count.yes, count.no, count.abstain, count.text, shared ? 1 : 0, file);
}

/** Writes the Library's veto list: one `veto_list` row per draft, one `vetoes` row per draft and member. */
export function writeVetoList(db: RecordDb, parsed: ParsedVetoList): void {
  const insertEntry = db.prepare(
    'INSERT INTO veto_list (id, date, draft, meeting_record, agenda_item, members_text, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertMember = db.prepare('INSERT INTO vetoes (veto_id, member, file) VALUES (?, ?, ?)');
  for (const e of parsed.entries) {
    insertEntry.run(e.id, e.date, e.draft, e.meetingRecord, e.agendaItem, e.membersText, parsed.file, e.line);
    for (const m of e.members) insertMember.run(e.id, m, parsed.file);
  }
}

/** Writes the second veto list (Yordán): one row per draft, one member row per draft and member. */
export function writeYordan(db: RecordDb, parsed: ParsedYordan): void {
  const insertEntry = db.prepare(
    'INSERT INTO yordan_vetoes (id, date, draft, draft_text, meeting_record, agenda_item, crisis_topic, region, dummies, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertMember = db.prepare('INSERT INTO yordan_veto_members (veto_id, member, file) VALUES (?, ?, ?)');
  for (const e of parsed.entries) {
    insertEntry.run(
      e.id,
      e.date,
      e.draft,
      e.draftText,
      e.meetingRecord,
      e.agendaItem,
      e.crisisTopic,
      e.region,
      JSON.stringify(e.dummies),
      parsed.file,
      e.line,
    );
    for (const m of e.members) insertMember.run(e.id, m, parsed.file);
  }
}
