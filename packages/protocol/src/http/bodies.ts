import { PERMANENT_STATES } from '@horseshoe/engine';
import { parse } from 'yaml';
import { z } from 'zod';

// The request and response bodies of the HTTP API (`/api/...`). The server validates what it accepts
// and types what it answers with these; the web app parses every answer with the same schemas.

/** `GET /api/config`: what this server offers the web app. */
export const ServerConfigSchema = z.object({
  defaultCase: z.string(),
  record: z.object({ label: z.string() }).nullable(),
});
/** The body of `GET /api/config`. */
export type ServerConfig = z.infer<typeof ServerConfigSchema>;

/** A plain case file name (no folder, no `..`), YAML or JSON. */
export const CaseFileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(ya?ml|json)$/, { error: 'expected a case file name such as libya-2019.yaml' })
  .refine((name) => !name.includes('..'), { error: 'a case file name has no ".."' });

/** The path parameters of `GET /api/cases/:file`. */
export const CaseParamsSchema = z.strictObject({ file: CaseFileNameSchema });

/** One file of the case library. */
export const CaseSummarySchema = z.object({
  /** The file name inside the cases folder, e.g. `libya-2019.yaml`. */
  file: z.string(),
  /** The scenario's `title`, or `null` when the file does not parse or has none. */
  title: z.string().nullable(),
  format: z.enum(['yaml', 'json']),
});
/** One file of the case library. */
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** `GET /api/cases`. */
export const CaseListSchema = z.object({ cases: z.array(CaseSummarySchema) });

/** A request without parameters: any query field is an error. */
export const NoQuerySchema = z.strictObject({});

const year = z.coerce.number().int().min(1946).max(2100);

/** The query of `GET /api/record/decisions`: the record's search filters, every one optional. */
export const RecordSearchQuerySchema = z.strictObject({
  text: z.string().min(1).max(200).optional(),
  from: year.optional(),
  to: year.optional(),
  outcome: z.enum(['adopted', 'vetoed', 'not-adopted', 'prst']).optional(),
  vetoedBy: z
    .string()
    .refine((code) => (PERMANENT_STATES as readonly string[]).includes(code), {
      error: `expected one of ${PERMANENT_STATES.join(', ')}`,
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
/** The record's search filters as the API accepts them. */
export type RecordSearchQuery = z.infer<typeof RecordSearchQuerySchema>;

/** One decision of the record: a resolution, a failed draft or a presidential statement. */
export const RecordDecisionSchema = z.object({
  id: z.string(),
  kind: z.enum(['resolution', 'draft', 'prst']),
  symbol: z.string(),
  date: z.string(),
  outcome: z.enum(['adopted', 'vetoed', 'not adopted', 'presidential statement']),
  /** The printed count (`11-1-3`), the wording when none is printed, or `null`. */
  vote: z.string().nullable(),
  /** Codes of the members the table names as vetoing, `;`-separated, or `null`. */
  vetoedBy: z.string().nullable(),
  topic: z.string(),
  meeting: z.string().nullable(),
});
/** One decision of the record. */
export type RecordDecision = z.infer<typeof RecordDecisionSchema>;

/** `GET /api/record/libya` and `GET /api/record/decisions`. */
export const RecordDecisionListSchema = z.array(RecordDecisionSchema);

const perMember = z.record(z.string(), z.number());

/** `GET /api/record/stats`: the record's statistics for the charts. */
export const RecordStatsSchema = z.object({
  vetoesByMember: perMember,
  vetoesByMemberByDecade: z.array(z.object({ decade: z.number() }).catchall(z.number())).readonly(),
  vetoesByMemberByYear: z.array(z.object({ year: z.number() }).catchall(z.number())).readonly(),
  resolutionsPerYear: z.array(z.object({ year: z.number(), resolutions: z.number() })).readonly(),
  unanimityPerYear: z
    .array(
      z.object({
        year: z.number(),
        resolutions: z.number(),
        unanimous: z.number(),
        withoutVote: z.number(),
        share: z.number(),
      }),
    )
    .readonly(),
  failedDraftsByReason: z.object({ vetoed: z.number(), 'not adopted': z.number() }),
  failedDraftsByDecade: z
    .array(z.object({ decade: z.number(), vetoed: z.number(), notAdopted: z.number() }))
    .readonly(),
});
/** The record's statistics. */
export type RecordStatsBody = z.infer<typeof RecordStatsSchema>;

/**
 * The `title` of a scenario file's text (YAML or JSON), or `null` when the text does not parse or
 * has none; for listing a case library without loading every scenario.
 * @example scenarioTitle('title: Libya, April 2019\n') // 'Libya, April 2019'
 */
export function scenarioTitle(text: string): string | null {
  try {
    const doc: unknown = parse(text);
    if (doc !== null && typeof doc === 'object' && 'title' in doc && typeof doc.title === 'string') return doc.title;
    return null;
  } catch {
    return null;
  }
}
