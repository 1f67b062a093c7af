import type { IndexName, PowerCounts } from '../counts.ts';
import type { WeightedLeaf } from '../games.ts';
import { countExactly, moduliFor } from '../modular.ts';
import { bitLength } from '../rational.ts';
import { countJohnston, johnstonWork } from './johnston-dp.ts';
import { countMinimalWinning, minimalWinningWork } from './minimal-winning-dp.ts';

/** Most cell updates (summed over moduli) the weighted DPs may spend; past it an index is reported missing. */
export const DP_WORK_LIMIT = 2e9;

/** Most cells of one (size, weight) table: two such tables of doubles stay under 160 MB. */
export const TABLE_CELL_LIMIT = 1e7;

/** Bounds of the (size, weight) table: sizes 0..rows-1 of losing coalitions, weights lo[s]..hi[s]. */
export interface SizeWeightBounds {
  readonly rows: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly cells: number;
}

/**
 * Sizes and weights a losing coalition can have: size s needs at least the s lightest weights and at most the
 * s heaviest, and stays below the quota. Cells outside these bounds are zero at every step of the DP.
 */
export function sizeWeightBounds(weights: readonly number[], quota: number): SizeWeightBounds {
  const asc = [...weights].sort((a, b) => a - b);
  const lo: number[] = [0];
  const hi: number[] = [0];
  let light = 0;
  let heavy = 0;
  for (let s = 1; s <= asc.length; s++) {
    light += asc[s - 1] ?? 0;
    if (light >= quota) break;
    heavy += asc[asc.length - s] ?? 0;
    lo.push(light);
    hi.push(Math.min(heavy, quota - 1));
  }
  let cells = 0;
  for (let s = 0; s < lo.length; s++) cells += (hi[s] ?? 0) - (lo[s] ?? 0) + 1;
  return { rows: lo.length, lo: Int32Array.from(lo), hi: Int32Array.from(hi), cells };
}

