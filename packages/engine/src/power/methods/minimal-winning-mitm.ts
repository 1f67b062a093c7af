import type { MinimalWinningCounts } from '../counts.ts';
import { sumOfReciprocals } from './enumerate.ts';
import type { CountWeightRule } from './meet-in-the-middle.ts';

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

/**
 * Minimal winning coalitions of a (size, weight) threshold rule by meet-in-the-middle. A winning coalition
 * is minimal when dropping its lightest member x makes it lose, so it is x plus a set R of players heavier
 * than x (in weight order) with θ(|R|+1) − w_x ≤ w(R) < θ(|R|). For each x the heavier players split in two
 * halves; two-pointer passes count, for every subset of either half, its partners in the other half, and
 * those counts are credited to the subset's members, by coalition size.
 */
export function countMinimalWinningByMeetInTheMiddle(n: number, rule: CountWeightRule): MinimalWinningCounts {
  const w = rule.weights;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (w[b] ?? 0) - (w[a] ?? 0) || a - b);
  const tally = Array.from({ length: n }, () => new Float64Array(n + 1));
  const th = (c: number) => rule.threshold[c] ?? Number.POSITIVE_INFINITY;
  // Each minimal winning coalition is counted once, at its lightest member x.
  let count = 0;
  const credit = (players: readonly number[], mask: number, size: number, k: number) => {
    for (let m = mask; m !== 0; m &= m - 1) {
      const row = tally[players[31 - Math.clz32(m & -m)] ?? 0] as Float64Array;
      row[size] = (row[size] ?? 0) + k;
    }
  };
  order.forEach((x, pos) => {
    const wx = w[x] ?? 0;
    const prefix = order.slice(0, pos);
    const h = Math.floor(prefix.length / 2);
    const left = prefix.slice(0, h);
    const right = prefix.slice(h);
    const L = sortedSubsets(left, w);
    const R = sortedSubsets(right, w);
    L.forEach((xs, ca) => {
      R.forEach((ys, cb) => {
        const r = ca + cb;
        const lo = th(r + 1) - wx;
        const hi = th(r);
        if (hi === Number.NEGATIVE_INFINITY || lo === Number.POSITIVE_INFINITY || !(lo < hi)) return;
        const perLeft = partnersPerEntry(xs.weights, ys.weights, lo, hi);
        let total = 0;
        perLeft.forEach((k, a) => {
          if (k === 0) return;
          total += k;
          credit(left, xs.masks[a] ?? 0, r + 1, k);
        });
        if (total === 0) return;
        count += total;
        const own = tally[x] as Float64Array;
        own[r + 1] = (own[r + 1] ?? 0) + total;
        partnersPerEntry(ys.weights, xs.weights, lo, hi).forEach((k, b) => {
          if (k !== 0) credit(right, ys.masks[b] ?? 0, r + 1, k);
        });
      });
    });
  });
  const membership = tally.map((row) => BigInt(row.reduce((a, b) => a + b, 0)));
  return {
    count: BigInt(count),
    membership,
    sizeWeighted: tally.map((row) => sumOfReciprocals(Array.from(row, (v) => BigInt(v)))),
  };
}
