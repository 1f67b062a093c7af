import { adviceFor, foldSessionEvents, memberOfActor, type SessionEvent } from '@horseshoe/engine/session';

/**
 * A seat's advice on every circulated draft, from the session's log: what passes, who blocks, the edit
 * that would win a blocker, whether the seat is pivotal. Uses only what the seat may see (the engine's
 * `adviceFor` looks at the positions visible to it). Runs in a worker thread.
 */
export function adviseFromLog(events: readonly unknown[], role: string): unknown {
  const member = memberOfActor(role as `seat:${string}`);
  if (member === null) throw new Error(`advice is for a seat, not ${role}`);
  const state = foldSessionEvents(events as readonly SessionEvent[]);
  return adviceFor(state, member);
}
