import { fail, ok, type Result } from '../errors.ts';
import type { IndexName, PowerCounts } from './counts.ts';
import { type NormalGame, normalizeGame, type PowerGame } from './games.ts';
import { indicesFromCounts, type PowerIndices } from './indices.ts';
import { countByType, playerTypes, TYPE_VECTOR_LIMIT, typeVectorCount } from './methods/by-type.ts';
import { countByEnumeration, ENUMERATION_LIMIT } from './methods/enumerate.ts';
import { countByMeetInTheMiddle, countWeightRuleOf, MEET_IN_THE_MIDDLE_LIMIT } from './methods/meet-in-the-middle.ts';
import { constantQuota, sizeWeightBounds } from './methods/size-weight-table.ts';
import type { StopCheck } from './methods/stop.ts';
import { countByWeightDp, weightDpFits } from './methods/weighted-dp.ts';

/** Above this many (size, weight) cells, meet-in-the-middle is preferred for games it can count. */
const MITM_PREFERRED_CELLS = 1e7;

/** The counting methods, chosen automatically (or forced with `method`). */
export type PowerMethod = 'type-grouping' | 'enumeration' | 'weight-dp' | 'meet-in-the-middle';

/** Every {@link PowerMethod}. */
export const POWER_METHODS: readonly PowerMethod[] = [
  'type-grouping',
  'enumeration',
  'weight-dp',
  'meet-in-the-middle',
];

/** A game's exact indices, with the method that counted them. */
export interface PowerResult extends PowerIndices {
  readonly players: readonly string[];
  readonly method: PowerMethod;
  /** One sentence on how the method counted this game. */
  readonly methodDetail: string;
  /** True when `stop` (a time limit) cut the count short: the indices it did not finish are unavailable. */
  readonly stopped: boolean;
}

/** Options for {@link computePower}. */
export interface PowerOptions {
  /** Force a method; by default the fastest exact method that fits the game is chosen. */
  readonly method?: PowerMethod;
  /** Only these indices (default all); the others are reported "not requested" and cost nothing. */
  readonly indices?: readonly IndexName[];
  /** Checked inside the long loops; when it returns true, counting stops and what was finished is returned. */
  readonly stop?: StopCheck;
}

/**
 * Computes every power index of a game exactly, choosing the counting method automatically.
 * @example computePower({ players: ['a', 'b', 'c'], rule: { type: 'weighted', quota: 3, weights: [2, 1, 1] } })
 */
export function computePower(game: PowerGame, options: PowerOptions = {}): Result<PowerResult> {
  const normal = normalizeGame(game);
  if (!normal.ok) return normal;
  const plan = planMethod(normal.value, options.method, options);
  if (!plan.ok) return plan;
  const { method, detail, count } = plan.value;
  const scales = [...new Set(normal.value.leaves.map((l) => l.scale).filter((s) => s > 1))];
  const scaled = scales.length > 0 ? `; decimal weights scaled by ${scales.join(', ')} to whole numbers (exact)` : '';
  const counts = count();
  if (counts.stopped && counts.unavailable.banzhaf && counts.unavailable.banzhaf !== 'not requested') {
    return fail({
      code: 'power/stopped',
      message: `stopped at the time limit before the winning coalitions were counted (${detail}); a longer --time-limit may reach it`,
      details: { players: normal.value.players.length, method },
    });
  }
  const { colemanAct, indices } = indicesFromCounts(counts, options.indices ? new Set(options.indices) : undefined);
  return ok({
    players: normal.value.players,
    method,
    methodDetail: detail + scaled,
    colemanAct,
    indices,
    stopped: counts.stopped ?? false,
  });
}

interface Plan {
  readonly method: PowerMethod;
  readonly detail: string;
  readonly count: () => PowerCounts;
}

function planMethod(game: NormalGame, forced: PowerMethod | undefined, options: PowerOptions): Result<Plan> {
  const candidates = [typeGroupingPlan, enumerationPlan, weightDpPlan, meetInTheMiddlePlan]
    .map((make) => make(game, forced !== undefined, options))
    .filter((p): p is Plan => p !== null);
  const chosen = forced ? candidates.find((p) => p.method === forced) : candidates[0];
  if (chosen) return ok(chosen);
  const n = game.players.length;
  return fail({
    code: 'game/invalid',
    message: forced
      ? `method ${forced} does not fit this game (${n} players, ${game.leaves.length} weighted rule(s))`
      : `no exact method fits this game: ${n} players with distinct seats (type grouping needs few types), more than ${ENUMERATION_LIMIT} (enumeration), a compound rule or weights too large for the weight DP, and more than ${MEET_IN_THE_MIDDLE_LIMIT} players or more than one weight vector (meet-in-the-middle)`,
    details: { players: n, method: forced ?? null },
  });
}

function typeGroupingPlan(game: NormalGame): Plan | null {
  const types = playerTypes(game);
  const vectors = typeVectorCount(types);
  if (vectors > TYPE_VECTOR_LIMIT || types.length === game.players.length) return null;
  const sizes = types.map((t) => t.members.length).join(' + ');
  return {
    method: 'type-grouping',
    detail: `type grouping: ${types.length} types of identical seats (${sizes}), ${vectors} coalition profiles instead of 2^${game.players.length}`,
    count: () => countByType(game, types),
  };
}

function enumerationPlan(game: NormalGame): Plan | null {
  const n = game.players.length;
  if (n > ENUMERATION_LIMIT) return null;
  return {
    method: 'enumeration',
    detail: `enumeration of all 2^${n} = ${2 ** n} coalitions`,
    count: () => countByEnumeration(game),
  };
}

function weightDpPlan(game: NormalGame, forced: boolean, options: PowerOptions): Plan | null {
  const rule = countWeightRuleOf(game);
  if (!rule || !weightDpFits(rule)) return null;
  const bounds = sizeWeightBounds(rule.weights, rule.threshold);
  const quota = constantQuota(rule.threshold);
  // Meet-in-the-middle does better when the (size, weight) table is too large for Shapley–Shubik, and for
  // double majorities, where it also gives Johnston.
  const small = game.players.length <= MEET_IN_THE_MIDDLE_LIMIT;
  if (!forced && small && (bounds.rows * bounds.width > MITM_PREFERRED_CELLS || quota === null)) return null;
  const what =
    quota === null
      ? `losing weight below the size-dependent threshold (at most ${bounds.width - 1})`
      : `quota ${quota}`;
  return {
    method: 'weight-dp',
    detail: `generating functions: DP over (coalition size, weight) up to ${what}, exact via 50-bit moduli and the Chinese remainder theorem; players of equal weight share one alternating sum${quota === null ? '' : '; minimal winning coalitions (Holler, Deegan–Packel) by lightest weight class'}`,
    count: () =>
      countByWeightDp(rule, {
        ...(options.indices ? { want: new Set(options.indices) } : {}),
        ...(options.stop ? { stop: options.stop } : {}),
      }),
  };
}

function meetInTheMiddlePlan(game: NormalGame): Plan | null {
  const n = game.players.length;
  const rule = n <= MEET_IN_THE_MIDDLE_LIMIT ? countWeightRuleOf(game) : null;
  if (!rule) return null;
  const h = Math.floor(n / 2);
  return {
    method: 'meet-in-the-middle',
    detail: `meet-in-the-middle: the rule reduces to (size, weight) thresholds; halves of ${h} and ${n - h} players, 2^${h} + 2^${n - h} coalitions sorted by weight and matched with two pointers`,
    count: () => countByMeetInTheMiddle(game, rule),
  };
}
