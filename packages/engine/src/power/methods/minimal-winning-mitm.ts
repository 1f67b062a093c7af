import type { MinimalWinningCounts } from '../counts.ts';
import { sumOfReciprocals } from './enumerate.ts';
import { type CountWeightRule, partnersPerEntry, sortedSubsets } from './mitm-kernel.ts';

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
