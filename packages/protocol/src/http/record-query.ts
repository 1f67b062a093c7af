import { z } from 'zod';

// The record search of the HTTP API (`GET /api/record/decisions`): its query string and its answer.
// The server validates the query with RecordQuerySchema; the web app parses the answer with
// RecordSearchSchema. Query-string values arrive as text, so numbers are coerced.

/** The query of a record search: every field optional; `limit` defaults to 100 (at most 500). */
export const RecordQuerySchema = z.strictObject({
  /** Words matched against the topic, the symbol and the draft's label (case-insensitive). */
  text: z.string().trim().max(200).optional(),
  /** A member that cast a veto on the draft: `RUS`, `USA`, `GBR`, `FRA`, `CHN` or `SUN` (the USSR). */
  vetoedBy: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected a three-letter member code such as RUS')
    .optional(),
  /** The first year of a decade: 1940, 1950, … */
  decade: z.coerce
    .number()
    .int()
    .min(1940)
    .max(2090)
    .refine((d) => d % 10 === 0, 'expected the first year of a decade, such as 1990')
    .optional(),
  /** What the decision is: an adopted resolution, a draft that failed, or a presidential statement. */
  kind: z.enum(['resolution', 'draft', 'prst']).optional(),
  outcome: z.enum(['adopted', 'vetoed', 'not-adopted', 'prst']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A validated record search query. */
export type RecordQuery = z.infer<typeof RecordQuerySchema>;

/** One decision of the record as the API answers it. */
export const RecordDecisionSchema = z.object({
  id: z.string(),
  kind: z.enum(['resolution', 'draft', 'prst']),
  symbol: z.string(),
  date: z.string(),
  outcome: z.enum(['adopted', 'vetoed', 'not adopted', 'presidential statement']),
  /** The printed count (`11-1-3`), the wording when none is printed, or null. */
  vote: z.string().nullable(),
  /** Codes of the members that vetoed, `;`-separated, or null. */
  vetoedBy: z.string().nullable(),
  topic: z.string(),
  meeting: z.string().nullable(),
});

/** One decision of the record. */
export type RecordDecision = z.infer<typeof RecordDecisionSchema>;

/** The answer of a record search: how many decisions match, and the first `limit` of them, oldest first. */
export const RecordSearchSchema = z.object({
  total: z.number().int().min(0),
  rows: z.array(RecordDecisionSchema),
});

/** The answer of a record search. */
export type RecordSearch = z.infer<typeof RecordSearchSchema>;

/**
 * Reads a record search query from a URL's query parameters: the query, or the first problem with
 * the field named (`decade: expected the first year of a decade, such as 1990`).
 * @example parseRecordQuery({ text: 'Syria', vetoedBy: 'RUS' })
 */
export function parseRecordQuery(
  params: Readonly<Record<string, unknown>>,
): { ok: true; query: RecordQuery } | { ok: false; message: string } {
  // An empty field of a form (`decade=`) means "any".
  const present = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined));
  const r = RecordQuerySchema.safeParse(present);
  if (r.success) return { ok: true, query: r.data };
  const issue = r.error.issues[0];
  const field = issue?.path.join('.') || 'query';
  return { ok: false, message: `${field}: ${issue?.message ?? 'invalid'}` };
}
