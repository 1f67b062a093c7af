import { isConsensusInstrument } from '../rules/instrument.ts';
import { decideConsensus } from './decide.ts';
import type { SessionEvent, UnstampedEvent } from './events.ts';
import { evolve } from './evolve.ts';
import type { SessionState } from './state.ts';

/**
 * The time-driven events due at `now` (ISO date-time), stamped with `seq` after the state's version
 * and `at = now`, actor `system`: `silence-passed` for each text whose silence ended with no break (a
 * consensus text is then agreed, decided by the engine's consensus rule), and `timer-ended` when the
 * timer ran out. Empty when nothing is due or the session has ended. The server calls it on a timer and
 * appends what it returns; {@link applySessionCommand} also puts due events before a command's own.
 * @example tickSession(state, '2019-04-06T12:00:01Z') // [{ seq: 8, type: 'silence-passed', ... }]
 */
export function tickSession(state: SessionState, now: string): SessionEvent[] {
  const ms = Date.parse(now);
  if (!Number.isFinite(ms)) throw new Error(`now must be an ISO date-time, not ${JSON.stringify(now)}`);
  return dueEvents(state, new Date(ms).toISOString());
}

/** {@link tickSession} for a `now` already normalised to UTC. */
export function dueEvents(state: SessionState, now: string): SessionEvent[] {
  if (state.status === 'ended') return [];
  const out: SessionEvent[] = [];
  let s = state;
  const push = (e: UnstampedEvent) => {
    const event = { ...e, seq: s.version + 1, at: now } as SessionEvent;
    s = evolve(s, event);
    out.push(event);
  };
  const nowMs = Date.parse(now);
  for (const d of state.drafts) {
    if (d.status !== 'circulated' || d.silence.type !== 'under-silence') continue;
    if (Date.parse(d.silence.deadline) > nowMs) continue;
    const outcome = isConsensusInstrument(d.instrument) ? decideConsensus(s, d.id).outcome : null;
    push({ type: 'silence-passed', actor: 'system', draftId: d.id, until: d.silence.deadline, outcome });
  }
  if (state.timer && Date.parse(state.timer.endsAt) <= nowMs) {
    push({ type: 'timer-ended', actor: 'system', endsAt: state.timer.endsAt });
  }
  return out;
}
