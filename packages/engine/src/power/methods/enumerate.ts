import type { PowerCounts } from '../counts.ts';
import type { NormalGame } from '../games.ts';
import { winsWith } from '../games.ts';
import { addRational, type Rational, rationalOf, ZERO } from '../rational.ts';

/** Largest number of players for which every coalition is listed (2^20 ≈ 1M coalitions). */
export const ENUMERATION_LIMIT = 20;

/**
 * Lists all 2^n coalitions: exact for any rule, and the only method that gives every index for a game
 * without structure. Memory: one byte per coalition plus one double per coalition and rule.
 */
export function countByEnumeration(game: NormalGame): PowerCounts {
  const n = game.players.length;
  if (n > ENUMERATION_LIMIT) throw new Error(`enumeration needs at most ${ENUMERATION_LIMIT} players, got ${n}`);
  const size = 1 << n;
  const wins = winningTable(game, size);
  const swings = Array.from({ length: n }, () => new Float64Array(n));
  const johnston: Rational[] = new Array(n).fill(ZERO);
  const johnstonTally = Array.from({ length: n }, () => new Float64Array(n + 1));
  const membership = new Float64Array(n);
  const sizeTally = Array.from({ length: n }, () => new Float64Array(n + 1));
  let winning = 0;
  let minimal = 0;
  const critical: number[] = [];
  for (let mask = 0; mask < size; mask++) {
    if (!wins[mask]) {
      const s = popcount(mask);
      for (let i = 0; i < n; i++) {
        const bit = 1 << i;
        if (!(mask & bit) && wins[mask | bit]) bump(swings[i] as Float64Array, s);
      }
      continue;
    }
    winning++;
    critical.length = 0;
    let members = 0;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (!(mask & bit)) continue;
      members++;
      if (!wins[mask ^ bit]) critical.push(i);
    }
    for (const i of critical) bump(johnstonTally[i] as Float64Array, critical.length);
    if (critical.length === members) {
      minimal++;
      for (const i of critical) {
        bump(membership, i);
        bump(sizeTally[i] as Float64Array, members);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    johnston[i] = sumOfReciprocals(johnstonTally[i] as Float64Array);
  }
  return {
    n,
    winning: BigInt(winning),
    swings: swings.map((row) => BigInt(row.reduce((a, b) => a + b, 0))),
    swingsBySize: swings.map((row) => Array.from(row, (x) => BigInt(x))),
    johnstonRaw: johnston,
    minimalWinning: {
      count: BigInt(minimal),
      membership: Array.from(membership, (x) => BigInt(x)),
      sizeWeighted: sizeTally.map(sumOfReciprocals),
    },
    unavailable: {},
  };
}

/** Σ_k tally[k] / k as an exact fraction. */
export function sumOfReciprocals(tally: ArrayLike<number | bigint>): Rational {
  let r = ZERO;
  for (let k = 1; k < tally.length; k++) {
    const t = tally[k] ?? 0;
    if (t !== 0 && t !== 0n) r = addRational(r, rationalOf(BigInt(t), BigInt(k)));
  }
  return r;
}

function winningTable(game: NormalGame, size: number): Uint8Array {
  const sums = game.leaves.map(() => new Float64Array(size));
  for (let mask = 1; mask < size; mask++) {
    const low = mask & -mask;
    const i = 31 - Math.clz32(low);
    game.leaves.forEach((leaf, l) => {
      const table = sums[l] as Float64Array;
      table[mask] = (table[mask ^ low] ?? 0) + (leaf.weights[i] ?? 0);
    });
  }
  const wins = new Uint8Array(size);
  const point = new Float64Array(game.leaves.length);
  for (let mask = 0; mask < size; mask++) {
    for (let l = 0; l < point.length; l++) point[l] = (sums[l] as Float64Array)[mask] ?? 0;
    wins[mask] = winsWith(game.tree, game.leaves, point) ? 1 : 0;
  }
  return wins;
}

function bump(table: Float64Array, index: number): void {
  table[index] = (table[index] ?? 0) + 1;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
