import type { IndexName, PowerCounts } from '../counts.ts';
import type { WeightedLeaf } from '../games.ts';
import { countExactly, moduliFor } from '../modular.ts';
import { bitLength } from '../rational.ts';
import { countJohnston, johnstonWork } from './johnston-dp.ts';
import type { CountWeightRule } from './meet-in-the-middle.ts';
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
  /** Row stride of the table: one more than the heaviest losing weight. */
  readonly width: number;
  /** need[s]: the weight at which a coalition of size s wins (±Infinity allowed), s = 0..n+1. */
  readonly need: readonly number[];
}

/**
 * Sizes and weights a losing coalition can have under "size s wins from weight need[s]": size s needs at
 * least the s lightest weights and at most the s heaviest, and stays below need[s]. Cells outside these
 * bounds are zero at every step of the DP. `need` must not increase with s (every rule here is monotone).
 */
export function sizeWeightBounds(weights: readonly number[], need: readonly number[]): SizeWeightBounds {
  const asc = [...weights].sort((a, b) => a - b);
  const total = asc.reduce((x, y) => x + y, 0);
  const upper = (s: number) => {
    const t = need[s] ?? Number.POSITIVE_INFINITY;
    return t === Number.POSITIVE_INFINITY ? total : t - 1;
  };
  const lo: number[] = [];
  const hi: number[] = [];
  let light = 0;
  let heavy = 0;
  for (let s = 0; s <= asc.length; s++) {
    if (s > 0) {
      light += asc[s - 1] ?? 0;
      heavy += asc[asc.length - s] ?? 0;
    }
    if (light > upper(s)) break;
    lo.push(light);
    hi.push(Math.min(heavy, upper(s)));
  }
  let cells = 0;
  for (let s = 0; s < lo.length; s++) cells += (hi[s] ?? 0) - (lo[s] ?? 0) + 1;
  const width = Math.max(1, ...hi.map((h) => h + 1));
  return { rows: lo.length, lo: Int32Array.from(lo), hi: Int32Array.from(hi), cells, width, need };
}

