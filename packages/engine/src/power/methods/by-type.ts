import type { PowerCounts } from '../counts.ts';
import type { NormalGame } from '../games.ts';
import { winsWith } from '../games.ts';
import { sumOfReciprocals } from './enumerate.ts';

/** Players with the same weight in every rule are one type; `members` lists them in player order. */
export interface PlayerType {
  readonly weights: readonly number[];
  readonly members: readonly number[];
}

/** Most type-count vectors (Π (members + 1)) that grouping will walk. */
export const TYPE_VECTOR_LIMIT = 200_000;

/** Groups the players of a game into types of identical seats. */
export function playerTypes(game: NormalGame): PlayerType[] {
  const byKey = new Map<string, { weights: number[]; members: number[] }>();
  game.players.forEach((_, i) => {
    const weights = game.leaves.map((l) => l.weights[i] ?? 0);
    const key = weights.join(',');
    const entry = byKey.get(key) ?? { weights, members: [] };
    entry.members.push(i);
    byKey.set(key, entry);
  });
  return [...byKey.values()];
}

/** How many type-count vectors grouping would walk (capped just above the limit to avoid overflow). */
export function typeVectorCount(types: readonly PlayerType[]): number {
  let v = 1;
  for (const t of types) v = Math.min(v * (t.members.length + 1), TYPE_VECTOR_LIMIT + 1);
  return v;
}

// Only the rows of the type sizes that occur, each by the multiplicative formula: Pascal's whole triangle up
// to m = 4,000 equal seats held 8 million BigInts (2 GB).
const binomialRows = new Map<number, bigint[]>();
function binomial(m: number, k: number): bigint {
  if (k < 0 || k > m) return 0n;
  let row = binomialRows.get(m);
  if (!row) {
    row = [1n];
    for (let j = 1; j <= m; j++) row.push(((row[j - 1] ?? 0n) * BigInt(m - j + 1)) / BigInt(j));
    if (binomialRows.size > 64) binomialRows.clear();
    binomialRows.set(m, row);
  }
  return row[k] ?? 0n;
}

/**
 * Counts by type grouping: a coalition is described by how many members of each type it holds, so the
 * Council's 2^15 coalitions become 6 × 11 vectors. Exact for any rule, every index.
 */
export function countByType(game: NormalGame, types: readonly PlayerType[]): PowerCounts {
  const n = game.players.length;
  const sizes = types.map((t) => t.members.length);
  const total = typeVectorCount(types);
  if (total > TYPE_VECTOR_LIMIT) throw new Error(`type grouping would walk more than ${TYPE_VECTOR_LIMIT} vectors`);
  const stride: number[] = [];
  let acc = 1;
  for (const m of sizes) {
    stride.push(acc);
    acc *= m + 1;
  }
  const wins = new Uint8Array(total);
  const k = new Array<number>(types.length).fill(0);
  const point = new Float64Array(game.leaves.length);
  forEachVector(sizes, k, (index) => {
    point.fill(0);
    types.forEach((t, ti) => {
      t.weights.forEach((w, l) => {
        point[l] = (point[l] ?? 0) + w * (k[ti] ?? 0);
      });
    });
    wins[index] = winsWith(game.tree, game.leaves, point) ? 1 : 0;
  });
  const T = types.length;
  const swingsBySize = types.map(() => new Array<bigint>(n).fill(0n));
  const johnstonTally = types.map(() => new Array<bigint>(n + 1).fill(0n));
  const membership = new Array<bigint>(T).fill(0n);
  const sizeTally = types.map(() => new Array<bigint>(n + 1).fill(0n));
  let winning = 0n;
  let minimal = 0n;
  forEachVector(sizes, k, (index) => {
    const ways = k.reduce((p, kt, t) => p * binomial(sizes[t] ?? 0, kt), 1n);
    const members = k.reduce((a, b) => a + b, 0);
    // Coalitions of this vector that contain one given member of type t (or avoid it).
    const withOne = (t: number) => (ways * BigInt(k[t] ?? 0)) / BigInt(sizes[t] ?? 1);
    const withoutOne = (t: number) => (ways * BigInt((sizes[t] ?? 0) - (k[t] ?? 0))) / BigInt(sizes[t] ?? 1);
    if (!wins[index]) {
      for (let t = 0; t < T; t++) {
        if ((k[t] ?? 0) < (sizes[t] ?? 0) && wins[index + (stride[t] ?? 0)]) {
          (swingsBySize[t] as bigint[])[members] = ((swingsBySize[t] as bigint[])[members] ?? 0n) + withoutOne(t);
        }
      }
      return;
    }
    winning += ways;
    const critical: number[] = [];
    let kappa = 0;
    for (let t = 0; t < T; t++) {
      if ((k[t] ?? 0) > 0 && !wins[index - (stride[t] ?? 0)]) {
        critical.push(t);
        kappa += k[t] ?? 0;
      }
    }
    for (const t of critical)
      (johnstonTally[t] as bigint[])[kappa] = ((johnstonTally[t] as bigint[])[kappa] ?? 0n) + withOne(t);
    if (kappa === members) {
      minimal += ways;
      for (const t of critical) {
        membership[t] = (membership[t] ?? 0n) + withOne(t);
        (sizeTally[t] as bigint[])[members] = ((sizeTally[t] as bigint[])[members] ?? 0n) + withOne(t);
      }
    }
  });
  const typeOf = new Array<number>(n).fill(0);
  types.forEach((t, ti) => {
    for (const i of t.members) typeOf[i] = ti;
  });
  const perPlayer = <T>(perType: readonly T[]): T[] => typeOf.map((t) => perType[t] as T);
  const johnstonRaw = johnstonTally.map(sumOfReciprocals);
  return {
    n,
    winning,
    swings: perPlayer(swingsBySize.map((row) => row.reduce((a, b) => a + b, 0n))),
    swingsBySize: perPlayer(swingsBySize),
    johnstonRaw: perPlayer(johnstonRaw),
    minimalWinning: {
      count: minimal,
      membership: perPlayer(membership),
      sizeWeighted: perPlayer(sizeTally.map(sumOfReciprocals)),
    },
    unavailable: {},
  };
}

function forEachVector(sizes: readonly number[], k: number[], visit: (index: number) => void): void {
  k.fill(0);
  let index = 0;
  const stride: number[] = [];
  let acc = 1;
  for (const m of sizes) {
    stride.push(acc);
    acc *= m + 1;
  }
  for (;;) {
    visit(index);
    let t = 0;
    while (t < sizes.length && (k[t] ?? 0) === (sizes[t] ?? 0)) {
      index -= (k[t] ?? 0) * (stride[t] ?? 0);
      k[t] = 0;
      t++;
    }
    if (t === sizes.length) return;
    k[t] = (k[t] ?? 0) + 1;
    index += stride[t] ?? 0;
  }
}
