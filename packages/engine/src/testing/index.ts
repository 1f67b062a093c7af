// @horseshoe/engine/testing: builders and notations for tests of the engine and of its users.
export { createTestCouncil, outcomeOf, P5, type TestBody, votesFrom } from './notation.ts';
