import { assertNever } from '../../errors.ts';
import type { PowerCounts } from '../counts.ts';
import type { NormalGame, RuleTree } from '../games.ts';
import { countJohnstonByMeetInTheMiddle } from './johnston-mitm.ts';
import { countMinimalWinningByMeetInTheMiddle } from './minimal-winning-mitm.ts';
import type { CountWeightRule } from './mitm-kernel.ts';

/** Most players meet-in-the-middle takes (two halves of at most 2^18 coalitions). */
export const MEET_IN_THE_MIDDLE_LIMIT = 36;

function gcdNumber(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * Reduces a game to a {@link CountWeightRule} when every rule is either a head count (equal weights) or a
 * weighted rule on one and the same weight vector (up to a common factor); `null` otherwise.
 */
export function countWeightRuleOf(game: NormalGame): CountWeightRule | null {
  const n = game.players.length;
  let base: number[] | null = null;
  const leafKind: ({ type: 'count'; need: number } | { type: 'weight'; quota: number })[] = [];
  for (const leaf of game.leaves) {
    const first = leaf.weights[0] ?? 0;
    if (leaf.weights.every((w) => w === first)) {
      leafKind.push({ type: 'count', need: Math.ceil(leaf.quota / first) });
      continue;
    }
    const g = leaf.weights.reduce(gcdNumber, 0);
    const reduced = leaf.weights.map((w) => w / g);
    if (base === null) base = reduced;
    else if (base.some((w, i) => w !== reduced[i])) return null;
    leafKind.push({ type: 'weight', quota: Math.ceil(leaf.quota / g) });
  }
  const thresholdAt = (tree: RuleTree, c: number): number => {
    switch (tree.type) {
      case 'leaf': {
        const kind = leafKind[tree.leaf];
        if (!kind) throw new Error(`missing leaf ${tree.leaf}`);
        if (kind.type === 'weight') return kind.quota;
        return c >= kind.need ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      }
      case 'all':
        return Math.max(...tree.children.map((t) => thresholdAt(t, c)));
      case 'any':
        return Math.min(...tree.children.map((t) => thresholdAt(t, c)));
      default:
        return assertNever(tree);
    }
  };
  const threshold = Array.from({ length: n + 2 }, (_, c) => thresholdAt(game.tree, c));
  return { weights: base ?? new Array<number>(n).fill(0), threshold };
}

/** Weights of all subsets of `players`, bucketed by subset size, each bucket sorted ascending. */
function subsetLists(players: readonly number[], weights: readonly number[]): Float64Array[] {
  const k = players.length;
  const size = 1 << k;
  const sums = new Float64Array(size);
  const counts = new Uint8Array(size);
  const perCount = new Array<number>(k + 1).fill(0);
  perCount[0] = 1;
  for (let mask = 1; mask < size; mask++) {
    const low = mask & -mask;
    const i = 31 - Math.clz32(low);
    sums[mask] = (sums[mask ^ low] ?? 0) + (weights[players[i] ?? 0] ?? 0);
    counts[mask] = (counts[mask ^ low] ?? 0) + 1;
    perCount[counts[mask] ?? 0] = (perCount[counts[mask] ?? 0] ?? 0) + 1;
  }
  const lists = perCount.map((c) => new Float64Array(c));
  const fill = new Array<number>(k + 1).fill(0);
  for (let mask = 0; mask < size; mask++) {
    const c = counts[mask] ?? 0;
    (lists[c] as Float64Array)[fill[c] ?? 0] = sums[mask] ?? 0;
    fill[c] = (fill[c] ?? 0) + 1;
  }
  for (const l of lists) l.sort();
  return lists;
}

/** Pairs (x, y), x from xs and y from ys (both ascending), with lo ≤ x + y < hi, by two pointers. */
function countPairsBetween(xs: Float64Array, ys: Float64Array, lo: number, hi: number): number {
  let pHi = ys.length;
  let pLo = ys.length;
  let total = 0;
  for (let a = 0; a < xs.length; a++) {
    const x = xs[a] as number;
    const vHi = hi - x;
    while (pHi > 0 && (ys[pHi - 1] as number) >= vHi) pHi--;
    const vLo = lo - x;
    while (pLo > 0 && (ys[pLo - 1] as number) >= vLo) pLo--;
    if (pHi > pLo) total += pHi - pLo;
  }
  return total;
}

/**
 * Counts by meet-in-the-middle: the players split into two halves, each half's coalitions are listed by
 * size and sorted by weight, and for every pair of sizes the coalitions that win (or swing) are counted with
 * two pointers. O(n² · 2^(n/2)) time; EU-27 is 27 × 14 × (2^13 + 2^14) pointer steps.
 */
export function countByMeetInTheMiddle(game: NormalGame, rule: CountWeightRule): PowerCounts {
  const n = game.players.length;
  if (n > MEET_IN_THE_MIDDLE_LIMIT)
    throw new Error(`meet-in-the-middle takes at most ${MEET_IN_THE_MIDDLE_LIMIT} players`);
  const h = Math.floor(n / 2);
  const A = Array.from({ length: h }, (_, i) => i);
  const B = Array.from({ length: n - h }, (_, i) => h + i);
  const listsA = subsetLists(A, rule.weights);
  const listsB = subsetLists(B, rule.weights);
  const th = (c: number) => rule.threshold[c] ?? Number.POSITIVE_INFINITY;
  let winning = 0;
  listsA.forEach((xs, ca) => {
    listsB.forEach((ys, cb) => {
      winning += countPairsBetween(xs, ys, th(ca + cb), Number.POSITIVE_INFINITY);
    });
  });
  const swingsBySize: bigint[][] = [];
  for (let i = 0; i < n; i++) {
    const inA = i < h;
    const xsAll = inA
      ? subsetLists(
          A.filter((p) => p !== i),
          rule.weights,
        )
      : listsA;
    const ysAll = inA
      ? listsB
      : subsetLists(
          B.filter((p) => p !== i),
          rule.weights,
        );
    const wi = rule.weights[i] ?? 0;
    const bySize = new Array<number>(n).fill(0);
    xsAll.forEach((xs, cx) => {
      ysAll.forEach((ys, cy) => {
        const c = cx + cy;
        const hi = th(c);
        const lo = th(c + 1) - wi;
        if (hi === Number.NEGATIVE_INFINITY || lo === Number.POSITIVE_INFINITY || !(lo < hi)) return;
        bySize[c] = (bySize[c] ?? 0) + countPairsBetween(xs, ys, lo, hi);
      });
    });
    swingsBySize.push(bySize.map((x) => BigInt(x)));
  }
  return {
    n,
    winning: BigInt(winning),
    swings: swingsBySize.map((row) => row.reduce((a, b) => a + b, 0n)),
    swingsBySize,
    johnstonRaw: countJohnstonByMeetInTheMiddle(n, rule),
    minimalWinning: countMinimalWinningByMeetInTheMiddle(n, rule),
    unavailable: {},
  };
}
