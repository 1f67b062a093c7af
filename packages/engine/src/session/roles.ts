import type { SessionActor } from './actors.ts';
import type { SessionCommandType } from './commands.ts';
import { forbidden } from './refusals.ts';
import type { SessionRefusal, SessionState } from './state.ts';

/** Which roles may send each command (sessions.md "Commands"); the gallery and `system` send none. */
export const COMMAND_ROLES: Readonly<Record<SessionCommandType, readonly ('chair' | 'seat')[]>> = {
  'circulate-draft': ['chair', 'seat'],
  'propose-amendment': ['seat'],
  'accept-amendment': ['chair', 'seat'],
  'state-position': ['seat'],
  object: ['seat'],
  'withdraw-objection': ['seat'],
  'put-under-silence': ['chair', 'seat'],
  'break-silence': ['seat'],
  'adopt-by-consensus': ['chair'],
  'open-vote': ['chair'],
  'cast-vote': ['seat'],
  'close-vote': ['chair'],
  'explain-vote': ['seat'],
  'inscribe-speaker': ['seat'],
  'give-floor': ['chair'],
  'set-timer': ['chair'],
  'withdraw-draft': ['chair', 'seat'],
  'withdraw-amendment': ['seat'],
  'end-session': ['chair'],
  'assign-ai': ['chair'],
  'release-ai': ['chair'],
};

/**
 * A 403 when the actor's role may not send the command: the gallery acts in no way, the chair casts no
 * vote and speaks for no member, a seat does not run the meeting, and a seat must be a member of the body.
 */
export function roleRefusal(state: SessionState, actor: SessionActor, type: SessionCommandType): SessionRefusal | null {
  switch (actor.type) {
    case 'gallery':
      return forbidden(actor, type, 'the gallery reads the session and acts in no way');
    case 'system':
      return forbidden(actor, type, 'system events are time-driven; no command is sent as system');
    case 'chair':
      return COMMAND_ROLES[type].includes('chair')
        ? null
        : forbidden(actor, type, 'the chair is not a seat: it casts no vote and acts for no member');
    case 'seat':
      if (!state.body.members.some((m) => m.code === actor.member)) {
        return forbidden(actor, type, `${actor.member} is not a member of this session`);
      }
      return COMMAND_ROLES[type].includes('seat') ? null : forbidden(actor, type, 'only the chair runs the meeting');
  }
}
