import { assertNever } from '@horseshoe/engine';
import { VETO_CODES, type VetoCode } from './members.ts';
import type { RecordDb } from './schema.ts';

/** What a decision search can filter on: an outcome word of the record. */
export type OutcomeFilter = 'adopted' | 'vetoed' | 'not-adopted' | 'prst';

/** Every outcome filter, as the CLI accepts them. */
export const OUTCOME_FILTERS: readonly OutcomeFilter[] = ['adopted', 'vetoed', 'not-adopted', 'prst'];

/** One decision of the record: a resolution, a failed draft or a presidential statement. */
export interface DecisionRow {
  readonly id: string;
  readonly kind: 'resolution' | 'draft' | 'prst';
  readonly symbol: string;
  readonly date: string;
  readonly outcome: 'adopted' | 'vetoed' | 'not adopted' | 'presidential statement';
  /** The printed count (`11-1-3`), the wording when none is printed, or `null`. */
  readonly vote: string | null;
  /** Codes of the members the table names as vetoing, `;`-separated, or `null`. */
  readonly vetoedBy: string | null;
  readonly topic: string;
  readonly meeting: string | null;
}

/** Filters of {@link searchDecisions}; every field is optional. */
export interface SearchFilter {
  /**
   * Matched, case-insensitively, against the topic, the symbol and the draft's label; for a vetoed
   * draft also against the second veto list's crisis topic ("Syria"), when that list was imported.
   */
  readonly text?: string;
  readonly from?: number;
  readonly to?: number;
  readonly outcome?: OutcomeFilter;
  readonly vetoedBy?: VetoCode;
  readonly limit?: number;
}

const DECISIONS = `
SELECT r.id, 'resolution' AS kind, r.symbol, r.date, 'adopted' AS outcome,
       coalesce(c.printed, r.wording) AS vote, NULL AS vetoedBy, t.text AS topic, m.record AS meeting,
       r.symbol AS label
  FROM resolutions r JOIN topics t ON t.id = r.topic_id JOIN meetings m ON m.id = t.meeting_id
  LEFT JOIN vote_counts c ON c.decision_id = r.id
UNION ALL
SELECT d.id, 'draft', d.symbol, d.date, d.outcome, c.printed,
       (SELECT group_concat(member, ';') FROM draft_vetoed_by v WHERE v.draft_id = d.id), t.text, m.record,
       d.label || coalesce(' ' || (SELECT group_concat(y.crisis_topic, ' ') FROM yordan_vetoes y
                                    WHERE y.draft = d.symbol AND d.outcome = 'vetoed'), '')
  FROM drafts d JOIN topics t ON t.id = d.topic_id JOIN meetings m ON m.id = t.meeting_id
  LEFT JOIN vote_counts c ON c.decision_id = d.id
UNION ALL
SELECT p.id, 'prst', coalesce(p.symbol, 'PRST (unnumbered)'), p.date, 'presidential statement', NULL, NULL,
       t.text, m.record, coalesce(p.symbol, '')
  FROM presidential_statements p JOIN topics t ON t.id = p.topic_id JOIN meetings m ON m.id = t.meeting_id`;

/**
 * Finds decisions by text (topic, symbol), year range, outcome and vetoing member, oldest first.
 * @example searchDecisions(db, { text: 'Syria', outcome: 'vetoed', vetoedBy: 'RUS' })
 */
export function searchDecisions(db: RecordDb, filter: SearchFilter = {}): DecisionRow[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.text !== undefined && filter.text.trim() !== '') {
    where.push('(topic LIKE ? OR symbol LIKE ? OR label LIKE ?)');
    const like = `%${filter.text.trim()}%`;
    params.push(like, like, like);
  }
  if (filter.from !== undefined) {
    where.push('date >= ?');
    params.push(`${filter.from}-01-01`);
  }
  if (filter.to !== undefined) {
    where.push('date <= ?');
    params.push(`${filter.to}-12-31`);
  }
  if (filter.outcome !== undefined) {
    where.push('outcome = ?');
    params.push(outcomeWord(filter.outcome));
  }
  if (filter.vetoedBy !== undefined) {
    where.push("(';' || vetoedBy || ';') LIKE ?");
    params.push(`%;${filter.vetoedBy};%`);
  }
  const sql = `SELECT id, kind, symbol, date, outcome, vote, vetoedBy, topic, meeting FROM (${DECISIONS})
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date, id ${filter.limit !== undefined ? 'LIMIT ?' : ''}`;
  if (filter.limit !== undefined) params.push(filter.limit);
  return db.prepare<(string | number)[], DecisionRow>(sql).all(...params);
}

function outcomeWord(filter: OutcomeFilter): DecisionRow['outcome'] {
  switch (filter) {
    case 'adopted':
      return 'adopted';
    case 'vetoed':
      return 'vetoed';
    case 'not-adopted':
      return 'not adopted';
    case 'prst':
      return 'presidential statement';
    default:
      return assertNever(filter);
  }
}

/**
 * Every Libya decision since 2011 (resolutions, failed drafts, presidential statements), found
 * by "Liby" in the topic text, in date order: the data behind the web app's Libya timeline.
 * @example libyaTimeline(db)[0] // { date: '2011-02-26', symbol: 'S/RES/1970 (2011)', ... }
 */
