import { aiSeat, seat } from './actors.ts';
import { clockOf, strategyAgent } from './ai-agent.ts';
import type { AiAgent } from './ai-agent-types.ts';
import { applySessionCommand, normalizeTime } from './apply.ts';
import type { SessionCommand } from './commands.ts';
import type { SessionEvent } from './events.ts';
import { foldSessionEvents } from './evolve.ts';
import type { SessionState } from './state.ts';
import { viewFor } from './view.ts';

/** Options of {@link aiTurn}. */
export interface AiTurnOptions {
  /** The time of the turn (ISO date-time): the server's clock. */
  readonly now: string;
  /** The delegation that plays every AI seat (default: `strategyAgent`, the negotiation agent). */
  readonly agent?: AiAgent;
  /**
   * The guard against AI delegations answering each other for ever: once this many events in a row were
   * caused by AI delegations (`state.aiRun`), they wait for a person, the chair or the clock to act.
   * Default: 8 per member of the body.
   */
  readonly maxRun?: number;
}

/**
 * One turn of every AI seat (issue 15): in the order of the body's members, each AI delegation is given
 * what its seat may see now (after the acts of those before it) and its commands are applied through the
 * reducer exactly as a person's would be, as `seat:CODE` with the mark `ai: {strategy}` on their events;
 * a command the reducer refuses is dropped (it appends nothing). A delegation whose memory changed notes
 * it (`ai-noted`, seen only by its seat and `system`). Empty when no AI seat acts, when the session has
 * ended, or when the guard `maxRun` is reached. Pure and deterministic: the server appends the events and
 * runs another turn after any new event, until a turn is empty.
 * @example aiTurn(state, { now: '2019-04-18T10:00:00Z' }).events.every((e) => e.ai !== undefined) // true
 */
export function aiTurn(
  state: SessionState,
  options: AiTurnOptions,
): { readonly state: SessionState; readonly events: readonly SessionEvent[] } {
  const agent = options.agent ?? strategyAgent;
  const maxRun = options.maxRun ?? 8 * state.body.members.length;
  const now = normalizeTime(options.now);
  let current = state;
  const events: SessionEvent[] = [];
  if (state.status === 'ended' || state.ai.length === 0) return { state, events };
  const order = state.body.members.map((m) => m.code).filter((code) => state.ai.some((a) => a.member === code));
  for (const member of order) {
    const held = current.ai.find((a) => a.member === member);
    if (!held || current.status === 'ended') continue;
    const view = viewFor(current, seat(member));
    const memory = current.aiMemory[member];
    const clock = clockOf(current, now);
    const turn = agent({
      clock,
      member,
      strategy: held.strategy,
      view,
      seen: { ...current, positions: view.positions, aiMemory: {} },
      memory,
    });
    const actor = aiSeat(member, held.strategy);
    for (const [i, action] of turn.commands.entries()) {
      if (current.aiRun >= maxRun) return { state: current, events };
      const command = { ...action.command, commandId: `ai-${current.version}-${member}-${i}` } as SessionCommand;
      const r = applySessionCommand(current, command, actor, { now });
      if (!r.ok) continue;
      current = r.state;
      events.push(...r.events);
    }
    if (turn.memory !== undefined && JSON.stringify(turn.memory) !== JSON.stringify(memory)) {
      const noted = {
        type: 'ai-noted',
        seq: current.version + 1,
        at: now,
        actor: `seat:${member}`,
        ai: { strategy: held.strategy },
        seat: member,
        memory: turn.memory,
      } as SessionEvent;
      current = foldSessionEvents([noted], current);
      events.push(noted);
    }
  }
  return { state: current, events };
}
