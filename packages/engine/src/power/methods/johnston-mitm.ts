import type { Rational } from '../rational.ts';
import { sumOfReciprocals } from './enumerate.ts';
import { type CountWeightRule, partnersPerEntry, rangesPerEntry, sortedSubsets } from './mitm-kernel.ts';

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Johnston's raw index of a (size, weight) threshold rule by meet-in-the-middle. In a winning coalition S
 * of size c and weight P, member j is critical when P − w_j < θ(c−1), i.e. when w_j exceeds
 * e = P − θ(c−1). With players sorted heaviest first, the critical members are S's members among the first
 * r players, where the cut r is fixed by w_r ≤ e < w_(r−1): P ∈ [θ(c−1) + w_r, θ(c−1) + w_(r−1)). For each
 * cut and each pair of sizes of the two halves (split in weight order), two pointers count the pairs in
 * that window, and each critical member is credited with 1/κ by κ = its number of critical members.
 */
export function countJohnstonByMeetInTheMiddle(n: number, rule: CountWeightRule): Rational[] {
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (rule.weights[b] ?? 0) - (rule.weights[a] ?? 0) || a - b,
  );
  const pw = order.map((j) => rule.weights[j] ?? 0);
  const h = Math.floor(n / 2);
  const posA = Array.from({ length: h }, (_, i) => i);
  const posB = Array.from({ length: n - h }, (_, i) => h + i);
  const LA = sortedSubsets(posA, pw);
  const LB = sortedSubsets(posB, pw);
  const Z = Array.from({ length: n }, () => new Float64Array(n + 1));
  // diff[cA][κ·(len+1) + index]: how often each subset of A (by size, sorted) is counted with κ critical.
  const diff = LA.map((list) => new Float64Array((n + 1) * (list.weights.length + 1)));
  const th = (c: number) => rule.threshold[c] ?? Number.POSITIVE_INFINITY;
  const windowFor = (c: number, r: number): [number, number] | null => {
    if (c === 0) return null;
    const before = th(c - 1);
    if (before === Number.NEGATIVE_INFINITY) return null;
    if (before === Number.POSITIVE_INFINITY) return r === n ? [th(c), Number.POSITIVE_INFINITY] : null;
    const low = r === n ? Number.NEGATIVE_INFINITY : (pw[r] ?? 0);
    const high = r === 0 ? Number.POSITIVE_INFINITY : (pw[r - 1] ?? 0);
    const lo = Math.max(th(c), before + low);
    const hi = before + high;
    return lo < hi ? [lo, hi] : null;
  };
  const credit = (mask: number, offset: number, kappa: number, k: number) => {
    for (let m = mask; m !== 0; m &= m - 1) {
      const row = Z[offset + 31 - Math.clz32(m & -m)] as Float64Array;
      row[kappa] = (row[kappa] ?? 0) + k;
    }
  };
  for (let r = 1; r <= n; r++) {
    LA.forEach((xs, cA) => {
      LB.forEach((ys, cB) => {
        const win = windowFor(cA + cB, r);
        if (!win) return;
        if (r <= h) {
          // Critical members lie in A: the first r positions.
          const heavy = (1 << r) - 1;
          partnersPerEntry(xs.weights, ys.weights, win[0], win[1]).forEach((k, a) => {
            const mask = (xs.masks[a] ?? 0) & heavy;
            if (k !== 0 && mask !== 0) credit(mask, 0, popcount(mask), k);
          });
          return;
        }
        // Every member of A is critical, and B's members among positions h..r-1.
        const heavy = (1 << (r - h)) - 1;
        const [start, end] = rangesPerEntry(ys.weights, xs.weights, win[0], win[1]);
        const d = diff[cA] as Float64Array;
        const stride = xs.weights.length + 1;
        for (let b = 0; b < ys.weights.length; b++) {
          const k = (end[b] ?? 0) - (start[b] ?? 0);
          if (k === 0) continue;
          const maskB = (ys.masks[b] ?? 0) & heavy;
          const kappa = cA + popcount(maskB);
          if (kappa === 0) continue;
          credit(maskB, h, kappa, k);
          d[kappa * stride + (start[b] ?? 0)] = (d[kappa * stride + (start[b] ?? 0)] ?? 0) + 1;
          d[kappa * stride + (end[b] ?? 0)] = (d[kappa * stride + (end[b] ?? 0)] ?? 0) - 1;
        }
      });
    });
  }
  LA.forEach((xs, cA) => {
    const d = diff[cA] as Float64Array;
    const stride = xs.weights.length + 1;
    for (let kappa = 1; kappa <= n; kappa++) {
      let run = 0;
      for (let a = 0; a < xs.weights.length; a++) {
        run += d[kappa * stride + a] ?? 0;
        if (run !== 0) credit(xs.masks[a] ?? 0, 0, kappa, run);
      }
    }
  });
  const raw = new Array<Rational>(n);
  order.forEach((player, pos) => {
    raw[player] = sumOfReciprocals(Array.from(Z[pos] as Float64Array, (v) => BigInt(v)));
  });
  return raw;
}
