import type { WeightedLeaf } from '../games.ts';
import { countExactly, moduliFor } from '../modular.ts';
import type { Rational } from '../rational.ts';
import { sumOfReciprocals } from './enumerate.ts';
import { alternatingRows } from './size-weight-table.ts';
import { checkStop, type StopCheck } from './stop.ts';

/** The positive distinct weights, heaviest first, with how many players have each. */
function classesDescending(weights: readonly number[]): { weight: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const w of weights) if (w > 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[0] - a[0]).map(([weight, count]) => ({ weight, count }));
}

/** Rows the (heavy members, weight) table needs when the heavy players are those of weight ≥ v. */
function heavyRows(heavy: number, v: number, q: number): number {
  return Math.min(heavy, Math.floor((q - 1) / v)) + 1;
}

/** Cell updates {@link countJohnston} would spend (summed over moduli). */
export function johnstonWork(leaf: WeightedLeaf): number {
  const q = leaf.quota;
  let heavy = 0;
  let work = leaf.weights.length * q;
  for (const { weight, count } of classesDescending(leaf.weights)) {
    heavy += count;
    const K = heavyRows(heavy, weight, q);
    work += 2 * count * K * q + K * q + K * K * Math.min(heavy, 100);
  }
  return work * moduliFor(leaf.weights.length + 1);
}

/** Bytes of the two (heavy members, weight) tables of doubles {@link countJohnston} holds at once. */
export function johnstonMemory(leaf: WeightedLeaf): number {
  const v = Math.min(...leaf.weights.filter((w) => w > 0), Number.POSITIVE_INFINITY);
  const K = Number.isFinite(v) ? heavyRows(leaf.weights.length, v, leaf.quota) : 1;
  return 16 * K * leaf.quota;
}

/**
 * Johnston's raw index of a weighted rule by DP. In a winning coalition S of excess d = w(S) − q the critical
 * members are exactly those heavier than d, so player i is critical in S = U ∪ {i} when w(U) = q − w_i + d with
 * 0 ≤ d < w_i, and S then has 1 + (members of U heavier than d) critical members. The values of d between two
 * consecutive distinct weights share one heavy set (the players of weight ≥ v). A table over (heavy members,
 * weight < q) of all coalitions is kept as v goes down: each class of players moves from light to heavy by one
 * deconvolution and one convolution, so the table is built once, not once per v. Removing i is an alternating
 * sum over row prefix sums, as for swings. Rows are bounded by the heavy players and by (q − 1) / v.
 */
export function countJohnston(leaf: WeightedLeaf, stop?: StopCheck): Rational[] {
  const n = leaf.weights.length;
  const q = leaf.quota;
  const classes = classesDescending(leaf.weights);
  const slot = new Map(classes.map((c, k) => [c.weight, k]));
  const maxRows = classes.length === 0 ? 1 : heavyRows(n, classes[classes.length - 1]?.weight ?? 1, q);
  const R = maxRows + 1;
  const cells = countExactly(n + 1, (m) => {
    const out = new Float64Array(classes.length * R);
    const T = new Float64Array(maxRows * q);
    const prefix = new Float64Array(maxRows * q);
    T[0] = 1;
    // Every player starts light: row 0 is the weight DP of all coalitions lighter than q.
    for (const w of leaf.weights) addLight(T, w, q, m);
    let heavy = 0;
    let rows = 1;
    classes.forEach(({ weight: v, count }, index) => {
      checkStop(stop);
      const next = heavyRows(heavy + count, v, q);
      for (let c = 0; c < count; c++) {
        removeLight(T, v, rows, q, m);
        addHeavy(T, v, Math.min(rows + 1, next), q, m);
        rows = Math.min(rows + 1, next);
      }
      heavy += count;
      rows = next;
      rowPrefixSums(T, prefix, rows, q, m);
      // d runs over [next lighter distinct weight, v − 1]: the members heavier than d are those of weight ≥ v.
      const dLo = classes[index + 1]?.weight ?? 0;
      const dHi = v - 1;
      for (let c = 0; c <= index; c++) {
        const wi = classes[c]?.weight ?? 0;
        const lo = Math.max(0, q - wi + dLo);
        const hi = q - wi + dHi;
        if (hi < 0) continue;
        const base = (slot.get(wi) ?? 0) * R;
        for (let k = 0; k < rows; k++) {
          const x = (out[base + k + 1] as number) + alternatingRows(prefix, q, k, lo, hi, wi, m);
          out[base + k + 1] = x - m * +(x >= m);
        }
      }
    });
    return out;
  });
  const byClass = classes.map((_, c) => sumOfReciprocals(cells.slice(c * R, (c + 1) * R)));
  return leaf.weights.map((w) => (w > 0 ? (byClass[slot.get(w) ?? 0] as Rational) : { num: 0n, den: 1n }));
}

/** Adds a light player (its weight counts, its row does not change): T(k, t + w) += T(k, t). */
function addLight(T: Float64Array, w: number, q: number, m: number): void {
  for (let t = q - 1 - w; t >= 0; t--) {
    const x = (T[t + w] as number) + (T[t] as number);
    T[t + w] = x - m * +(x >= m);
  }
}

/** Takes one light player of weight w > 0 out of rows 0..rows−1: T'(k, t) = T(k, t) − T'(k, t − w). */
function removeLight(T: Float64Array, w: number, rows: number, q: number, m: number): void {
  for (let k = 0; k < rows; k++) {
    const row = k * q;
    for (let t = w; t < q; t++) {
      const x = (T[row + t] as number) - (T[row + t - w] as number);
      T[row + t] = x + m * +(x < 0);
    }
  }
}

/** Adds a heavy player of weight w (one more critical member): T(k + 1, t + w) += T(k, t), rows < `rows`. */
function addHeavy(T: Float64Array, w: number, rows: number, q: number, m: number): void {
  for (let k = rows - 2; k >= 0; k--) {
    const from = k * q;
    const to = (k + 1) * q + w;
    for (let t = q - 1 - w; t >= 0; t--) {
      const x = (T[to + t] as number) + (T[from + t] as number);
      T[to + t] = x - m * +(x >= m);
    }
  }
}

function rowPrefixSums(T: Float64Array, prefix: Float64Array, rows: number, q: number, m: number): void {
  for (let k = 0; k < rows; k++) {
    let run = 0;
    for (let t = 0; t < q; t++) {
      run += T[k * q + t] as number;
      run -= m * +(run >= m);
      prefix[k * q + t] = run;
    }
  }
}
