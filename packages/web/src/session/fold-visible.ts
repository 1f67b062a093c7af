import { evolve, type SessionEvent, type SessionState } from '@horseshoe/engine/session';

/**
 * Folds the events one role may see into the state as that role sees it. The log a role receives has
 * gaps in `seq` where another seat stated a private position; the engine's fold refuses gaps, so each
 * event is applied as if it followed directly. The result equals the engine's `viewFor` for that role
 * except when a seat restated a public position in private (the client then re-reads the positions
 * from `GET /api/sessions/{id}`: see {@link SessionClient}).
 * @example foldVisible(undefined, eventsSeenByUsa).positions // public positions and USA's own
 */
export function foldVisible(
  state: SessionState | undefined,
  events: readonly SessionEvent[],
): SessionState | undefined {
  let s = state;
  for (const event of events) {
    if (s && event.seq <= s.version) continue;
    s =
      s === undefined || event.type === 'session-created'
        ? evolve(s, event)
        : evolve({ ...s, version: event.seq - 1 }, event);
  }
  return s;
}
