import { councilOn, councilRule, decideTally, memberId, type Outcome, tallyFrom } from '@horseshoe/engine';
import { type VetoCode, vetoMemberName } from './members.ts';
import type { RecordDb } from './schema.ts';
import {
  RECORD_ERRORS,
  type RecordErrorEntry,
  SOURCE_ERRORS,
  type SourceErrorEntry,
  sourceErrorFor,
} from './source-errors.ts';

/** An outcome as the table words it, and as the engine decides it. */
export type RecordedOutcome = 'adopted' | 'vetoed' | 'not adopted';

/** A recorded vote whose engine outcome differs from the table. */
export interface Disagreement {
  readonly symbol: string;
  readonly date: string;
  readonly file: string;
  readonly line: number;
  readonly recorded: RecordedOutcome;
  readonly engine: RecordedOutcome;
  readonly count: string;
  readonly cause: string;
  /** The engine's own sentence for its decision. */
  readonly explanation: string;
  /** True when the disagreement matches an entry of the documented source errors. */
  readonly sourceError: boolean;
  readonly sourceErrorReason: string | null;
}

/** The result of replaying every recorded vote through the engine. */
export interface CheckReport {
  /** Recorded votes replayed: resolutions and failed drafts with a printed count. */
  readonly records: number;
  readonly agree: number;
  /** Every disagreement, source errors included. */
  readonly disagree: number;
  /** Disagreements explained by a documented source error. */
  readonly sourceErrors: number;
  /** Disagreements not explained by any documented source error (0 when the record is fully understood). */
  readonly unexplained: number;
  /** Agreement in percent over all replayed votes, and outside the documented source errors. */
  readonly agreementPercent: number;
  readonly agreementOutsideSourceErrorsPercent: number;
  readonly disagreements: readonly Disagreement[];
  /** Decisions not replayed because the table prints no count, by wording. */
  readonly notReplayed: Readonly<Record<string, number>>;
  /** The documented source errors, each with whether it matched a disagreement. */
  readonly exceptions: readonly (SourceErrorEntry & { readonly matched: boolean })[];
  /** Documented errors that change no replayed outcome (copied or missing rows), each with whether the tables still show it. */
  readonly recordErrors: readonly (RecordErrorEntry & { readonly present: boolean })[];
}

interface VoteRow {
  readonly id: string;
  readonly kind: 'resolution' | 'draft';
  readonly symbol: string;
  readonly date: string;
  readonly file: string;
  readonly line: number;
  readonly recorded: RecordedOutcome;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly printed: string;
  readonly note: string | null;
}

const VOTES_SQL = `
SELECT r.id, 'resolution' AS kind, r.symbol, r.date, r.file, r.line, 'adopted' AS recorded,
       c.yes, c.no, c.abstain, c.printed, r.note
  FROM resolutions r JOIN vote_counts c ON c.decision_id = r.id
UNION ALL
SELECT d.id, 'draft', d.symbol, d.date, d.file, d.line, d.outcome, c.yes, c.no, c.abstain, c.printed, NULL
  FROM drafts d JOIN vote_counts c ON c.decision_id = d.id
ORDER BY 4, 1`;

/**
 * Replays every recorded vote through the engine's `decideTally` in the Council of its date
 * (`councilOn`: its seats, the threshold in force and its permanent members), and the permanent
 * members' negative votes are those the table names ("vetoed by …") together with those the
 * Library's veto list records for the same draft symbol within three days (not for 1946–50 drafts
 * known only by their meeting record, which several drafts share). Each disagreement gets its
 * cause, and is flagged as a source error when it matches `SOURCE_ERRORS`.
 * @example checkRecord(openRecordDb(file)).agreementOutsideSourceErrorsPercent // 100
 */
export function checkRecord(db: RecordDb): CheckReport {
  const votes = db.prepare<[], VoteRow>(VOTES_SQL).all();
  const namedNo = groupMembers(
    db.prepare<[], { id: string; member: VetoCode }>('SELECT draft_id AS id, member FROM draft_vetoed_by').all(),
  );
  const listed = db
    .prepare<[], { draft: string; date: string; member: VetoCode }>(
      'SELECT l.draft, l.date, v.member FROM veto_list l JOIN vetoes v ON v.veto_id = l.id',
    )
    .all();
  const disagreements: Disagreement[] = [];
  for (const v of votes) {
    const fromTable = namedNo.get(v.id) ?? [];
    // A meeting-record symbol (S/PV.nn, 1946–50) names every draft read out at that meeting, so
    // it cannot tie a veto-list entry to one draft: those drafts rely on the table's wording.
    const identifies = v.kind === 'draft' && !v.symbol.startsWith('S/PV.');
    const fromList = identifies ? listed.filter((l) => l.draft === v.symbol && daysApart(l.date, v.date) <= 3) : [];
    const permanentNo = [...new Set<VetoCode>([...fromTable, ...fromList.map((l) => l.member)])];
    const outcome = replayVote(v, permanentNo);
    const engine = outcomeWord(outcome);
    const inconsistent = permanentNo.length > v.no;
    if (engine === v.recorded && !inconsistent) continue;
    const known = sourceErrorFor(v.symbol, v.date);
    disagreements.push({
      symbol: v.symbol,
      date: v.date,
      file: v.file,
      line: v.line,
      recorded: v.recorded,
      engine,
      count: v.printed,
      cause: causeOf(v, outcome, engine, permanentNo, fromTable, fromList),
      explanation: outcome.explanation,
      sourceError: known !== undefined,
      sourceErrorReason: known?.reason ?? null,
    });
  }
  const sourceErrors = disagreements.filter((d) => d.sourceError).length;
  const records = votes.length;
  const agree = records - disagreements.length;
  return {
    records,
    agree,
    disagree: disagreements.length,
    sourceErrors,
    unexplained: disagreements.length - sourceErrors,
    agreementPercent: percent(agree, records),
    agreementOutsideSourceErrorsPercent: percent(agree, records - sourceErrors),
    disagreements,
    notReplayed: notReplayed(db),
    exceptions: SOURCE_ERRORS.map((e) => ({
      ...e,
      matched: disagreements.some((d) => d.symbol === e.symbol && d.date === e.date),
    })),
    recordErrors: RECORD_ERRORS.map((e) => ({ ...e, present: isRecordErrorPresent(db, e) })),
  };
}

