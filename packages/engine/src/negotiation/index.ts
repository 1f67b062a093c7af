// The public API of @horseshoe/engine/negotiation: AI delegations with named strategies, playing the
// talks on a decision through the session reducer (issue 15; docs/negotiate.md). `agentTurn` is the
// per-seat agent (one delegation's commands from its own view and memory) that `negotiate` runs for
// every delegation and live sessions run for AI seats.

export { type Rng, seededRng } from '../testing/random-decision.ts';
export {
  type AgentClock,
  type AgentCommand,
  type AgentDraftMemory,
  type AgentInput,
  type AgentMemory,
  type AgentTurn,
  agentTurn,
  INITIAL_AGENT_MEMORY,
} from './agent.ts';
export { compareWithSearch, type SearchComparison } from './compare.ts';
export { type NegotiateInput, type NegotiationResult, type NegotiationStep, negotiate } from './negotiate.ts';
export {
  BOULWARE_E,
  CONCEDER_E,
  DEFAULT_STRATEGY,
  type DemandContext,
  demandOf,
  isStrategyName,
  STRATEGY_NAMES,
  type StrategyName,
} from './strategies.ts';