/** Distinct weights and, per player, the index of its weight among them. */
function weightClasses(weights: readonly number[]): { classes: number[]; classOf: number[] } {
  const classes = [...new Set(weights)];
  const index = new Map(classes.map((w, i) => [w, i]));
  return { classes, classOf: weights.map((w) => index.get(w) ?? 0) };
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
 * Counts a single weighted rule by generating functions over whole-number weights. Shapley–Shubik and the
 * swing counts use a DP over (size, weight) of losing coalitions, O(n · rows · q) cell updates, run modulo
 * 50-bit primes and rebuilt exactly; when that is over budget, Banzhaf, Penrose and Coleman still come from
 * the O(n · q) DP over weight alone. Players of equal weight share one deconvolution.
 */
export function countByWeightDp(leaf: WeightedLeaf): PowerCounts {
  const n = leaf.weights.length;
  const { classes, classOf } = weightClasses(leaf.weights);
  const bounds = sizeWeightBounds(leaf.weights, leaf.quota);
  const bits = maxBinomialBits(n) + 1;
  const ssWork = moduliFor(bits) * (n * bounds.cells + classes.length * bounds.rows * bounds.rows);
  const ssTable = bounds.rows * leaf.quota;
  const unavailable: Partial<Record<IndexName, string>> = {};
  let swingsBySize: bigint[][] | null = null;
  let swings: bigint[];
  let winning: bigint;
  if (ssWork <= DP_WORK_LIMIT && ssTable <= TABLE_CELL_LIMIT) {
    const bySizeClass = sizeWeightDp(leaf, bounds, classes, bits);
    winning = (1n << BigInt(n)) - bySizeClass.losing.reduce((a, b) => a + b, 0n);
    swingsBySize = classOf.map((c) => {
      const row = new Array<bigint>(n).fill(0n);
      bySizeClass.swings[c]?.forEach((v, s) => {
        row[s] = v;
      });
      return row;
    });
    swings = swingsBySize.map((row) => row.reduce((a, b) => a + b, 0n));
  } else {
    unavailable.shapleyShubik =
      ssTable > TABLE_CELL_LIMIT
        ? `the (size, weight) table would need ${ssTable.toExponential(1)} cells, over the limit of ${TABLE_CELL_LIMIT.toExponential(0)}`
        : `the (size, weight) DP would need ${ssWork.toExponential(1)} cell updates, over the limit of ${DP_WORK_LIMIT.toExponential(0)}`;
    const byClass = weightDp(leaf, classes);
    winning = (1n << BigInt(n)) - byClass.losing;
    swings = classOf.map((c) => byClass.swings[c] ?? 0n);
  }
  const mwcWork = minimalWinningWork(leaf, bounds);
  let minimalWinning = null;
  if (mwcWork <= DP_WORK_LIMIT / 10 && ssTable <= TABLE_CELL_LIMIT)
    minimalWinning = countMinimalWinning(leaf, bounds, bits);
  else {
    const reason = `the minimal-winning-coalition DP would need ${mwcWork.toExponential(1)} cell updates, over the limit of ${(DP_WORK_LIMIT / 10).toExponential(0)}`;
    unavailable.deeganPackel = reason;
    unavailable.holler = reason;
  }
  const jWork = johnstonWork(leaf, bounds);
  let johnstonRaw = null;
  if (jWork <= DP_WORK_LIMIT / 10 && ssTable <= TABLE_CELL_LIMIT) johnstonRaw = countJohnston(leaf, bounds);
  else {
    unavailable.johnston = `the Johnston DP (one (critical members, weight) table per distinct weight) would need ${jWork.toExponential(1)} cell updates, over the limit of ${(DP_WORK_LIMIT / 10).toExponential(0)}`;
  }
  return { n, winning, swings, swingsBySize, johnstonRaw, minimalWinning, unavailable };
}

function sizeWeightDp(
  leaf: WeightedLeaf,
  b: SizeWeightBounds,
  classes: readonly number[],
  bits: number,
): { swings: bigint[][]; losing: bigint[] } {
  const q = leaf.quota;
  const R = b.rows;
  const cells = countExactly(bits, (m) => {
    const c = buildSizeWeightTable(leaf.weights, q, R, m);
    const out = new Float64Array((classes.length + 1) * R);
    for (let s = 0; s < R; s++) {
      let sum = 0;
      for (let t = b.lo[s] ?? 0; t <= (b.hi[s] ?? 0); t++) {
        sum += c[s * q + t] as number;
        if (sum >= m) sum -= m;
      }
      out[classes.length * R + s] = sum;
    }
    // Row prefix sums turn each player's deconvolution into an alternating sum (see swingsOfWeight).
    const prefix = new Float64Array(R * q);
    for (let s = 0; s < R; s++) {
      let run = 0;
      for (let t = b.lo[s] ?? 0; t < q; t++) {
        run += c[s * q + t] as number;
        run -= m * +(run >= m);
        prefix[s * q + t] = run;
      }
    }
    classes.forEach((w, k) => {
      for (let s = 0; s < R; s++) out[k * R + s] = swingsOfWeight(prefix, b, q, w, s, m);
    });
    return out;
  });
  const swings = classes.map((_, k) => cells.slice(k * R, (k + 1) * R));
  return { swings, losing: cells.slice(classes.length * R, (classes.length + 1) * R) };
}

function weightDp(leaf: WeightedLeaf, classes: readonly number[]): { swings: bigint[]; losing: bigint } {
  const q = leaf.quota;
  const n = leaf.weights.length;
  const cells = countExactly(n + 1, (m) => {
    const c = new Float64Array(q);
    c[0] = 1;
    for (const w of leaf.weights) {
      for (let t = q - 1 - w; t >= 0; t--) {
        const x = (c[t + w] as number) + (c[t] as number);
        c[t + w] = x - m * +(x >= m); // branch-free: a mispredicted branch costs more than the multiply
      }
    }
    const out = new Float64Array(classes.length + 1);
    let losing = 0;
    for (let t = 0; t < q; t++) {
      losing += c[t] as number;
      if (losing >= m) losing -= m;
    }
    out[classes.length] = losing;
    const prefix = new Float64Array(q);
    let run = 0;
    for (let t = 0; t < q; t++) {
      run += c[t] as number;
      run -= m * +(run >= m);
      prefix[t] = run;
    }
    classes.forEach((w, k) => {
      out[k] = w === 0 ? 0 : alternatingWindow(prefix, q - w, q - 1, w, m);
    });
    return out;
  });
  return { swings: cells.slice(0, classes.length), losing: cells[classes.length] ?? 0n };
}

/**
 * Swing coalitions of size s for a player of weight w, modulo m. The counts without the player are
 * c₋(s,t) = Σ_k (−1)^k c(s−k, t−k·w) (from c(s,t) = c₋(s,t) + c₋(s−1,t−w)), so their sum over the swing
 * window q−w ≤ t < q is an alternating sum of window sums of the full table, each O(1) from row prefix sums.
 */
function swingsOfWeight(
  prefix: Float64Array,
  _b: SizeWeightBounds,
  q: number,
  w: number,
  s: number,
  m: number,
): number {
  if (w === 0) return 0;
  return alternatingRows(prefix, q, s, q - w, q - 1, w, m);
}

/**
 * Σ_k (−1)^k · Σ_{lo−k·step ≤ t ≤ hi−k·step} table(row−k, t) for k = 0..row, modulo m, where
 * `prefix[r·q + t]` = Σ_{u ≤ t} table(r, u). This is the window sum of the table deconvolved by a player
 * of weight `step` (see {@link swingsOfWeight}); `maxK` 0 gives the plain window sum.
 */
export function alternatingRows(
  prefix: Float64Array,
  q: number,
  row: number,
  lo: number,
  hi: number,
  step: number,
  m: number,
  maxK = row,
): number {
  let total = 0;
  for (let k = 0; k <= maxK; k++) {
    const top = hi - k * step;
    if (top < 0) break;
    const base = (row - k) * q;
    const bottom = lo - k * step - 1;
    let window =
      (prefix[base + Math.min(top, q - 1)] as number) - (bottom >= 0 ? (prefix[base + bottom] as number) : 0);
    if (window < 0) window += m;
    total += k % 2 === 0 ? window : m - window;
    if (total >= m) total -= m;
  }
  return total;
}

/** The one-row version of {@link alternatingRows}: Σ_k (−1)^k · Σ_{lo−k·step ≤ t ≤ hi−k·step} c(t). */
function alternatingWindow(prefix: Float64Array, lo: number, hi: number, step: number, m: number): number {
  let total = 0;
  for (let k = 0; hi - k * step >= 0; k++) {
    const top = hi - k * step;
    const bottom = lo - k * step - 1;
    let window = (prefix[top] as number) - (bottom >= 0 ? (prefix[bottom] as number) : 0);
    if (window < 0) window += m;
    total += k % 2 === 0 ? window : m - window;
    if (total >= m) total -= m;
  }
  return total;
}

/**
 * Adds every player to a (size, weight) table of coalitions lighter than q, modulo m, heaviest first. After
 * the j heaviest players, size-s subsets weigh between the s lightest and the s heaviest of them, which
 * bounds each row far more tightly than the final bounds do.
 */
export function buildSizeWeightTable(weights: readonly number[], q: number, rows: number, m: number): Float64Array {
  const c = new Float64Array(rows * q);
  c[0] = 1;
  addPlayersToTable(
    c,
    [...weights].sort((a, b) => b - a),
    q,
    rows,
    m,
    0,
  );
  return c;
}

/**
 * Adds `desc` (weights sorted heaviest first) to table `c`, which already holds the subsets of `already`
 * heavier players, modulo m. Used one player at a time by the minimal-winning-coalition DP.
 */
export function addPlayersToTable(
  c: Float64Array,
  desc: readonly number[],
  q: number,
  rows: number,
  m: number,
  already: number,
  heavier: readonly number[] = [],
): void {
  const D = [0];
  for (const w of [...heavier, ...desc]) D.push((D[D.length - 1] ?? 0) + w);
  desc.forEach((w, index) => {
    const j = already + index;
    for (let s = Math.min(j, rows - 2); s >= 0; s--) {
      const tLo = (D[j] ?? 0) - (D[j - s] ?? 0);
      const tHi = Math.min(D[s] ?? 0, q - 1 - w);
      const from = s * q;
      const to = (s + 1) * q + w;
      for (let t = tHi; t >= tLo; t--) {
        const x = (c[to + t] as number) + (c[from + t] as number);
        c[to + t] = x - m * +(x >= m); // branch-free: a mispredicted branch costs more than the multiply
      }
    }
  });
}
