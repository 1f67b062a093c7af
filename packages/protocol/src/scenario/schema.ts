import { CAST_VOTES, INSTRUMENTS, isIsoDate, STRATEGY_NAMES } from '@horseshoe/engine';
import { z } from 'zod';
import { IdSchema } from '../hidden-characters.ts';

// The scenario file format (shared/docs/scenarios.md, version 1) as zod schemas. Every object is
// strict: an unknown key is an error. Checks that need more than one field (clause ids, member codes,
// distributions summing to 1) live in check.ts, so that every error of a file is reported at once.

/** `YYYY-MM-DD`, a real calendar date. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'not a real calendar date' })
  .meta({ description: 'A calendar date written YYYY-MM-DD.' });

const Probability = z.number().min(0).max(1);

/** A vote distribution: independent probabilities of each vote, summing to 1 (missing entries are 0). */
export const DistributionSchema = z
  .strictObject({
    yes: Probability.optional(),
    no: Probability.optional(),
    abstain: Probability.optional(),
    absent: Probability.optional(),
  })
  .meta({ description: 'Probabilities of each vote, summing to 1; a missing vote has probability 0.' });

const CastVoteSchema = z.enum(CAST_VOTES as ['yes', 'no', 'abstain', 'absent']);

/** A member's position; every field optional (defaults in scenarios.md). */
export const PositionSchema = z
  .strictObject({
    rejects: z
      .array(IdSchema)
      .optional()
      .meta({ description: 'Red line: clauses whose presence makes the member vote onRedLine. Default [].' }),
    requires: z
      .array(IdSchema)
      .optional()
      .meta({ description: 'Red line: clauses whose absence makes the member vote onRedLine. Default [].' }),
    onRedLine: z
      .enum(['no', 'abstain'])
      .optional()
      .meta({ description: 'Vote when a red line is crossed. Default no.' }),
    values: z
      .record(z.string(), z.number())
      .optional()
      .meta({ description: 'Clause id → what including it is worth to the member (negative: a cost). Default {}.' }),
    yesAt: z.number().optional().meta({ description: 'Utility at or above which the member votes yes. Default 0.' }),
    noBelow: z
      .number()
      .nullable()
      .optional()
      .meta({ description: 'Utility below which the member votes no. Default none (null also means none).' }),
    vote: z
      .union([CastVoteSchema, DistributionSchema])
      .nullable()
      .optional()
      .meta({ description: 'A fixed vote or a distribution; replaces every rule above. null means none.' }),
    strategy: z
      .enum(STRATEGY_NAMES as ['hard-liner', 'boulware', 'conceder', 'tit-for-tat'])
      .optional()
      .meta({
        description:
          'How its AI delegation negotiates in `horseshoe negotiate` (Horseshoe extension; docs/negotiate.md). Default boulware.',
      }),
  })
  .meta({ description: 'What a member will and will not accept. Every field is optional.' });

/** A candidate clause of a text. */
export const ClauseSchema = z.strictObject({
  id: IdSchema.meta({ description: 'Unique within the decision.' }),
  text: z.string().optional(),
  fixed: z.boolean().optional().meta({ description: 'true: the clause can never be dropped. Default false.' }),
});

/** How the real vote went, when the decision models a recorded one (a Horseshoe addition). */
export const RecordedSchema = z
  .strictObject({
    symbol: z.string().optional().meta({ description: 'Document symbol, e.g. S/2022/155.' }),
    outcome: z.enum(['adopted', 'veto', 'insufficient-votes', 'objection']),
    tally: z
      .string()
      .regex(/^\d+-\d+-\d+$/, { error: 'expected a tally written yes-no-abstain, e.g. 11-1-3' })
      .optional(),
    votes: z
      .record(z.string(), CastVoteSchema)
      .optional()
      .meta({ description: 'The votes the record names, by member code.' }),
  })
  .meta({ description: 'The recorded result, for cases that model a real vote (Horseshoe addition).' });

/** One text under one instrument. */
export const DecisionSchema = z.strictObject({
  id: IdSchema.meta({ description: 'Unique within the scenario.' }),
  instrument: z.enum(
    INSTRUMENTS as ['resolution', 'procedural', 'presidential-statement', 'press-statement', 'press-elements'],
  ),
  date: DateSchema.optional().meta({ description: "Overrides the scenario's date for this decision." }),
  clauses: z.array(ClauseSchema).optional(),
  tabled: z.array(IdSchema).optional().meta({ description: 'Clause ids of the text as tabled. Default: all.' }),
  positions: z
    .record(z.string(), PositionSchema)
    .optional()
    .meta({ description: 'Overrides the scenario-level positions field by field, for this decision only.' }),
  recorded: RecordedSchema.optional(),
});

/** A custom voting body instead of the real Council. */
export const BodySchema = z.strictObject({
  members: z.array(z.string()).min(1).meta({ description: 'Member codes: letters, digits, - and _.' }),
  permanent: z.array(z.string()).optional().meta({ description: 'Members holding a veto (subset of members).' }),
  threshold: z.number().int().min(1).meta({ description: 'Affirmative votes needed.' }),
});

/** A scenario file (version 1). */
export const ScenarioFileSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    title: z.string().min(1),
    date: DateSchema.optional().meta({ description: "The Council's composition that day (required unless body)." }),
    body: BodySchema.optional(),
    positions: z.record(z.string(), PositionSchema).optional().meta({ description: 'Member code → default position.' }),
    decisions: z.array(DecisionSchema).min(1),
  })
  .meta({ title: 'Horseshoe scenario', description: 'A Security Council scenario (scenarios.md, version 1).' });

export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
export type DecisionFile = z.infer<typeof DecisionSchema>;
export type PositionFile = z.infer<typeof PositionSchema>;
export type BodyFile = z.infer<typeof BodySchema>;
export type RecordedFile = z.infer<typeof RecordedSchema>;

/** What a scenario file holds before defaults and branding (the schema's input type). */
export type ScenarioFileInput = z.input<typeof ScenarioFileSchema>;
export type DecisionFileInput = z.input<typeof DecisionSchema>;
export type PositionFileInput = z.input<typeof PositionSchema>;
