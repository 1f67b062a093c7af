// The shared kernel of the meet-in-the-middle counters (meet-in-the-middle, minimal-winning-mitm,
// johnston-mitm): the rule they count and the sorted half-subsets with their two-pointer passes. It
// imports none of them, so the three depend on it and not on one another.

/**
 * A rule that depends only on a coalition's size c and its weight P on one weight vector: it wins exactly
 * when P ≥ threshold[c]. EU qualified majority (count and population) and any single weighted rule qualify.
 */
export interface CountWeightRule {
  readonly weights: readonly number[];
  /** threshold[c] for c = 0..n; -Infinity: every coalition of size c wins; Infinity: none does. */
  readonly threshold: readonly number[];
}

/** Subsets of some players, bucketed by size: weights ascending, with the member mask of each subset. */
export interface SortedSubsets {
  readonly weights: Float64Array;
  readonly masks: Int32Array;
}

/** Every subset of `players`, bucketed by size, each bucket sorted by weight. */
export function sortedSubsets(players: readonly number[], weights: readonly number[]): SortedSubsets[] {
  const k = players.length;
  const byCount: { w: number; mask: number }[][] = Array.from({ length: k + 1 }, () => []);
  const sums = new Float64Array(1 << k);
  const counts = new Uint8Array(1 << k);
  byCount[0]?.push({ w: 0, mask: 0 });
  for (let mask = 1; mask < 1 << k; mask++) {
    const low = mask & -mask;
    const i = 31 - Math.clz32(low);
    sums[mask] = (sums[mask ^ low] ?? 0) + (weights[players[i] ?? 0] ?? 0);
    counts[mask] = (counts[mask ^ low] ?? 0) + 1;
    byCount[counts[mask] ?? 0]?.push({ w: sums[mask] ?? 0, mask });
  }
  return byCount.map((list) => {
    list.sort((a, b) => a.w - b.w);
    return { weights: Float64Array.from(list, (e) => e.w), masks: Int32Array.from(list, (e) => e.mask) };
  });
}

/** For each x in xs (ascending): the range [start, end) of ys (ascending) with lo ≤ x + y < hi. */
export function rangesPerEntry(xs: Float64Array, ys: Float64Array, lo: number, hi: number): [Int32Array, Int32Array] {
  const start = new Int32Array(xs.length);
  const end = new Int32Array(xs.length);
  let pHi = ys.length;
  let pLo = ys.length;
  for (let a = 0; a < xs.length; a++) {
    const x = xs[a] as number;
    while (pHi > 0 && (ys[pHi - 1] as number) >= hi - x) pHi--;
    while (pLo > 0 && (ys[pLo - 1] as number) >= lo - x) pLo--;
    start[a] = pLo;
    end[a] = Math.max(pLo, pHi);
  }
  return [start, end];
}

/** For each x in xs (ascending): how many y in ys (ascending) have lo ≤ x + y < hi. */
export function partnersPerEntry(xs: Float64Array, ys: Float64Array, lo: number, hi: number): Float64Array {
  const [start, end] = rangesPerEntry(xs, ys, lo, hi);
  return Float64Array.from(start, (s, a) => (end[a] as number) - s);
}
