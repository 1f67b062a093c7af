import type { VetoCode } from './members.ts';
import { type DecisionRow, type OutcomeFilter, searchDecisions } from './query.ts';
import type { RecordDb } from './schema.ts';

/** A search of the record as the web app asks for it (the HTTP API's `RecordQuery`). */
export interface RecordQueryInput {
  readonly text?: string | undefined;
  readonly vetoedBy?: string | undefined;
  /** The first year of a decade (1990 for 1990–1999). */
  readonly decade?: number | undefined;
  readonly kind?: DecisionRow['kind'] | undefined;
  readonly outcome?: OutcomeFilter | undefined;
  readonly limit: number;
}

/**
 * Decisions of the record matching a query, oldest first: how many match, and the first `limit`.
 * @example searchRecord(db, { text: 'Syria', vetoedBy: 'RUS', limit: 20 }).total
 */
export function searchRecord(db: RecordDb, query: RecordQueryInput): { total: number; rows: DecisionRow[] } {
  const all = searchDecisions(db, {
    ...(query.text ? { text: query.text } : {}),
    ...(query.decade !== undefined ? { from: query.decade, to: query.decade + 9 } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.vetoedBy ? { vetoedBy: query.vetoedBy as VetoCode } : {}),
  }).filter((row) => query.kind === undefined || row.kind === query.kind);
  return { total: all.length, rows: all.slice(0, query.limit) };
}
