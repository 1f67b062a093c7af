import type { IndexName, PowerCounts } from '../counts.ts';
import type { WeightedLeaf } from '../games.ts';
import { countExactly, moduliFor } from '../modular.ts';
import { bitLength } from '../rational.ts';
import { countJohnston, johnstonWork } from './johnston-dp.ts';
import { countMinimalWinning, minimalWinningWork } from './minimal-winning-dp.ts';
import type { CountWeightRule } from './mitm-kernel.ts';
import {
  alternatingRows,
  alternatingWindow,
  buildSizeWeightTable,
  constantQuota,
  prefixSums,
  type SizeWeightBounds,
  sizeWeightBounds,
  swingWindow,
} from './size-weight-table.ts';

/** Most cell updates (summed over moduli) the weighted DPs may spend; past it an index is reported missing. */
export const DP_WORK_LIMIT = 2e9;

/** Most cells of one (size, weight) table: two such tables of doubles stay under 160 MB. */
export const TABLE_CELL_LIMIT = 1e7;

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

/**
 * The DP over weight alone, O(n · q): per distinct weight (in `classes` order) the swings of one player of
 * that weight, and the number of losing coalitions. Lightest players are added first.
 */
export function weightDp(leaf: WeightedLeaf, classes: readonly number[]): { swings: bigint[]; losing: bigint } {
  const q = leaf.quota;
  const n = leaf.weights.length;
  const ascending = [...leaf.weights].sort((a, b) => a - b);
  const cells = countExactly(n + 1, (m) => {
    const c = new Float64Array(q);
    c[0] = 1;
    // Lightest first: the players added so far weigh `sum` in all, so no cell above it is non-zero yet.
    let sum = 0;
    for (const w of ascending) {
      for (let t = Math.min(q - 1 - w, sum); t >= 0; t--) {
        const x = (c[t + w] as number) + (c[t] as number);
        c[t + w] = x - m * +(x >= m); // branch-free: a mispredicted branch costs more than the multiply
      }
      sum += w;
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
