import type { ClauseId, MemberId } from '../ids.ts';
import type { Position } from '../scenario/position.ts';
import type { SessionCommand } from '../session/commands.ts';
import type { DistributiveOmit } from '../session/events.ts';
import type { SessionView } from '../session/view.ts';
import type { StrategyName } from './strategies.ts';

// The types of the per-seat agent API (agent.ts): kept in one file so the move functions can share them.

/** Where the talks stand: round `round` of `rounds`; a round past `rounds` is the decision (votes only). */
export interface AgentClock {
  readonly round: number;
  readonly rounds: number;
}

/** What an agent keeps of one draft between its turns (plain JSON: a server may store it). */
export interface AgentDraftMemory {
  /** Its own position on the draft as it first saw it: the truth it votes and objects by. */
  readonly own: Position;
  /** The position it last stated in public on the draft (its stance), null before. */
  readonly stated: Position | null;
  /** Its demand in its last turn (null before its first). */
  readonly demand: number | null;
  /** The most it asks for (a delegation: its best text; the penholder: its opening text) and the least it settles for. */
  readonly uMax: number;
  readonly uReserve: number;
  /** What it saw at its last turn, to count the other side's concessions. */
  readonly seen: {
    /** The `yesAt` of each other member's public position on the draft. */
    readonly demands: Readonly<Record<string, number>>;
    /** The members objecting to the draft. */
    readonly objections: readonly string[];
    /** Amendments the penholder had accepted. */
    readonly accepted: number;
  };
  /**
   * Its last ask, so that the exact search runs again only when the text or its stance changed: the
   * text (clause ids joined by spaces) and stance `yesAt` it was computed for, and the change (null: none).
   */
  readonly ask: {
    readonly text: string;
    readonly yesAt: number;
    readonly change: { readonly op: 'add' | 'delete'; readonly clause: ClauseId } | null;
  } | null;
  /**
   * The penholder's last plan, so that the exact search runs again only when what it has seen changed:
   * the positions, clauses and text it was computed on (as a key), and its best passing text (null: none).
   * Absent in a memory written before it was added.
   */
  readonly plan?: { readonly key: string; readonly text: readonly ClauseId[] | null } | null;
}

/** An agent's memory: per draft, and a counter that makes its amendment ids unique. */
export interface AgentMemory {
  readonly drafts: Readonly<Record<string, AgentDraftMemory>>;
  readonly proposals: number;
}

/** The memory of an agent before its first turn. */
export const INITIAL_AGENT_MEMORY: AgentMemory = { drafts: {}, proposals: 0 };

/** A command an agent sends as its own seat, and why (the caller gives it a `commandId`, in order). */
export interface AgentCommand {
  readonly command: DistributiveOmit<SessionCommand, 'commandId'>;
  readonly reason: string;
}

/** What {@link agentTurn} needs: everything comes from what the seat may see. */
export interface AgentInput {
  readonly member: MemberId;
  readonly strategy: StrategyName;
  /** The session as this seat may see it (`viewFor(state, seat(member))`). */
  readonly view: SessionView;
  /** Its memory from its last turn ({@link INITIAL_AGENT_MEMORY} before the first). */
  readonly memory: AgentMemory;
  /** Where the talks stand (default: the deadline, round = rounds = 1: it asks only for what it needs). */
  readonly clock?: AgentClock;
}

/** An agent's turn: the commands it sends now, in order, and its new memory. */
export interface AgentTurn {
  readonly commands: readonly AgentCommand[];
  readonly memory: AgentMemory;
}

/** What a move function needs: the agent's input with its clock and the memory updated this turn. */
export type MoveInput = AgentInput & { readonly clock: AgentClock; readonly memory: AgentMemory };

/** Commands and the memory after them. */
export interface Moves {
  readonly commands: AgentCommand[];
  readonly memory: AgentMemory;
}
