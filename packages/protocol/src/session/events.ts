import { INSTRUMENTS, VOTE_VALUES } from '@horseshoe/engine';
import { STRATEGY_NAMES, type StrategyName } from '@horseshoe/engine/session';
import { z } from 'zod';
import { PositionSchema } from '../scenario/schema.ts';
import { SessionClauseSchema } from './commands.ts';

// The events of a session's log as they travel (sessions.md: `{seq, type, at, actor, ...}`), for clients
// that check what the server sends them. The engine's `SessionEvent` type is the source of truth.

/** `chair`, `seat:CODE`, `gallery` or `system`. */
export const ActorNameSchema = z.union([
  z.enum(['chair', 'gallery', 'system']),
  z.templateLiteral(['seat:', z.string().min(1)]),
]);

/** An outcome as `horseshoe outcome --json` prints it. */
export const OutcomeSummarySchema = z.object({
  date: z.string().nullable(),
  procedural: z.boolean(),
  adopted: z.boolean(),
  reason: z.enum(['adopted', 'veto', 'insufficient-votes', 'objection']),
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  absent: z.number().int(),
  notParticipating: z.number().int(),
  threshold: z.number().int().nullable(),
  seats: z.number().int(),
  vetoes: z.array(z.string()),
  permanentNo: z.array(z.string()),
  explanation: z.string(),
  votes: z.record(z.string(), z.enum(VOTE_VALUES as ['yes', 'no', 'abstain'])).optional(),
});

const Instrument = z.enum(
  INSTRUMENTS as ['resolution', 'procedural', 'presidential-statement', 'press-statement', 'press-elements'],
);
const Member = z.string().min(1);
const Strategy = z.enum(STRATEGY_NAMES as [StrategyName, ...StrategyName[]]);
/** Extension (issue 15): the mark on an AI delegation's events. */
export const AiMarkerSchema = z.object({ strategy: Strategy });
const base = {
  seq: z.number().int().min(1),
  at: z.string(),
  actor: ActorNameSchema,
  ai: AiMarkerSchema.optional(),
};
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ ...base, type: z.literal(type), ...shape });

/** The members and threshold of the body a session decides in. */
export const SessionBodySchema = z.object({
  members: z.array(z.object({ code: Member, name: z.string(), permanent: z.boolean() })),
  threshold: z.number().int().min(1),
  custom: z.boolean(),
});

/** Every event of a session's log, by `type`. */
export const SessionEventSchema = z.discriminatedUnion('type', [
  event('session-created', { sessionId: z.string(), title: z.string(), date: z.string(), body: SessionBodySchema }),
  event('draft-circulated', {
    draftId: z.string(),
    instrument: Instrument,
    clauses: z.array(SessionClauseSchema),
    penholder: Member.nullable(),
    reserve: z.array(SessionClauseSchema).optional(),
    fixed: z.array(z.string()).optional(),
  }),
  event('amendment-proposed', {
    draftId: z.string(),
    amendmentId: z.string(),
    op: z.enum(['add', 'delete', 'replace']),
    clauseId: z.string().optional(),
    clause: SessionClauseSchema.optional(),
  }),
  event('draft-revised', {
    draftId: z.string(),
    amendmentId: z.string(),
    by: z.enum(['accepted', 'adopted']),
    draftVersion: z.number().int(),
    clauses: z.array(SessionClauseSchema),
  }),
  event('position-stated', {
    member: Member,
    position: PositionSchema,
    visibility: z.enum(['private', 'public']),
    draftId: z.string().optional(),
  }),
  event('objection-raised', { draftId: z.string(), reason: z.string() }),
  event('objection-withdrawn', { draftId: z.string() }),
  event('silence-started', { draftId: z.string(), until: z.string() }),
  event('silence-passed', { draftId: z.string(), until: z.string(), outcome: OutcomeSummarySchema.nullable() }),
  event('silence-broken', { draftId: z.string(), reason: z.string() }),
  event('consensus-adopted', { draftId: z.string(), outcome: OutcomeSummarySchema }),
  event('consensus-blocked', { draftId: z.string(), objectors: z.array(Member), outcome: OutcomeSummarySchema }),
  event('vote-opened', {
    voteId: z.string(),
    draftId: z.string(),
    amendmentId: z.string().optional(),
    text: z.array(z.string()),
  }),
  event('vote-cast', { voteId: z.string(), vote: z.enum(['yes', 'no', 'abstain']) }),
  event('vote-closed', {
    voteId: z.string(),
    draftId: z.string(),
    amendmentId: z.string().optional(),
    votes: z.record(z.string(), z.enum(VOTE_VALUES as ['yes', 'no', 'abstain'])),
    outcome: OutcomeSummarySchema,
  }),
  event('vote-explained', { voteId: z.string(), text: z.string() }),
  event('speaker-inscribed', { speakers: z.array(Member) }),
  event('floor-given', { seat: Member, speakers: z.array(Member) }),
  event('timer-started', { seconds: z.number().int(), endsAt: z.string() }),
  event('timer-ended', { endsAt: z.string() }),
  event('draft-withdrawn', { draftId: z.string() }),
  event('amendment-withdrawn', { draftId: z.string(), amendmentId: z.string() }),
  event('session-ended', {}),
  event('ai-assigned', { seat: Member, strategy: Strategy }),
  event('ai-released', { seat: Member }),
  event('ai-noted', { seat: Member, memory: z.unknown() }),
]);

/** An event as it travels. */
export type SessionEventBody = z.infer<typeof SessionEventSchema>;
