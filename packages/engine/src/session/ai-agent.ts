import { type AgentClock, type AgentMemory, agentTurn, INITIAL_AGENT_MEMORY } from '../negotiation/agent.ts';
import type { AiAgent } from './ai-agent-types.ts';
import { delegationActions } from './delegation.ts';
import type { SessionState } from './state.ts';

/** Rounds of talks a running timer of the chair is divided into, for the strategies' concession curves. */
export const TIMER_ROUNDS = 10;

/**
 * Where the talks of a live session stand, for the strategies' curves (docs/negotiate.md): while the
 * chair's timer runs, its elapsed share, in {@link TIMER_ROUNDS} rounds (round 1 when it starts, the
 * last when it ends); with no timer running, the deadline (round 1 of 1: a delegation asks only for what
 * it needs).
 * @example clockOf(state, now) // { round: 4, rounds: 10 } three tenths into the timer
 */
export function clockOf(state: SessionState, now: string): AgentClock {
  if (!state.timer) return { round: 1, rounds: 1 };
  const total = state.timer.seconds * 1000;
  const left = Date.parse(state.timer.endsAt) - Date.parse(now);
  const share = Math.min(1, Math.max(0, 1 - left / total));
  return { round: Math.min(TIMER_ROUNDS, 1 + Math.floor(share * TIMER_ROUNDS)), rounds: TIMER_ROUNDS };
}

/**
 * The AI delegation of live sessions: the negotiation agent (`agentTurn` of
 * `@horseshoe/engine/negotiation`) playing the seat's strategy on the seat's own view, with the memory it
 * noted at its last turn and the clock of {@link clockOf}. In a live session the chair may put an
 * amendment to the vote; a delegation does not propose again a change the Council has voted down
 * (otherwise it would answer each rejection with the same amendment under a new id). The agent's own
 * rules, its memory and its public stances are those of docs/negotiate.md.
 */
export const strategyAgent: AiAgent = ({ member, strategy, view, memory, clock }) => {
  const turn = agentTurn({
    member,
    strategy,
    view,
    memory: (memory as AgentMemory | undefined) ?? INITIAL_AGENT_MEMORY,
    clock,
  });
  const rejected = new Set(
    view.drafts.flatMap((d) =>
      d.amendments.filter((a) => a.status === 'rejected').map((a) => changeKey(d.id, a.op, a.clauseId, a.clause?.id)),
    ),
  );
  const commands = turn.commands.filter(
    ({ command: c }) =>
      c.type !== 'propose-amendment' || !rejected.has(changeKey(c.draftId, c.op, c.clauseId, c.clause?.id)),
  );
  // A dropped proposal leaves no trace: its number is not used up (else the memory would change at every
  // turn, and the delegation would take notes for ever).
  const dropped = turn.commands.length - commands.length;
  return { commands, memory: { ...turn.memory, proposals: turn.memory.proposals - dropped } };
};

function changeKey(draftId: string, op: string, clauseId: string | null | undefined, added: string | undefined) {
  return JSON.stringify([draftId, op, clauseId ?? null, added ?? null]);
}

/**
 * The reactive delegation of {@link delegationActions}: it votes as its position predicts, objects to or
 * breaks silence on a text crossing its red line, proposes the smallest edit that wins it, and as penholder
 * accepts amendments that cost it nothing. It keeps no memory.
 */
export const reactiveAgent: AiAgent = ({ member, seen }) => ({ commands: delegationActions(seen, member) });
