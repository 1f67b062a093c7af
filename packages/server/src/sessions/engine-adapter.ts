import {
  aiTurn,
  applySessionCommand,
  createSession,
  foldSessionEvents,
  isVisibleTo,
  parseActorName,
  type SessionActor,
  type SessionCommand,
  type SessionEvent,
  type SessionState,
  tickSession,
  viewFor,
} from '@horseshoe/engine/session';
import { formatScenarioError, parseScenario } from '@horseshoe/protocol';
import type { StoredEvent } from '../store/types.ts';
import { parseCommandBody, parseCreateBody } from './bodies.ts';
import type { CreateInput, SessionEnginePort } from './engine-port.ts';
import { type Failure, failure } from './failures.ts';

/** A role as the reducer knows it; roles come from tokens, so an unknown one is a bug. */
function actorOf(role: string): SessionActor {
  const actor = parseActorName(role);
  if (!actor) throw new Error(`not a role: ${role}`);
  return actor;
}

const asStored = (events: readonly SessionEvent[]) => events as unknown as readonly StoredEvent[];
const asEvents = (events: readonly StoredEvent[]) => events as unknown as readonly SessionEvent[];

/** The reducer of @horseshoe/engine/session behind the server's port. */
export const SESSION_ENGINE: SessionEnginePort<SessionState> = {
  parseCreate: parseCreateBody,

  create(id: string, input: CreateInput, now: Date) {
    let scenario: Parameters<typeof createSession>[0]['scenario'];
    if (input.scenario !== undefined) {
      const parsed = parseScenario(input.scenario, 'scenario');
      if (!parsed.ok) {
        const detail = parsed.errors.slice(0, 5).map(formatScenarioError).join('; ');
        return { ok: false as const, failure: failure('request/malformed', `scenario: ${detail}`) };
      }
      scenario = parsed.scenario;
    }
    const made = createSession({
      id,
      title: input.title,
      date: input.date,
      ...(scenario ? { scenario } : {}),
      options: { now: now.toISOString() },
    });
    if (!made.ok) {
      const f: Failure = failure('request/malformed', made.errors.map((e) => e.message).join('; '));
      return { ok: false as const, failure: f };
    }
    return {
      ok: true as const,
      created: {
        events: asStored(made.value.events),
        seats: made.value.state.body.members.map((m) => m.code as string),
      },
    };
  },

  fold(state, events) {
    return state === null ? foldSessionEvents(asEvents(events)) : foldSessionEvents(asEvents(events), state);
  },

  parseCommand: parseCommandBody,

  apply(state, command, role, now) {
    const result = applySessionCommand(state, command as SessionCommand, actorOf(role), { now: now.toISOString() });
    if (!result.ok) {
      const { code, status, message } = result.refusal;
      return { ok: false, failure: { code, status, message } };
    }
    return { ok: true, state: result.state, events: asStored(result.events) };
  },

  tick(state, now) {
    const events = tickSession(state, now.toISOString());
    return { state: events.length > 0 ? foldSessionEvents(events, state) : state, events: asStored(events) };
  },

  view(state, role) {
    return { ...viewFor(state, actorOf(role)) };
  },

  visible(event, role) {
    return isVisibleTo(event as unknown as SessionEvent, actorOf(role));
  },

  aiTurn(state, now) {
    const turn = aiTurn(state, { now: now.toISOString() });
    return { state: turn.state, events: asStored(turn.events) };
  },

  seatToAssign(command) {
    const c = command as SessionCommand;
    return c.type === 'assign-ai' ? c.seat : null;
  },
};
