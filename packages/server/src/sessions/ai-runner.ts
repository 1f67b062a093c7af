import type { SessionStore } from '../store/types.ts';
import type { SessionEnginePort } from './engine-port.ts';
import type { SessionHub } from './hub.ts';

/** The idempotency role of AI turns: no token opens it, so no person's `commandId` can collide with one. */
export const AI_ROLE = 'ai';

/**
 * Plays the AI seats of the sessions this process holds (issue 15): after every new event, one AI turn
 * (the engine's `aiTurn`, pure) is computed on the state as it stands and appended through the store
 * like a command, under the key `ai` + `ai-after-VERSION`, expecting exactly that version. Two processes
 * that see the same event compute the same turn; the store lets one append it and the other, finding
 * the log moved on, reads it and computes again on the fresh log (where the delegations that acted do
 * not act again). Turns are queued on the session's hub like commands, one at a time; the engine's guard
 * (`maxRun` events in a row by AI delegations) and its fixed point (a turn with no events) end them.
 */
export class AiRunner<S> {
  readonly #scheduled = new WeakSet<SessionHub<S>>();

  constructor(
    readonly store: SessionStore,
    readonly engine: SessionEnginePort<S>,
    readonly now: () => Date,
  ) {}

  /** Queues an AI turn on `hub` (once: a turn already queued will see the newer events). */
  schedule(hub: SessionHub<S>): void {
    if (!this.engine.aiTurn || this.#scheduled.has(hub)) return;
    this.#scheduled.add(hub);
    void hub.run(() => this.#turn(hub)).catch(() => {});
  }

  /** (Inside the hub's queue.) One AI turn on the state as it stands; another is queued after any append. */
  async #turn(hub: SessionHub<S>): Promise<void> {
    this.#scheduled.delete(hub);
    const aiTurn = this.engine.aiTurn;
    if (!aiTurn) return;
    const from = hub.version;
    const turn = aiTurn(hub.state, this.now());
    if (turn.events.length === 0) return;
    const version = from + turn.events.length;
    const key = { role: AI_ROLE, commandId: `ai-after-${from}` };
    const result = await this.store.append(hub.id, turn.events, from, {
      ...key,
      answer: { version, events: turn.events },
    });
    if (result.ok) {
      hub.accept(turn.state, turn.events);
    } else {
      // Another process appended first (its own AI turn, or a command): take its events in and think again.
      await hub.sync();
      if (hub.version === from) return;
    }
    this.schedule(hub);
  }
}
