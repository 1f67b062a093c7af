// The public API of @horseshoe/engine/negotiation: AI delegations with named strategies, playing the
// talks on a decision through the session reducer (issue 15; docs/negotiate.md).

export { type Rng, seededRng } from '../testing/random-decision.ts';
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
