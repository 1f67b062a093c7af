import { INSTRUMENTS } from '@horseshoe/engine';
import { z } from 'zod';
import { OutcomeSummarySchema } from './events.ts';

// `GET /api/sessions/{id}/advice` (a Horseshoe extension of sessions.md): the engine's `adviceFor` for the
// calling seat, one entry per draft on the table, computed only from what that seat may see.

const Vote = z.enum(['yes', 'no', 'abstain', 'absent']);
const Distribution = z.record(Vote, z.number());

/** The engine's advice to one seat on one draft (engine `DraftAdvice`). */
export const DraftAdviceSchema = z.object({
  draftId: z.string(),
  instrument: z.enum(
    INSTRUMENTS as ['resolution', 'procedural', 'presidential-statement', 'press-statement', 'press-elements'],
  ),
  text: z.array(z.string()),
  passes: z.boolean(),
  probability: z.number(),
  outcome: OutcomeSummarySchema,
  votes: z.array(
    z.object({ member: z.string(), vote: z.union([Vote, Distribution]), reason: z.string(), known: z.boolean() }),
  ),
  assumed: z.array(z.string()),
  blockers: z.array(
    z.object({
      member: z.string(),
      kind: z.enum(['veto', 'objection', 'withheld']),
      reason: z.string(),
      edit: z.object({ add: z.array(z.string()), remove: z.array(z.string()), passes: z.boolean() }).nullable(),
      noEditExists: z.boolean(),
    }),
  ),
  pivotal: z.boolean(),
  pivotalMembers: z.array(z.string()),
  summary: z.string(),
});
export type DraftAdviceBody = z.infer<typeof DraftAdviceSchema>;

/** `200` answer to `GET /api/sessions/{id}/advice`. */
export const AdviceResponseSchema = z.object({ advice: z.array(DraftAdviceSchema) });
export type AdviceResponse = z.infer<typeof AdviceResponseSchema>;
