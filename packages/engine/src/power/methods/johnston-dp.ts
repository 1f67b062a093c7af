import type { WeightedLeaf } from '../games.ts';
import { countExactly, moduliFor } from '../modular.ts';
import type { Rational } from '../rational.ts';
import { sumOfReciprocals } from './enumerate.ts';
import type { SizeWeightBounds } from './size-weight-table.ts';

/** Heavy-set ranges: for excess d in [dLo, dHi], the critical members are those of weight ≥ heavyFrom. */
interface ExcessRange {
  readonly dLo: number;
  readonly dHi: number;
  readonly heavyFrom: number;
}

function excessRanges(weights: readonly number[]): ExcessRange[] {
  const distinct = [...new Set(weights.filter((w) => w > 0))].sort((a, b) => a - b);
  return distinct.map((v, m) => ({ dLo: m === 0 ? 0 : (distinct[m - 1] ?? 0), dHi: v - 1, heavyFrom: v }));
}

/** Cell updates {@link countJohnston} would spend: one (heavy count, weight) table per distinct weight. */
export function johnstonWork(leaf: WeightedLeaf, b: SizeWeightBounds): number {
  const n = leaf.weights.length;
  const ranges = excessRanges(leaf.weights).length;
  return moduliFor(n + 1) * ranges * n * b.rows * leaf.quota;
}

/**
 * Johnston's raw index of a weighted rule by DP. In a winning coalition S of excess d = w(S) − q, the
 * critical members are exactly those heavier than d. So player i is critical in S = U ∪ {i} when
 * w(U) = q − w_i + d with 0 ≤ d < w_i, and S then has 1 + (members of U heavier than d) critical members.
 * For each range of d with the same heavy set, a DP over (heavy members, weight) of coalitions lighter
 * than q counts U by its number of heavy members; removing i is an alternating sum, as for swings.
 */
export function countJohnston(leaf: WeightedLeaf, b: SizeWeightBounds): Rational[] {
  const n = leaf.weights.length;
  const q = leaf.quota;
  const classes = [...new Set(leaf.weights)];
  const K = b.rows;
  const cells = countExactly(n + 1, (m) => {
    const out = new Float64Array(classes.length * (K + 1));
    const T = new Float64Array(K * q);
    for (const range of excessRanges(leaf.weights)) {
      T.fill(0);
      T[0] = 1;
      for (const w of leaf.weights) addToHeavyTable(T, w, w >= range.heavyFrom, K, q, m);
      classes.forEach((wi, c) => {
        if (wi < range.heavyFrom) return;
        for (let d = range.dLo; d <= range.dHi; d++) {
          const t = q - wi + d;
          if (t < 0) continue;
          for (let k = 0; k < K; k++) {
            const v = withoutPlayer(T, k, t, wi, q, m);
            const cell = c * (K + 1) + k + 1;
            const x = (out[cell] ?? 0) + v;
            out[cell] = x - m * +(x >= m);
          }
        }
      });
    }
    return out;
  });
  const byClass = classes.map((_, c) => sumOfReciprocals(cells.slice(c * (K + 1), (c + 1) * (K + 1))));
  const index = new Map(classes.map((w, c) => [w, c]));
  return leaf.weights.map((w) => byClass[index.get(w) ?? 0] as Rational);
}

function addToHeavyTable(T: Float64Array, w: number, heavy: boolean, K: number, q: number, m: number): void {
  if (heavy) {
    for (let k = K - 2; k >= 0; k--) {
      const from = k * q;
      const to = (k + 1) * q + w;
      for (let t = q - 1 - w; t >= 0; t--) {
        const x = (T[to + t] as number) + (T[from + t] as number);
        T[to + t] = x - m * +(x >= m);
      }
    }
    return;
  }
  for (let k = 0; k < K; k++) {
    const row = k * q;
    for (let t = q - 1 - w; t >= 0; t--) {
      const x = (T[row + t + w] as number) + (T[row + t] as number);
      T[row + t + w] = x - m * +(x >= m);
    }
  }
}

/** Σ_j (−1)^j T(k − j, t − j·w): coalitions of the others with k heavy members and weight t (i is heavy). */
function withoutPlayer(T: Float64Array, k: number, t: number, w: number, q: number, m: number): number {
  let total = 0;
  for (let j = 0; j <= k && t - j * w >= 0; j++) {
    const v = T[(k - j) * q + t - j * w] as number;
    total += j % 2 === 0 ? v : m - v;
    total -= m * +(total >= m);
  }
  return total;
}
