import { assertNever } from '../errors.ts';
import type { StrategyName } from '../scenario/strategy.ts';

export { isStrategyName, STRATEGY_NAMES, type StrategyName } from '../scenario/strategy.ts';

/** The strategy a member plays when neither the scenario nor a flag names one. */
export const DEFAULT_STRATEGY: StrategyName = 'boulware';

/** Concession exponents e of the time-dependent curves (Faratin, Sierra and Jennings 1998). */
export const BOULWARE_E = 0.2;
export const CONCEDER_E = 5;

/** What a strategy needs to set its demand. */
export interface DemandContext {
  /** The member's utility of the text it opened with (the most it asks for). */
  readonly uMax: number;
  /** The least it will ever settle for. */
  readonly uReserve: number;
  /** The round, 1-based, and the rounds there are. */
  readonly round: number;
  readonly rounds: number;
  /** Tit-for-tat: how many concessions the other side made in the round before (objections withdrawn). */
  readonly othersConceded: number;
  /** Tit-for-tat: its demand in the round before (uMax before the first round). */
  readonly previous: number;
}

/**
 * The utility a strategy demands in a round: an amendment is accepted only when the text stays at or
 * above it.
 * - `hard-liner`: never concedes, u(t) = u_max;
 * - `boulware` (e < 1) and `conceder` (e > 1): u(t) = u_max − (u_max − u_reserve)·(t/T)^(1/e);
 * - `tit-for-tat`: opens with one step (u_max − u_reserve)/T, then concedes one step per concession the
 *   other side made in the round before, and holds when it made none.
 * @example demandOf('conceder', { uMax: 3, uReserve: 0, round: 1, rounds: 2, othersConceded: 0, previous: 3 })
 */
export function demandOf(strategy: StrategyName, c: DemandContext): number {
  const span = Math.max(0, c.uMax - c.uReserve);
  const t = Math.min(1, Math.max(0, c.round / Math.max(1, c.rounds)));
  switch (strategy) {
    case 'hard-liner':
      return c.uMax;
    case 'boulware':
      return c.uMax - span * t ** (1 / BOULWARE_E);
    case 'conceder':
      return c.uMax - span * t ** (1 / CONCEDER_E);
    case 'tit-for-tat': {
      const step = span / Math.max(1, c.rounds);
      const steps = c.round === 1 ? 1 : c.othersConceded;
      return Math.max(c.uReserve, c.previous - step * steps);
    }
    default:
      return assertNever(strategy);
  }
}
