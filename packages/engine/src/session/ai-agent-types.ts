import type { MemberId } from '../ids.ts';
import type { AgentClock } from '../negotiation/agent.ts';
import type { StrategyName } from '../negotiation/strategies.ts';
import type { DelegationAction } from './delegation.ts';
import type { SessionState } from './state.ts';
import type { SessionView } from './view.ts';

// The shape of an AI delegation in a live session (issue 15): what it is given, what it answers.

/** What an AI delegation is given for its turn: only what its seat may see, and its own memory. */
export interface AiAgentInput {
  readonly member: MemberId;
  readonly strategy: StrategyName;
  /** The session as the seat may see it (`viewFor(state, seat(member))`). */
  readonly view: SessionView;
  /** The same, as a state: every position the seat may not see removed, and no AI delegation's memory. */
  readonly seen: SessionState;
  /** What it noted at its last turn (`undefined` before its first). */
  readonly memory: unknown;
  /** Where the talks stand, for the strategies' concession curves (see `clockOf`). */
  readonly clock: AgentClock;
}

/** An AI delegation's turn: the commands it sends as its seat, in order, and what it notes for the next. */
export interface AiAgentTurn {
  readonly commands: readonly DelegationAction[];
  /** `undefined`: it keeps no memory. */
  readonly memory?: unknown;
}

/** An AI delegation: pure and deterministic (the same input gives the same turn). */
export type AiAgent = (input: AiAgentInput) => AiAgentTurn;
