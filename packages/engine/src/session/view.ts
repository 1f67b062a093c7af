import type { IsoDate } from '../ids.ts';
import type { SessionViewer } from './actors.ts';
import type { SessionEvent, SessionMember } from './events.ts';
import type { AiSeat, SeatClaim, SessionDraft, SessionState, SessionVote, StatedPosition } from './state.ts';

/**
 * The state as one role may see it (sessions.md `GET /api/sessions/{id}`): everything but the private
 * positions of other seats. `version` is the session's (events the viewer cannot see still count).
 */
export interface SessionView {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly version: number;
  readonly status: SessionState['status'];
  readonly members: readonly SessionMember[];
  readonly threshold: number;
  readonly drafts: readonly SessionDraft[];
  readonly votes: readonly SessionVote[];
  /** The positions this viewer may see: public ones, and its own private ones. */
  readonly positions: readonly StatedPosition[];
  readonly speakers: SessionState['speakers'];
  readonly floor: SessionState['floor'];
  readonly timer: SessionState['timer'];
  /** Extension (issue 15): the seats held by AI delegations, with their strategies (public). */
  readonly ai: readonly AiSeat[];
  /**
   * Extension (issue 15): the seats a person has acted for, so not empty. A seat whose only act is a
   * private position is listed only for itself (and `system`).
   */
  readonly claimed: readonly SeatClaim[];
}

/** True when `viewer` may see a stated position: it is public, it is the viewer's own, or the viewer is `system`. */
export function maySeePosition(viewer: SessionViewer, p: Pick<StatedPosition, 'member' | 'visibility'>): boolean {
  return (
    p.visibility === 'public' || viewer.type === 'system' || (viewer.type === 'seat' && viewer.member === p.member)
  );
}

/**
 * True when `viewer` may receive the event: every event is public except a `private` position, which
 * only its own seat (and `system`) may see — not the chair, not the gallery, not another seat — and an
 * AI delegation's memory (`ai-noted`), seen like a private position of its seat.
 * @example isVisibleTo(privateRusPosition, seat('USA')) // false
 */
export function isVisibleTo(event: SessionEvent, viewer: SessionViewer): boolean {
  if (event.type === 'ai-noted') return maySeePosition(viewer, { member: event.seat, visibility: 'private' });
  return event.type !== 'position-stated' || maySeePosition(viewer, event);
}

/**
 * The state as `viewer` may see it. A seat's position restated `private` after a public statement
 * replaces it, so other roles then see no position for that seat on that draft.
 * @example viewFor(state, GALLERY).positions // public positions only
 */
export function viewFor(state: SessionState, viewer: SessionViewer): SessionView {
  return {
    id: state.id,
    title: state.title,
    date: state.date,
    version: state.version,
    status: state.status,
    members: state.body.members,
    threshold: state.body.threshold,
    drafts: state.drafts,
    votes: state.votes,
    positions: state.positions.filter((p) => maySeePosition(viewer, p)),
    speakers: state.speakers,
    floor: state.floor,
    timer: state.timer,
    ai: state.ai,
    claimed: state.claimed.filter((c) => maySeePosition(viewer, c)),
  };
}
