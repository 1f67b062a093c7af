import { assertNever } from '../errors.ts';
import type { SessionActor } from './actors.ts';
import type { SessionCommand } from './commands.ts';
import type { HandlerContext, HandlerResult } from './context.ts';
import type { SessionEvent, UnstampedEvent } from './events.ts';
import { foldSessionEvents } from './evolve.ts';
import { assignAi, holderRefusal, releaseAi } from './handle-ai.ts';
import {
  adoptByConsensus,
  breakSilence,
  object,
  putUnderSilence,
  statePosition,
  withdrawObjection,
} from './handle-consensus.ts';
import {
  acceptAmendment,
  circulateDraft,
  proposeAmendment,
  withdrawAmendment,
  withdrawDraft,
} from './handle-drafts.ts';
import { endSession, giveFloor, inscribeSpeaker, setTimer } from './handle-floor.ts';
import { castVote, closeVote, explainVote, openVoteOn } from './handle-votes.ts';
import { conflict, isRefusal } from './refusals.ts';
import { roleRefusal } from './roles.ts';
import type { SessionRefusal, SessionState } from './state.ts';
import { dueEvents } from './tick.ts';
import { fieldRefusal } from './validate.ts';

/** The answer of {@link applySessionCommand}. */
export type ApplyResult =
  | { readonly ok: true; readonly state: SessionState; readonly events: readonly SessionEvent[] }
  | { readonly ok: false; readonly refusal: SessionRefusal };

/**
 * Applies one command of `actor` to a session at time `now` (ISO date-time): pure and deterministic (the
 * same state, command, actor and time give the same answer; `commandId` is the store's business).
 *
 * Checks, in order: the role may send the command (403, naming role and command); its fields (400,
 * naming the field); the session is open and at `expectedVersion` when given (409); a seat's command comes
 * from whoever holds the seat, a person or the AI delegation the chair handed it to (409); then the command's
 * own references (404) and state (409). Time-driven events that are due at `now` (`silence-passed`,
 * `timer-ended`, see {@link tickSession}) come first in the returned events, so a command never acts on
 * a silence that has already passed. Events get `seq` version+1, version+2 … and `at = now`. A refused
 * command appends nothing. Votes and consensus are decided by the engine's rules only.
 * @example applySessionCommand(state, { commandId: 'c1', type: 'cast-vote', voteId: 'v1', vote: 'no' }, seat('RUS'), { now })
 */
export function applySessionCommand(
  state: SessionState,
  command: SessionCommand,
  actor: SessionActor,
  options: { readonly now: string },
): ApplyResult {
  const now = normalizeTime(options.now);
  const refused =
    roleRefusal(state, actor, command.type) ??
    fieldRefusal(state, command) ??
    (state.status === 'ended' ? conflict('session/ended', `the session has ended: ${command.type} refused`) : null) ??
    holderRefusal(state, actor) ??
    (command.expectedVersion !== undefined && command.expectedVersion !== state.version
      ? conflict(
          'session/version-conflict',
          `expectedVersion ${command.expectedVersion}, but the session is at version ${state.version}`,
        )
      : null);
  if (refused) return { ok: false, refusal: refused };
  const due = dueEvents(state, now);
  const current = due.length > 0 ? foldSessionEvents(due, state) : state;
  const ctx: HandlerContext = {
    state: current,
    command,
    actor,
    member: actor.type === 'seat' ? actor.member : null,
    now,
  };
  const result = handle(ctx);
  if (isRefusal(result)) return { ok: false, refusal: result };
  const own = stamp(result, current.version, now);
  const marked =
    actor.type === 'seat' && actor.ai !== undefined ? own.map((e) => ({ ...e, ai: { strategy: actor.ai } })) : own;
  const events = [...due, ...(marked as SessionEvent[])];
  return { ok: true, state: foldSessionEvents(events.slice(due.length), current), events };
}

/** Gives unstamped events their `seq` (after `version`) and `at`. */
export function stamp(events: readonly UnstampedEvent[], version: number, at: string): SessionEvent[] {
  return events.map((e, i) => ({ ...e, seq: version + i + 1, at }) as SessionEvent);
}

/** An ISO date-time in UTC (`…Z`); a `now` that is not a date-time is a bug of the caller and throws. */
export function normalizeTime(time: string): string {
  const ms = Date.parse(time);
  if (!Number.isFinite(ms)) throw new Error(`now must be an ISO date-time, not ${JSON.stringify(time)}`);
  return new Date(ms).toISOString();
}

function handle(ctx: HandlerContext): HandlerResult {
  const c = ctx.command;
  // Each handler receives the context narrowed to its command.
  const as = <C extends SessionCommand>(command: C): HandlerContext<C> => ({ ...ctx, command });
  switch (c.type) {
    case 'circulate-draft':
      return circulateDraft(as(c));
    case 'propose-amendment':
      return proposeAmendment(as(c));
    case 'accept-amendment':
      return acceptAmendment(as(c));
    case 'state-position':
      return statePosition(as(c));
    case 'object':
      return object(as(c));
    case 'withdraw-objection':
      return withdrawObjection(as(c));
    case 'put-under-silence':
      return putUnderSilence(as(c));
    case 'break-silence':
      return breakSilence(as(c));
    case 'adopt-by-consensus':
      return adoptByConsensus(as(c));
    case 'open-vote':
      return openVoteOn(as(c));
    case 'cast-vote':
      return castVote(as(c));
    case 'close-vote':
      return closeVote(as(c));
    case 'explain-vote':
      return explainVote(as(c));
    case 'inscribe-speaker':
      return inscribeSpeaker(as(c));
    case 'give-floor':
      return giveFloor(as(c));
    case 'set-timer':
      return setTimer(as(c));
    case 'withdraw-draft':
      return withdrawDraft(as(c));
    case 'withdraw-amendment':
      return withdrawAmendment(as(c));
    case 'end-session':
      return endSession(as(c));
    case 'assign-ai':
      return assignAi(as(c));
    case 'release-ai':
      return releaseAi(as(c));
    default:
      return assertNever(c);
  }
}
