/**
 * The named negotiation strategies of AI delegations (issue 15; docs/negotiate.md), which a scenario
 * file may set per member (`strategy:` in a position, a Horseshoe extension of the contract).
 */
export type StrategyName = 'hard-liner' | 'boulware' | 'conceder' | 'tit-for-tat';

/** Every strategy name, in the order the docs list them. */
export const STRATEGY_NAMES: readonly StrategyName[] = ['hard-liner', 'boulware', 'conceder', 'tit-for-tat'];

/** `true` when `s` names a strategy. */
export function isStrategyName(s: string): s is StrategyName {
  return (STRATEGY_NAMES as readonly string[]).includes(s);
}
