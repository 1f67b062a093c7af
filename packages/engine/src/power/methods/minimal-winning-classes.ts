// Minimal winning coalitions of one weighted rule by their lightest weight class (issue 17): one pass gives
// Holler (membership) and, with coalition sizes, Deegan–Packel, using additions only.
import type { MinimalWinningCounts } from '../counts.ts';
import type { WeightedLeaf } from '../games.ts';
import { countExactly } from '../modular.ts';
import { bitLength, type Rational, ZERO } from '../rational.ts';
import { sumOfReciprocals } from './enumerate.ts';
import { checkStop, type StopCheck } from './stop.ts';

/** The positive distinct weights, heaviest first, with how many players have each. */
function classesDescending(weights: readonly number[]): { weight: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const w of weights) if (w > 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[0] - a[0]).map(([weight, count]) => ({ weight, count }));
}

/**
 * Rows and width of the (size, weight) table: the complements of the coalitions counted weigh at most
 * total − quota, so weights 0..total − quota and the sizes whose lightest members fit that.
 */
function tableShape(leaf: WeightedLeaf, bySize: boolean): { rows: number; width: number } {
  const positive = leaf.weights.filter((w) => w > 0).sort((a, b) => a - b);
  const total = positive.reduce((a, b) => a + b, 0);
  const width = Math.max(1, total - leaf.quota + 1);
  if (!bySize) return { rows: 1, width };
  let rows = 1;
  let light = 0;
  for (const w of positive) {
    light += w;
    if (light > width - 1) break;
    rows++;
  }
  return { rows, width };
}

/** Bytes {@link countMinimalWinningByClass} holds: two (size, weight) tables of doubles. */
export function minimalWinningClassMemory(leaf: WeightedLeaf, bySize: boolean): number {
  const { rows, width } = tableShape(leaf, bySize);
  return 16 * rows * width;
}

function maxBinomialBits(n: number): number {
  let c = 1n;
  let best = 1n;
  for (let k = 1; k <= n; k++) {
    c = (c * BigInt(n - k + 1)) / BigInt(k);
    if (c > best) best = c;
  }
  return bitLength(best);
}

/**
 * Counts the minimal winning coalitions of one weighted rule, per player those containing it (Holler) and,
 * when `bySize`, those by coalition size (Deegan–Packel), with additions only; and the winning coalitions. A coalition S is minimal
 * winning exactly when it wins and loses without its lightest member: with v its lightest weight,
 * q ≤ w(S) ≤ q + v − 1. The weight classes c₀ > c₁ > … are added heaviest first to a (size, weight) table
 * A_i of the subsets of the players of weight ≥ c_i (D_i in all). The minimal winning coalitions with lightest
 * weight c_i are the subsets of A_i in that window less those of A_{i−1}; summed over i this telescopes to
 * Σ_i (subsets of A_i weighing q + c_{i+1} … q + c_i − 1), and by complements within A_i to those weighing
 * D_i − q − c_i + 1 … D_i − q − c_{i+1}, light weights where few cells count. A player of weight u is in
 * those S = {player} ∪ S′: the table without it is A_i deconvolved by (1 + y·x^u), whose window sums are
 * alternating sums of A_i's window sums. Equal weights give equal counts, so the work is per pair of classes:
 * O(n · rows · width) to build the table and O(classes² · rows · width / weight) for the windows, per 50-bit
 * modulus.
 */
export function countMinimalWinningByClass(
  leaf: WeightedLeaf,
  bySize: boolean,
  stop?: StopCheck,
): MinimalWinningCounts & { readonly winning: bigint } {
  const n = leaf.weights.length;
  const q = leaf.quota;
  const classes = classesDescending(leaf.weights);
  const C = classes.length;
  const { rows: R, width: W } = tableShape(leaf, bySize);
  const step = bySize ? 1 : 0;
  // Cells per class: counts by |S| (0..n) when sizes are kept, else one total; then the coalitions by size.
  const S = bySize ? n + 1 : 1;
  const bits = (bySize ? maxBinomialBits(n) : n) + 1;
  const T = new Float64Array(R * W);
  const P = new Float64Array(R * W);
  const lo = new Int32Array(R);
  const hi = new Int32Array(R);
  const cells = countExactly(bits, (m) => {
    const out = new Float64Array((C + 2) * S);
    T.fill(0);
    T[0] = 1;
    // D[k]: total weight of the k heaviest players added so far (sizes s of them weigh D[k]−D[k−s] .. D[s]).
    const D = [0];
    for (let i = 0; i < C; i++) {
      checkStop(stop);
      const { weight: v, count } = classes[i] as { weight: number; count: number };
      for (let c = 0; c < count; c++) {
        addPlayer(T, D, v, R, W, m, bySize);
        D.push((D[D.length - 1] ?? 0) + v);
      }
      const players = D.length - 1;
      const top = (D[players] ?? 0) - q - (classes[i + 1]?.weight ?? 0);
      const bottom = (D[players] ?? 0) - q - v + 1;
      if (top < 0) continue;
      rowBounds(D, R, top, bySize, lo, hi);
      prefixSums(T, P, lo, hi, R, W, m);
      for (let r = 0; r < R; r++) {
        // Complements of size r: coalitions of size players − r.
        const cell = C * S + (bySize ? players - r : 0);
        const y = (out[cell] as number) + windowSum(P, lo, hi, W, r, bottom, top, m);
        out[cell] = y - m * +(y >= m);
      }
      for (let j = 0; j <= i; j++) {
        const u = (classes[j] as { weight: number }).weight;
        const base = j * S;
        for (let r = 0; r < R; r++) {
          if ((lo[r] as number) > top) break;
          const cell = base + (bySize ? players - r : 0);
          const y = (out[cell] as number) + alternating(P, lo, hi, W, r, bottom, top, u, step, m);
          out[cell] = y - m * +(y >= m);
        }
      }
    }
    // Winning coalitions: complements (within the players of positive weight) weighing at most total − q.
    const players = D.length - 1;
    for (let r = 0; r < R; r++) {
      let sum = 0;
      for (let c = r * W; c < (r + 1) * W; c++) {
        sum += T[c] as number;
        sum -= m * +(sum >= m);
      }
      const cell = (C + 1) * S + (bySize ? players - r : 0);
      const y = (out[cell] as number) + sum;
      out[cell] = y - m * +(y >= m);
    }
    return out;
  });
  const slot = new Map(classes.map((c, k) => [c.weight, k]));
  const byClass = classes.map((_, k) => cells.slice(k * S, (k + 1) * S));
  const membershipOf = byClass.map((row) => row.reduce((x, y) => x + y, 0n));
  const sizeWeightedOf: Rational[] | null = bySize ? byClass.map((row) => sumOfReciprocals(row)) : null;
  const count = cells.slice(C * S, (C + 1) * S).reduce((x, y) => x + y, 0n);
  const zeros = leaf.weights.filter((w) => w <= 0).length;
  const winning = cells.slice((C + 1) * S).reduce((x, y) => x + y, 0n) << BigInt(zeros);
  const classOf = (w: number) => (w > 0 ? (slot.get(w) ?? -1) : -1);
  return {
    winning,
    count,
    membership: leaf.weights.map((w) => membershipOf[classOf(w)] ?? 0n),
    sizeWeighted: sizeWeightedOf ? leaf.weights.map((w) => sizeWeightedOf[classOf(w)] ?? ZERO) : null,
  };
}

