import type { MemberId } from '../ids.ts';
import { memberId } from '../ids.ts';
import type { StrategyName } from '../negotiation/strategies.ts';

/**
 * Who acts in a session (sessions.md, "Roles and tokens"). The server takes it from the token, never
 * from a command's body.
 * - `chair`: runs the meeting; not a seat, casts no vote;
 * - `seat`: one member, acting only as itself; with `ai`, the AI delegation the chair handed the seat to
 *   (never from a token: the server's own AI turns; its events carry the mark `ai: {strategy}`);
 * - `gallery`: reads the public state; acts in no way;
 * - `system`: time-driven events (`silence-passed`, `timer-ended`) and the events of session creation;
 *   a Horseshoe extension. No token is ever issued for it, and it sends no command.
 */
export type SessionActor =
  | { readonly type: 'chair' }
  | { readonly type: 'seat'; readonly member: MemberId; readonly ai?: StrategyName }
  | { readonly type: 'gallery' }
  | { readonly type: 'system' };

/** An actor as written in events and on the wire: `chair`, `seat:CODE`, `gallery` or `system`. */
export type ActorName = 'chair' | 'gallery' | 'system' | `seat:${string}`;

/**
 * Who reads a session: a role, or `system` (the server itself: the store and `session export`), which
 * sees every event including private positions.
 */
export type SessionViewer = SessionActor;

/** The chair. */
export const CHAIR: SessionActor = { type: 'chair' };
/** The gallery. */
export const GALLERY: SessionActor = { type: 'gallery' };
/** The system (time-driven events, session creation). */
export const SYSTEM: SessionActor = { type: 'system' };

/**
 * The AI delegation holding a member's seat (issue 15): acts as `seat:CODE`, its events marked.
 * @example aiSeat('RUS', 'hard-liner') // { type: 'seat', member: 'RUS', ai: 'hard-liner' }
 */
export function aiSeat(code: string, strategy: StrategyName): SessionActor {
  return { type: 'seat', member: memberId(code), ai: strategy };
}

/**
 * The seat of a member.
 * @example seat('RUS') // { type: 'seat', member: 'RUS' }
 */
export function seat(code: string): SessionActor {
  return { type: 'seat', member: memberId(code) };
}

/**
 * The written form of an actor.
 * @example actorName(seat('RUS')) // 'seat:RUS'
 */
export function actorName(actor: SessionActor): ActorName {
  return actor.type === 'seat' ? `seat:${actor.member}` : actor.type;
}

/**
 * Reads a written actor back; `null` for anything else.
 * @example parseActorName('seat:USA') // { type: 'seat', member: 'USA' }
 */
export function parseActorName(name: string): SessionActor | null {
  if (name === 'chair' || name === 'gallery' || name === 'system') return { type: name };
  if (name.startsWith('seat:') && name.length > 5) return seat(name.slice(5));
  return null;
}

/** The member behind a written actor, or `null` when it is not a seat. */
export function memberOfActor(name: ActorName): MemberId | null {
  return name.startsWith('seat:') ? memberId(name.slice(5)) : null;
}
