import { type ClauseId, clauseId, DEFAULT_POSITION, INSTRUMENTS, memberId, type Position } from '@horseshoe/engine';
import { type SessionClause, type SessionCommand, STRATEGY_NAMES, type StrategyName } from '@horseshoe/engine/session';
import { z } from 'zod';
import { type PositionFile, PositionSchema } from '../scenario/schema.ts';

// The body of `POST /api/sessions/{id}/commands` (sessions.md, "Commands (v1)") and the extensions.
// Every object is strict: an unknown field is a 400 naming it.

const Id = z
  .string()
  .min(1, { error: 'expected a non-empty id' })
  .max(200, { error: 'at most 200 characters' })
  .refine((s) => s.trim() === s, { error: 'no spaces around an id' });
const Text = z.string().refine((s) => s.trim().length > 0, { error: 'expected a non-empty text' });

/** A clause of a session's text. */
export const SessionClauseSchema = z.strictObject({ id: Id, text: Text.max(10_000) });

const InstrumentSchema = z.enum(
  INSTRUMENTS as ['resolution', 'procedural', 'presidential-statement', 'press-statement', 'press-elements'],
);

/** The name of an AI delegation's strategy (docs/negotiate.md). */
export const StrategySchema = z.enum(STRATEGY_NAMES as [StrategyName, ...StrategyName[]]);

const base = {
  commandId: Id.meta({ description: 'Chosen by the client; the same id sent again returns the same answer.' }),
  expectedVersion: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Refuse with 409 unless the session is at this version.' }),
};

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ ...base, type: z.literal(type), ...shape });

/** Every command body, by `type`. */
export const SessionCommandSchema = z.discriminatedUnion('type', [
  command('circulate-draft', {
    draftId: Id,
    instrument: InstrumentSchema,
    clauses: z.array(SessionClauseSchema).min(1).max(500),
    reserve: z.array(SessionClauseSchema).max(500).optional(),
    fixed: z.array(Id).max(500).optional(),
  }),
  command('propose-amendment', {
    draftId: Id,
    amendmentId: Id,
    op: z.enum(['add', 'delete', 'replace']),
    clauseId: Id.optional(),
    clause: SessionClauseSchema.optional(),
  }),
  command('accept-amendment', { draftId: Id, amendmentId: Id }),
  command('state-position', {
    position: PositionSchema,
    visibility: z.enum(['private', 'public']),
    draftId: Id.optional(),
  }),
  command('object', { draftId: Id, reason: Text.max(5_000) }),
  command('withdraw-objection', { draftId: Id }),
  command('put-under-silence', { draftId: Id, until: z.iso.datetime({ offset: true }) }),
  command('break-silence', { draftId: Id, reason: Text.max(5_000) }),
  command('adopt-by-consensus', { draftId: Id }),
  command('open-vote', { voteId: Id, draftId: Id.optional(), amendmentId: Id.optional() }),
  command('cast-vote', { voteId: Id, vote: z.enum(['yes', 'no', 'abstain']) }),
  command('close-vote', { voteId: Id }),
  command('explain-vote', { voteId: Id, text: Text.max(10_000) }),
  command('inscribe-speaker', {}),
  command('give-floor', { seat: Id.optional() }),
  command('set-timer', { seconds: z.number().int().min(1).max(86_400) }),
  command('withdraw-draft', { draftId: Id }),
  command('withdraw-amendment', { draftId: Id, amendmentId: Id }),
  command('end-session', {}),
  command('assign-ai', {
    seat: Id.meta({ description: 'The member whose empty seat an AI delegation takes.' }),
    strategy: StrategySchema.optional().meta({ description: 'Default: boulware.' }),
  }),
  command('release-ai', { seat: Id }),
]);

/** A command body as it travels. */
export type SessionCommandBody = z.infer<typeof SessionCommandSchema>;

/** A field error: the field as a person reads it (`clause.id`, `clauses[1].text`) and what is wrong. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
  /** The field as a path of keys and indexes. */
  readonly path: readonly (string | number)[];
}