/** Adds one player of weight w to the table, which holds the D.length − 1 heaviest players. */
function addPlayer(T: Float64Array, D: readonly number[], w: number, R: number, W: number, m: number, bySize: boolean) {
  const k = D.length - 1;
  const heaviest = D[k] ?? 0;
  if (!bySize) {
    for (let t = Math.min(W - 1 - w, heaviest); t >= 0; t--) {
      const x = (T[t + w] as number) + (T[t] as number);
      T[t + w] = x - m * +(x >= m);
    }
    return;
  }
  for (let s = Math.min(k, R - 2); s >= 0; s--) {
    const tLo = heaviest - (D[k - s] ?? 0);
    const tHi = Math.min(D[s] ?? 0, W - 1 - w);
    const from = s * W;
    const to = (s + 1) * W + w;
    for (let t = tHi; t >= tLo; t--) {
      const x = (T[to + t] as number) + (T[from + t] as number);
      T[to + t] = x - m * +(x >= m); // branch-free: a mispredicted branch costs more than the multiply
    }
  }
}

/** Where row s of the table can be non-zero up to weight `top` (an empty row gets lo = top + 1, hi = top). */
function rowBounds(D: readonly number[], R: number, top: number, bySize: boolean, lo: Int32Array, hi: Int32Array) {
  const k = D.length - 1;
  if (!bySize) {
    lo[0] = 0;
    hi[0] = Math.min(D[k] ?? 0, top);
    return;
  }
  for (let s = 0; s < R; s++) {
    const l = s > k ? top + 1 : (D[k] ?? 0) - (D[k - s] ?? 0);
    const h = s > k ? top : Math.min(D[s] ?? 0, top);
    lo[s] = l > h ? top + 1 : l;
    hi[s] = l > h ? top : h;
  }
}

function prefixSums(T: Float64Array, P: Float64Array, lo: Int32Array, hi: Int32Array, R: number, W: number, m: number) {
  for (let s = 0; s < R; s++) {
    let run = 0;
    const end = s * W + (hi[s] as number);
    for (let c = s * W + (lo[s] as number); c <= end; c++) {
      run += T[c] as number;
      run -= m * +(run >= m);
      P[c] = run;
    }
  }
}

/** Σ of row r over weights a..b modulo m, from its prefix sums (zero below the row's lowest weight, flat above its top). */
function windowSum(
  P: Float64Array,
  lo: Int32Array,
  hi: Int32Array,
  W: number,
  r: number,
  a: number,
  b: number,
  m: number,
) {
  const l = lo[r] as number;
  const h = hi[r] as number;
  if (b < l || a > h) return 0;
  const x = (P[r * W + Math.min(b, h)] as number) - (a > l ? (P[r * W + a - 1] as number) : 0);
  return x < 0 ? x + m : x;
}

/**
 * The window sum over weights a..b of row r of the table with one player of weight u taken out, modulo m:
 * Σ_k (−1)^k · window(row r − k·step, a − k·u .. b − k·u) (step 0 when the table has one row, no sizes).
 */
function alternating(
  P: Float64Array,
  lo: Int32Array,
  hi: Int32Array,
  W: number,
  r: number,
  a: number,
  b: number,
  u: number,
  step: number,
  m: number,
): number {
  let total = 0;
  let added = 0;
  for (let k = 0, row = r, top = b, bottom = a; row >= 0 && top >= 0; k++, row -= step, top -= u, bottom -= u) {
    const l = lo[row] as number;
    const h = hi[row] as number;
    if (top < l || bottom > h) continue;
    const x = (P[row * W + Math.min(top, h)] as number) - (bottom > l ? (P[row * W + bottom - 1] as number) : 0);
    // Terms lie in (−m, m): four of them and a reduced total stay below 2^53.
    total += (k & 1) === 0 ? x : -x;
    if ((++added & 3) === 0) total %= m;
  }
  total %= m;
  return total < 0 ? total + m : total;
}