export function libyaTimeline(db: RecordDb): DecisionRow[] {
  return searchDecisions(db, { text: 'Liby', from: 2011 });
}

/** Vetoes per member in one decade. */
export type DecadeVetoes = { readonly decade: number } & Readonly<Record<VetoCode, number>>;

/** Vetoes per member in one year. */
export type YearVetoes = { readonly year: number } & Readonly<Record<VetoCode, number>>;

/** One year's resolutions and how many were adopted unanimously. */
export interface UnanimityYear {
  readonly year: number;
  readonly resolutions: number;
  /** Printed count with no negative vote and no abstention, or worded "adopted unanimously". */
  readonly unanimous: number;
  /** Adopted without a vote or by consensus (not counted as unanimous votes). */
  readonly withoutVote: number;
  /** `unanimous / resolutions`, rounded to 3 decimals. */
  readonly share: number;
}

/** The statistics of the record, for `history stats` and the web app's charts. */
export interface RecordStats {
  /** Vetoes per member from the Library's veto list, counted per vetoed draft and member. */
  readonly vetoesByMember: Readonly<Record<VetoCode, number>>;
  readonly vetoesByMemberByDecade: readonly DecadeVetoes[];
  /** Vetoes per member in each year with at least one veto (for a chart over time). */
  readonly vetoesByMemberByYear: readonly YearVetoes[];
  readonly resolutionsPerYear: readonly { readonly year: number; readonly resolutions: number }[];
  readonly unanimityPerYear: readonly UnanimityYear[];
  /** Failed drafts by the table's wording: vetoed, or not adopted (insufficient votes). */
  readonly failedDraftsByReason: Readonly<Record<'vetoed' | 'not adopted', number>>;
  readonly failedDraftsByDecade: readonly {
    readonly decade: number;
    readonly vetoed: number;
    readonly notAdopted: number;
  }[];
}

/**
 * Computes the record's statistics: vetoes per member (overall and per decade), resolutions per
 * year, the share adopted unanimously per year, and failed drafts by reason.
 * @example recordStats(db).vetoesByMember.USA // 82
 */
export function recordStats(db: RecordDb): RecordStats {
  const zero = () => Object.fromEntries(VETO_CODES.map((c) => [c, 0])) as Record<VetoCode, number>;
  const byMember = zero();
  for (const r of db
    .prepare<[], { member: VetoCode; n: number }>('SELECT member, count(*) AS n FROM vetoes GROUP BY member')
    .all()) {
    byMember[r.member] = r.n;
  }
  const perPeriod = (width: number) => {
    const out = new Map<number, Record<VetoCode, number>>();
    const rows = db
      .prepare<[number, number], { period: number; member: VetoCode; n: number }>(
        `SELECT (CAST(substr(l.date, 1, 4) AS INTEGER) / CAST(? AS INTEGER)) * CAST(? AS INTEGER) AS period, v.member, count(*) AS n
           FROM vetoes v JOIN veto_list l ON l.id = v.veto_id GROUP BY 1, 2 ORDER BY 1`,
      )
      .all(width, width);
    for (const r of rows) {
      const row = out.get(r.period) ?? zero();
      row[r.member] = r.n;
      out.set(r.period, row);
    }
    return [...out.entries()];
  };
  const unanimity = db
    .prepare<[], { year: number; resolutions: number; unanimous: number; withoutVote: number }>(
      `SELECT CAST(substr(r.date, 1, 4) AS INTEGER) AS year, count(*) AS resolutions,
              sum(CASE WHEN r.wording = 'adopted unanimously'
                         OR (c.no = 0 AND c.abstain = 0 AND coalesce(r.note, '') = '') THEN 1 ELSE 0 END) AS unanimous,
              sum(CASE WHEN r.wording IN ('without vote', 'adopted by consensus') THEN 1 ELSE 0 END) AS withoutVote
         FROM resolutions r LEFT JOIN vote_counts c ON c.decision_id = r.id GROUP BY 1 ORDER BY 1`,
    )
    .all();
  const failed = db
    .prepare<[], { decade: number; vetoed: number; notAdopted: number }>(
      `SELECT (CAST(substr(date, 1, 4) AS INTEGER) / 10) * 10 AS decade,
              sum(outcome = 'vetoed') AS vetoed, sum(outcome = 'not adopted') AS notAdopted
         FROM drafts GROUP BY 1 ORDER BY 1`,
    )
    .all();
  return {
    vetoesByMember: byMember,
    vetoesByMemberByDecade: perPeriod(10).map(([decade, counts]) => ({ decade, ...counts })),
    vetoesByMemberByYear: perPeriod(1).map(([year, counts]) => ({ year, ...counts })),
    resolutionsPerYear: unanimity.map((u) => ({ year: u.year, resolutions: u.resolutions })),
    unanimityPerYear: unanimity.map((u) => ({ ...u, share: Math.round((u.unanimous / u.resolutions) * 1000) / 1000 })),
    failedDraftsByReason: {
      vetoed: failed.reduce((s, f) => s + f.vetoed, 0),
      'not adopted': failed.reduce((s, f) => s + f.notAdopted, 0),
    },
    failedDraftsByDecade: failed,
  };
}
