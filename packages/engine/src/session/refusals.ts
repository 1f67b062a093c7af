import type { SessionActor } from './actors.ts';
import { actorName } from './actors.ts';
import type { SessionCommandType } from './commands.ts';
import type { SessionRefusal, SessionRefusalCode } from './state.ts';

/** 400: a malformed command; `field` names the field (`clause.id`, `clauses[2].text`). */
export function invalid(field: string, message: string): SessionRefusal {
  return { code: 'session/invalid', status: 400, field, message: `${field}: ${message}` };
}

/** 403: the role may not send this command; the message names both, and why. */
export function forbidden(actor: SessionActor, command: SessionCommandType, why: string): SessionRefusal {
  const role = actor.type === 'gallery' ? 'the gallery' : actor.type === 'system' ? 'system' : actorName(actor);
  return { code: 'session/forbidden', status: 403, message: `${role} may not send ${command}: ${why}` };
}

/** 404: an unknown draft, amendment, vote or clause. */
export function unknown(
  code: Extract<
    SessionRefusalCode,
    'session/unknown-draft' | 'session/unknown-amendment' | 'session/unknown-vote' | 'session/unknown-clause'
  >,
  field: string,
  message: string,
): SessionRefusal {
  return { code, status: 404, field, message };
}

/** 409: the state of the session forbids the command. */
export function conflict(code: SessionRefusalCode, message: string): SessionRefusal {
  return { code, status: 409, message };
}

/** True when a handler refused. */
export function isRefusal(x: unknown): x is SessionRefusal {
  return typeof x === 'object' && x !== null && 'status' in x && 'code' in x;
}
