// The public API of @horseshoe/engine/session: live sessions as a pure reducer over the commands of
// sessions.md (version 1). The state is rebuilt by folding the event log; every outcome is the engine's.

export { DEFAULT_STRATEGY, STRATEGY_NAMES, type StrategyName } from '../negotiation/strategies.ts';
export {
  type ActorName,
  actorName,
  aiSeat,
  CHAIR,
  GALLERY,
  memberOfActor,
  parseActorName,
  type SessionActor,
  type SessionViewer,
  SYSTEM,
  seat,
} from './actors.ts';
export { adviceFor, type DraftAdvice, decisionFor, visiblePositions } from './advice.ts';
export { clockOf, reactiveAgent, strategyAgent, TIMER_ROUNDS } from './ai-agent.ts';
export type { AiAgent, AiAgentInput, AiAgentTurn } from './ai-agent-types.ts';
export { type AiTurnOptions, aiTurn } from './ai-turn.ts';
export { type ApplyResult, applySessionCommand } from './apply.ts';
export type * from './commands.ts';
export { SESSION_COMMAND_TYPES } from './commands.ts';
export { type CreateSessionInput, type CreateSessionOptions, createSession, draftFromDecision } from './create.ts';
export { type DelegationAction, delegationActions } from './delegation.ts';
export { describeSessionEvent } from './describe.ts';
export type * from './events.ts';
export { evolve, foldSessionEvents } from './evolve.ts';
export { amendmentVotingOrder } from './handle-votes.ts';
export { COMMAND_ROLES } from './roles.ts';
export { runSession, type SessionStep, type StepOutcome } from './run.ts';
export type * from './state.ts';
export { tickSession } from './tick.ts';
export { MAX_TIMER_SECONDS } from './validate.ts';
export { isVisibleTo, maySeePosition, type SessionView, viewFor } from './view.ts';
