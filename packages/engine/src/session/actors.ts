import type { MemberId } from '../ids.ts';
import { memberId } from '../ids.ts';

/**
 * Who acts in a session (sessions.md, "Roles and tokens"). The server takes it from the token, never
 * from a command's body.
 * - `chair`: runs the meeting; not a seat, casts no vote;
 * - `seat`: one member, acting only as itself;
 * - `gallery`: reads the public state; acts in no way;
 * - `system`: time-driven events (`silence-passed`, `timer-ended`) and the events of session creation;
 *   a Horseshoe extension. No token is ever issued for it, and it sends no command.
 */
export type SessionActor =
  | { readonly type: 'chair' }
  | { readonly type: 'seat'; readonly member: MemberId }
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