/**
 * Checks a command body and turns it into the engine's command (positions with every default filled,
 * ids branded). A bad body gives the first error, naming its field.
 * @example parseSessionCommand({ commandId: 'c1', type: 'cast-vote', voteId: 'v1', vote: 'no' })
 */
export function parseSessionCommand(
  body: unknown,
): { readonly ok: true; readonly command: SessionCommand } | { readonly ok: false; readonly error: FieldError } {
  const parsed = SessionCommandSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: fieldErrorOf(parsed.error, body) };
  return { ok: true, command: toEngineCommand(parsed.data) };
}

/** The engine's command for a checked body. */
export function toEngineCommand(body: SessionCommandBody): SessionCommand {
  switch (body.type) {
    case 'circulate-draft': {
      const { reserve, fixed, ...rest } = body;
      return {
        ...rest,
        clauses: body.clauses.map(toClause),
        ...(reserve !== undefined ? { reserve: reserve.map(toClause) } : {}),
        ...(fixed !== undefined ? { fixed: fixed.map(clauseId) } : {}),
      };
    }
    case 'propose-amendment': {
      const { clauseId: id, clause, ...rest } = body;
      return {
        ...rest,
        ...(id !== undefined ? { clauseId: clauseId(id) } : {}),
        ...(clause !== undefined ? { clause: toClause(clause) } : {}),
      };
    }
    case 'state-position':
      return { ...body, position: toPosition(body.position) };
    case 'give-floor': {
      const { seat, ...rest } = body;
      return { ...rest, ...(seat !== undefined ? { seat: memberId(seat) } : {}) };
    }
    case 'assign-ai': {
      const { strategy, ...rest } = body;
      return { ...rest, seat: memberId(body.seat), ...(strategy !== undefined ? { strategy } : {}) };
    }
    case 'release-ai':
      return { ...body, seat: memberId(body.seat) };
    default:
      return body;
  }
}

/** A position as written (every field optional) with the defaults of scenarios.md filled in. */
export function toPosition(p: PositionFile): Position {
  const vote = p.vote ?? null;
  return {
    rejects: (p.rejects ?? []).map(clauseId),
    requires: (p.requires ?? []).map(clauseId),
    onRedLine: p.onRedLine ?? DEFAULT_POSITION.onRedLine,
    values: p.values ?? {},
    yesAt: p.yesAt ?? DEFAULT_POSITION.yesAt,
    noBelow: p.noBelow ?? null,
    vote:
      vote === null || typeof vote === 'string'
        ? vote
        : { yes: vote.yes ?? 0, no: vote.no ?? 0, abstain: vote.abstain ?? 0, absent: vote.absent ?? 0 },
  };
}

function toClause(c: { id: string; text: string }): SessionClause {
  return { id: clauseId(c.id) as ClauseId, text: c.text };
}

/**
 * The first issue of a failed parse as a field error: the path written `a.b[0].c`, an unknown field
 * named, a missing field said to be missing.
 */
export function fieldErrorOf(error: z.ZodError, data: unknown): FieldError {
  const issue = error.issues[0];
  if (!issue) return { field: '', path: [], message: 'invalid' };
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { field: writePath([...path, key]), path: [...path, key], message: `unknown field "${key}"` };
  }
  const field = writePath(path);
  if (valueAt(data, path) === undefined) return { field, path, message: 'required field is missing' };
  if (issue.code === 'invalid_union' && path.at(-1) === 'type') {
    return { field, path, message: `unknown command type "${String(valueAt(data, path))}"` };
  }
  if (issue.code === 'invalid_value') {
    return { field, path, message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
  }
  return { field, path, message: issue.message.replace('Invalid input: ', '') };
}

/** `a.b[0].c`. */
export function writePath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out === '' ? p : `${out}.${p}`), '');
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const p of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[p];
  }
  return node;
}