/**
 * Runs one recorded vote through the engine, in the Council of its date, with the given permanent
 * members voting no. The seats the count leaves out were absent, or present but not participating
 * when the record's note says so.
 */
export function replayVote(
  v: {
    readonly date: string;
    readonly yes: number;
    readonly no: number;
    readonly abstain: number;
    readonly note?: string | null;
  },
  permanentNo: readonly VetoCode[],
): Outcome {
  const council = councilOn(v.date);
  if (!council.ok) throw new Error(`recorded vote of ${v.date}: ${council.errors[0]?.message}`);
  const notVoting = /did not participate/i.test(v.note ?? '');
  const tally = tallyFrom(council.value, v, { rest: notVoting ? 'not-participating' : 'absent' });
  // The import keeps no count larger than the Council (it reports those rows), so this is a bug.
  if (!tally.ok) throw new Error(`recorded vote of ${v.date}: ${tally.errors[0]?.message}`);
  const rule = councilRule(council.value, 'resolution');
  return decideTally(tally.value, permanentNo.map(memberId), rule, { nameOf: (m) => vetoMemberName(m as VetoCode) });
}

function outcomeWord(o: Outcome): RecordedOutcome {
  if (o.adopted) return 'adopted';
  return o.reason === 'veto' ? 'vetoed' : 'not adopted';
}

function causeOf(
  v: VoteRow,
  o: Outcome,
  engine: RecordedOutcome,
  permanentNo: readonly VetoCode[],
  fromTable: readonly VetoCode[],
  fromList: readonly { date: string; member: VetoCode }[],
): string {
  const names = (codes: readonly VetoCode[]) => codes.map(vetoMemberName).join(', ');
  if (permanentNo.length > v.no) {
    return `count ${v.printed} prints ${v.no} negative vote(s), but ${names(permanentNo)} ${permanentNo.length > 1 ? 'are' : 'is'} recorded as voting no`;
  }
  if (engine === 'adopted') {
    return `${v.yes} votes in favour reach the ${o.threshold} required and no permanent member is recorded as voting no (neither in the table's wording nor in the veto list), so the rules adopt it; the table says "${v.recorded}"`;
  }
  if (engine === 'vetoed') {
    const source = fromTable.length > 0 ? 'the table' : `the veto list (${fromList.map((l) => l.date).join(', ')})`;
    return `${v.yes} in favour reach the ${o.threshold} required and ${source} records a negative vote by ${names(permanentNo)}, which is a veto; the table says "${v.recorded}"`;
  }
  if (v.recorded === 'vetoed') {
    return `only ${v.yes} in favour, ${o.threshold} required: the draft failed for lack of votes, so the negative vote of ${names(permanentNo) || 'no permanent member'} is not a veto; the table says "vetoed"`;
  }
  return `only ${v.yes} in favour, ${o.threshold} required; the table says "${v.recorded}"`;
}

function isRecordErrorPresent(db: RecordDb, e: RecordErrorEntry): boolean {
  const count = (sql: string) => db.prepare<[string, string], { n: number }>(sql).get(e.symbol, e.date)?.n ?? 0;
  if (e.kind === 'spurious-row') return count('SELECT count(*) AS n FROM drafts WHERE symbol = ? AND date = ?') > 0;
  const inTables = count('SELECT count(*) AS n FROM drafts WHERE symbol = ? AND ? IS NOT NULL');
  const inList = count('SELECT count(*) AS n FROM veto_list WHERE draft = ? AND date = ?');
  return inTables === 0 && inList > 0;
}

function notReplayed(db: RecordDb): Record<string, number> {
  const rows = db
    .prepare<[], { what: string; n: number }>(
      `SELECT 'resolution ' || coalesce(r.wording, 'with nothing printed') AS what, count(*) AS n
         FROM resolutions r LEFT JOIN vote_counts c ON c.decision_id = r.id WHERE c.decision_id IS NULL GROUP BY 1
       UNION ALL
       SELECT 'draft ' || d.outcome || ' with no count', count(*)
         FROM drafts d LEFT JOIN vote_counts c ON c.decision_id = d.id WHERE c.decision_id IS NULL GROUP BY 1
       UNION ALL
       SELECT 'presidential statement (no vote)', count(*) FROM presidential_statements`,
    )
    .all();
  return Object.fromEntries(rows.filter((r) => r.n > 0).map((r) => [r.what, r.n]));
}

function groupMembers(rows: readonly { id: string; member: VetoCode }[]): Map<string, VetoCode[]> {
  const out = new Map<string, VetoCode[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.member]);
  return out;
}

/** Whole days between two ISO dates. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function percent(n: number, of: number): number {
  return of === 0 ? 100 : Math.round((n / of) * 100_000) / 1000;
}
