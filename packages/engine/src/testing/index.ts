// @horseshoe/engine/testing: builders and notations for tests of the engine and of its users.

export { type DecisionSpec, decisionFrom, type PositionSpec, positionFrom, TEST_MEMBERS } from './decisions.ts';
export { createTestCouncil, outcomeOf, P5, type TestBody, votesFrom } from './notation.ts';
export {
  type BlocDecisionOptions,
  blocDecision,
  type RandomDecisionOptions,
  type Rng,
  randomDecision,
  seededRng,
} from './random-decision.ts';
export { at, busySession, type CommandDraft, clause, cmd, emptySession, play, SAMPLE_COMMANDS, T0 } from './session.ts';
