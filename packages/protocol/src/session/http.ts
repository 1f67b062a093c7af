import { INSTRUMENTS } from '@horseshoe/engine';
import { z } from 'zod';
import { DateSchema, PositionSchema } from '../scenario/schema.ts';
import { SessionClauseSchema } from './commands.ts';
import { ActorNameSchema, OutcomeSummarySchema, SessionEventSchema } from './events.ts';

// The HTTP and WebSocket shapes of sessions.md (version 1), besides command bodies and events.

/** `POST /api/sessions` body: `scenario` is a scenario file's text (YAML or JSON). */
export const CreateSessionBodySchema = z.strictObject({
  title: z.string().min(1, { error: 'give the session a title' }).max(500),
  date: DateSchema,
  scenario: z.string().max(1_000_000).optional(),
});
export type CreateSessionBody = z.infer<typeof CreateSessionBodySchema>;

const Tokens = z.object({ chair: z.string(), gallery: z.string(), seats: z.record(z.string(), z.string()) });

/** `201` answer to `POST /api/sessions`: a token per role and a link per role. */
export const CreateSessionResponseSchema = z.object({ id: z.string(), tokens: Tokens, links: Tokens });
export type CreateSessionResponse = z.infer<typeof CreateSessionResponseSchema>;

const Instrument = z.enum(
  INSTRUMENTS as ['resolution', 'procedural', 'presidential-statement', 'press-statement', 'press-elements'],
);

const DraftSchema = z.object({
  id: z.string(),
  instrument: Instrument,
  penholder: z.string().nullable(),
  clauses: z.array(SessionClauseSchema),
  reserve: z.array(SessionClauseSchema),
  fixed: z.array(z.string()),
  version: z.number().int(),
  status: z.enum(['circulated', 'adopted', 'not-adopted', 'withdrawn']),
  amendments: z.array(
    z.object({
      id: z.string(),
      draftId: z.string(),
      op: z.enum(['add', 'delete', 'replace']),
      clauseId: z.string().nullable(),
      clause: SessionClauseSchema.nullable(),
      proposer: z.string(),
      status: z.enum(['proposed', 'accepted', 'adopted', 'rejected', 'withdrawn', 'lapsed']),
    }),
  ),
  objections: z.array(z.object({ member: z.string(), reason: z.string() })),
  silence: z.union([
    z.object({ type: z.literal('draft') }),
    z.object({ type: z.literal('under-silence'), deadline: z.string() }),
    z.object({ type: z.literal('agreed'), at: z.string() }),
    z.object({ type: z.literal('silence-broken'), by: z.string(), at: z.string() }),
  ]),
  outcome: OutcomeSummarySchema.nullable(),
});

const VoteSchema = z.object({
  id: z.string(),
  draftId: z.string(),
  amendmentId: z.string().nullable(),
  text: z.array(z.string()),
  status: z.enum(['open', 'closed']),
  casts: z.record(z.string(), z.enum(['yes', 'no', 'abstain'])),
  votes: z.record(z.string(), z.string()).nullable(),
  outcome: OutcomeSummarySchema.nullable(),
  explanations: z.array(z.object({ member: z.string(), text: z.string() })),
});

/** `200` answer to `GET /api/sessions/{id}`: the state as the caller may see it (engine `viewFor`). */
export const SessionStateResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  version: z.number().int().min(0),
  status: z.enum(['open', 'ended']),
  members: z.array(z.object({ code: z.string(), name: z.string(), permanent: z.boolean() })),
  threshold: z.number().int(),
  drafts: z.array(DraftSchema),
  votes: z.array(VoteSchema),
  positions: z.array(
    z.object({
      member: z.string(),
      draftId: z.string().nullable(),
      position: PositionSchema,
      visibility: z.enum(['private', 'public']),
      seq: z.number().int(),
    }),
  ),
  speakers: z.array(z.string()),
  floor: z.string().nullable(),
  timer: z.object({ seconds: z.number().int(), endsAt: z.string() }).nullable(),
  /** Extension: the caller's role, from its token (`chair`, `gallery` or `seat:CODE`). */
  role: ActorNameSchema.optional(),
  /** Extension (issue 15): the seats held by AI delegations (`[]` from a server without AI seats). */
  ai: z.array(z.object({ member: z.string(), strategy: z.string(), seq: z.number().int() })).default([]),
  /** Extension (issue 15): the seats a person has acted for (not empty), as the caller may know them. */
  claimed: z.array(z.object({ member: z.string(), visibility: z.enum(['private', 'public']) })).default([]),
});
export type SessionStateResponse = z.infer<typeof SessionStateResponseSchema>;

/** `200` answer to `POST /api/sessions/{id}/commands`: the version after, and the events appended. */
export const CommandResponseSchema = z.object({
  version: z.number().int().min(0),
  events: z.array(SessionEventSchema),
});
export type CommandResponse = z.infer<typeof CommandResponseSchema>;

/** `GET /api/sessions/{id}/events?after=N` query. */
export const EventsQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
});

/** `200` answer to `GET /api/sessions/{id}/events?after=N`: the visible events with `seq > N`, in order. */
export const EventsResponseSchema = z.object({ events: z.array(SessionEventSchema) });
export type EventsResponse = z.infer<typeof EventsResponseSchema>;

/** The client's first WebSocket message on `/api/sessions/{id}/live`. */
export const LiveHelloSchema = z.strictObject({
  token: z.string().min(1, { error: 'the token is required' }),
  after: z.number().int().min(0),
});
export type LiveHello = z.infer<typeof LiveHelloSchema>;

/** Every refusal's body: `{error: {code, message}}` (the field, for a 400, in `field` and in the message). */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** `200` answer to `GET /api/sessions/{id}/presence` (an extension): the roles with an open live feed. */
export const PresenceResponseSchema = z.object({ connected: z.array(ActorNameSchema) });
export type PresenceResponse = z.infer<typeof PresenceResponseSchema>;