/** The quota when the rule is one weighted rule (the same finite threshold for every size), else null. */
export function constantQuota(need: readonly number[]): number | null {
  const q = need[0];
  return q !== undefined && Number.isFinite(q) && need.every((t) => t === q) ? q : null;
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

/** Whether the weight DP can count this rule within its memory limit (Shapley–Shubik table or one row). */
export function weightDpFits(rule: CountWeightRule): boolean {
  const b = sizeWeightBounds(rule.weights, rule.threshold);
  const q = constantQuota(rule.threshold);
  return b.rows * b.width <= TABLE_CELL_LIMIT || (q !== null && q <= ONE_ROW_LIMIT);
}

/** Largest quota of the one-row (weight only) DP: 2.5e6 doubles, 20 MB per table. */
export const ONE_ROW_LIMIT = 2.5e6;

/**
 * Counts a rule of the form "size s wins from weight need[s]" (one weighted rule, or head counts combined
 * with one weighted rule) by generating functions over whole-number weights. Shapley–Shubik and the swing
 * counts use a DP over (size, weight) of losing coalitions, O(n · rows · width) cell updates, run modulo
 * 50-bit primes and rebuilt exactly; for a single weighted rule over budget, Banzhaf, Penrose and Coleman
 * still come from the O(n · q) DP over weight alone. Players of equal weight share one alternating sum.
 */
export function countByWeightDp(rule: CountWeightRule): PowerCounts {
  const weights = rule.weights;
  const n = weights.length;
  const quota = constantQuota(rule.threshold);
  const leaf = quota === null ? null : { quota, weights, total: weights.reduce((x, y) => x + y, 0), scale: 1 };
  const { classes, classOf } = weightClasses(weights);
  const bounds = sizeWeightBounds(weights, rule.threshold);
  const bits = maxBinomialBits(n) + 1;
  const ssWork = moduliFor(bits) * (n * bounds.cells + classes.length * bounds.rows * bounds.rows);
  const ssTable = bounds.rows * bounds.width;
  const tableFits = ssTable <= TABLE_CELL_LIMIT;
  const unavailable: Partial<Record<IndexName, string>> = {};
  let swingsBySize: bigint[][] | null = null;
  let swings: bigint[];
  let winning: bigint;
  if (ssWork <= DP_WORK_LIMIT && tableFits) {
    const bySizeClass = sizeWeightDp(weights, bounds, classes, bits);
    winning = (1n << BigInt(n)) - bySizeClass.losing.reduce((a, b) => a + b, 0n);
    swingsBySize = classOf.map((c) => {
      const row = new Array<bigint>(n).fill(0n);
      bySizeClass.swings[c]?.forEach((v, s) => {
        row[s] = v;
      });
      return row;
    });
    swings = swingsBySize.map((row) => row.reduce((a, b) => a + b, 0n));
  } else if (leaf) {
    unavailable.shapleyShubik = !tableFits
      ? `the (size, weight) table would need ${ssTable.toExponential(1)} cells, over the limit of ${TABLE_CELL_LIMIT.toExponential(0)}`
      : `the (size, weight) DP would need ${ssWork.toExponential(1)} cell updates, over the limit of ${DP_WORK_LIMIT.toExponential(0)}`;
    const byClass = weightDp(leaf, classes);
    winning = (1n << BigInt(n)) - byClass.losing;
    swings = classOf.map((c) => byClass.swings[c] ?? 0n);
  } else {
    throw new Error(`the weight DP cannot count this rule: table of ${ssTable} cells, ${ssWork} updates`);
  }
  const mwcWork = minimalWinningWork(weights, bounds);
  let minimalWinning = null;
  if (mwcWork <= DP_WORK_LIMIT / 10 && tableFits) minimalWinning = countMinimalWinning(weights, bounds, bits);
  else {
    const reason = `the minimal-winning-coalition DP would need ${mwcWork.toExponential(1)} cell updates, over the limit of ${(DP_WORK_LIMIT / 10).toExponential(0)}`;
    unavailable.deeganPackel = reason;
    unavailable.holler = reason;
  }
  let johnstonRaw = null;
  if (!leaf) {
    unavailable.johnston =
      'the Johnston DP needs a single weighted rule (a threshold that does not depend on coalition size); this rule combines head counts with weights';
  } else {
    const jWork = johnstonWork(leaf, bounds);
    if (jWork <= DP_WORK_LIMIT / 10 && tableFits) johnstonRaw = countJohnston(leaf, bounds);
    else {
      unavailable.johnston = `the Johnston DP (one (critical members, weight) table per distinct weight) would need ${jWork.toExponential(1)} cell updates, over the limit of ${(DP_WORK_LIMIT / 10).toExponential(0)}`;
    }
  }
  return { n, winning, swings, swingsBySize, johnstonRaw, minimalWinning, unavailable };
}

function sizeWeightDp(
  weights: readonly number[],
  b: SizeWeightBounds,
  classes: readonly number[],
  bits: number,
): { swings: bigint[][]; losing: bigint[] } {
  const W = b.width;
  const R = b.rows;
  const cells = countExactly(bits, (m) => {
    const c = buildSizeWeightTable(weights, b, m);
    const out = new Float64Array((classes.length + 1) * R);
    for (let s = 0; s < R; s++) {
      let sum = 0;
      for (let t = b.lo[s] ?? 0; t <= (b.hi[s] ?? 0); t++) {
        sum += c[s * W + t] as number;
        sum -= m * +(sum >= m);
      }
      out[classes.length * R + s] = sum;
    }
    // Row prefix sums turn each player's deconvolution into an alternating sum (see swingsOfWeight).
    const prefix = new Float64Array(R * W);
    prefixSums(c, prefix, b, m);
    classes.forEach((w, k) => {
      for (let s = 0; s < R; s++) out[k * R + s] = swingsOfWeight(prefix, b, w, s, m);
    });
    return out;
  });
  const swings = classes.map((_, k) => cells.slice(k * R, (k + 1) * R));
  return { swings, losing: cells.slice(classes.length * R, (classes.length + 1) * R) };
}

/** Row prefix sums of a (size, weight) table, modulo m: prefix[s·width + t] = Σ_{u ≤ t} table(s, u). */
export function prefixSums(table: Float64Array, prefix: Float64Array, b: SizeWeightBounds, m: number): void {
  const W = b.width;
  for (let s = 0; s < b.rows; s++) {
    let run = 0;
    for (let t = b.lo[s] ?? 0; t < W; t++) {
      run += table[s * W + t] as number;
      run -= m * +(run >= m);
      prefix[s * W + t] = run;
    }
  }
}

/**
 * The window of weights at which a losing coalition of size s becomes winning when a player of weight w
 * joins: [need(s+1) − w, heaviest losing weight of size s]; null when no such weight exists.
 */
export function swingWindow(b: SizeWeightBounds, s: number, w: number): { lo: number; hi: number } | null {
  const next = b.need[s + 1] ?? Number.POSITIVE_INFINITY;
  if (next === Number.POSITIVE_INFINITY) return null;
  const lo = Math.max(0, next - w);
  const hi = b.hi[s] ?? -1;
  return lo <= hi ? { lo, hi } : null;
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
 * window is an alternating sum of window sums of the full table, each O(1) from row prefix sums. Rows
 * s−k are complete up to the window's top because need() does not increase with size.
 */
function swingsOfWeight(prefix: Float64Array, b: SizeWeightBounds, w: number, s: number, m: number): number {
  // A player of weight 0 can still swing a size-dependent rule; with step 0 the sum runs over all rows below.
  const window = swingWindow(b, s, w);
  return window ? alternatingRows(prefix, b.width, s, window.lo, window.hi, w, m) : 0;
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
 * Adds every player to a (size, weight) table of losing coalitions, modulo m, heaviest first. After the j
 * heaviest players, size-s subsets weigh between the s lightest and the s heaviest of them, which bounds
 * each row far more tightly than the final bounds do.
 */
export function buildSizeWeightTable(weights: readonly number[], b: SizeWeightBounds, m: number): Float64Array {
  const c = new Float64Array(b.rows * b.width);
  c[0] = 1;
  addPlayersToTable(
    c,
    [...weights].sort((x, y) => y - x),
    b,
    m,
    0,
  );
  return c;
}

/**
 * Adds `desc` (weights sorted heaviest first) to table `c`, which already holds the subsets of the
 * `heavier` players, modulo m. Used one player at a time by the minimal-winning-coalition DP.
 */
export function addPlayersToTable(
  c: Float64Array,
  desc: readonly number[],
  b: SizeWeightBounds,
  m: number,
  already: number,
  heavier: readonly number[] = [],
): void {
  const W = b.width;
  const D = [0];
  for (const w of [...heavier, ...desc]) D.push((D[D.length - 1] ?? 0) + w);
  desc.forEach((w, index) => {
    const j = already + index;
    for (let s = Math.min(j, b.rows - 2); s >= 0; s--) {
      const tLo = (D[j] ?? 0) - (D[j - s] ?? 0);
      const tHi = Math.min(D[s] ?? 0, (b.hi[s + 1] ?? -1) - w);
      const from = s * W;
      const to = (s + 1) * W + w;
      for (let t = tHi; t >= tLo; t--) {
        const x = (c[to + t] as number) + (c[from + t] as number);
        c[to + t] = x - m * +(x >= m); // branch-free: a mispredicted branch costs more than the multiply
      }
    }
  });
}
