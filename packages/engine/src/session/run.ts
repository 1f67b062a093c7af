import type { SessionActor } from './actors.ts';
import { aiTurn } from './ai-turn.ts';
import { applySessionCommand } from './apply.ts';
import type { SessionCommand } from './commands.ts';
import type { SessionEvent } from './events.ts';
import { foldSessionEvents } from './evolve.ts';
import type { SessionRefusal, SessionState } from './state.ts';
import { tickSession } from './tick.ts';

/** One step of a session run: a command by an actor at a time, or a tick of the clock (`command` absent). */
export interface SessionStep {
  readonly at: string;
  readonly actor?: SessionActor;
  readonly command?: SessionCommand;
}

/** What one step did: the events it appended, or its refusal. */
export type StepOutcome =
  | { readonly step: SessionStep; readonly ok: true; readonly events: readonly SessionEvent[] }
  | { readonly step: SessionStep; readonly ok: false; readonly refusal: SessionRefusal };

/**
 * Runs steps through the reducer in order, as a server would (a refused step appends nothing; a step
 * without a command only lets the clock run: the time-driven events due then). After each step that
 * appended events, the AI seats (issue 15) take their turns ({@link aiTurn}) at the step's time until
 * they are done; their events count among the step's. Returns the final state, the whole log (`events`,
 * starting with `initial`'s) and what each step did.
 * @example runSession(created, [{ at, actor: CHAIR, command }]).state.version
 */
export function runSession(
  initial: { readonly state: SessionState; readonly events: readonly SessionEvent[] },
  steps: readonly SessionStep[],
): { readonly state: SessionState; readonly events: readonly SessionEvent[]; readonly steps: readonly StepOutcome[] } {
  let state = initial.state;
  const events = [...initial.events];
  const outcomes: StepOutcome[] = [];
  for (const step of steps) {
    if (!step.command || !step.actor) {
      const due = tickSession(state, step.at);
      if (due.length > 0) state = foldSessionEvents(due, state);
      const played = due.length > 0 ? playAi(state, step.at) : { state, events: [] };
      state = played.state;
      events.push(...due, ...played.events);
      outcomes.push({ step, ok: true, events: [...due, ...played.events] });
      continue;
    }
    const r = applySessionCommand(state, step.command, step.actor, { now: step.at });
    if (!r.ok) {
      outcomes.push({ step, ok: false, refusal: r.refusal });
      continue;
    }
    const played = playAi(r.state, step.at);
    state = played.state;
    events.push(...r.events, ...played.events);
    outcomes.push({ step, ok: true, events: [...r.events, ...played.events] });
  }
  return { state, events, steps: outcomes };
}

/** The most AI turns after one step (each is bounded too, by the engine's guard on AI runs). */
const MAX_AI_TURNS = 100;

/** The AI seats' turns at `at`, until a turn appends nothing. */
function playAi(state: SessionState, at: string): { state: SessionState; events: SessionEvent[] } {
  const events: SessionEvent[] = [];
  let current = state;
  for (let i = 0; i < MAX_AI_TURNS && current.ai.length > 0; i++) {
    const turn = aiTurn(current, { now: at });
    if (turn.events.length === 0) break;
    current = turn.state;
    events.push(...turn.events);
  }
  return { state: current, events };
}
