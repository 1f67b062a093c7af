import type { IndexName, MinimalWinningCounts, PowerCounts } from '../counts.ts';
import type { WeightedLeaf } from '../games.ts';
import { countExactly, moduliFor } from '../modular.ts';
import { bitLength } from '../rational.ts';
import { countJohnston, johnstonMemory, johnstonWork } from './johnston-dp.ts';
import { countMinimalWinningByClass, minimalWinningClassMemory } from './minimal-winning-classes.ts';
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
import { checkStop, type StopCheck, unlessStopped } from './stop.ts';

/** Most bytes the tables of one weight DP may hold; past it the index is reported missing with the figure. */
export const DP_MEMORY_LIMIT = 2 ** 31;

/** Cells of one (size, weight) table that fit {@link DP_MEMORY_LIMIT} (two such tables of doubles). */
export const TABLE_CELL_LIMIT = DP_MEMORY_LIMIT / 16;

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

/** Largest quota of the one-row (weight only) DP: 2.5e7 doubles, 200 MB per table. */
export const ONE_ROW_LIMIT = 2.5e7;

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(bytes < 2 ** 30 ? 2 : 1)} GiB`;
const overMemory = (what: string, bytes: number) =>
  `${what} would need ${gib(bytes)} of memory, over the limit of ${gib(DP_MEMORY_LIMIT)}`;
const STOPPED = 'stopped at the time limit before this index was finished (a longer --time-limit may reach it)';

/** Options of {@link countByWeightDp}. */
export interface WeightDpOptions {
  /** The indices wanted (default all); parts that feed none of them are skipped. */
  readonly want?: ReadonlySet<IndexName>;
  /** Checked between units of work; when it returns true the unfinished parts are reported as stopped. */
  readonly stop?: StopCheck;
}

/**
 * Counts a rule of the form "size s wins from weight need[s]" (one weighted rule, or head counts combined
 * with one weighted rule) by generating functions over whole-number weights. Shapley–Shubik and the swing
 * counts use a DP over (size, weight) of losing coalitions, O(n · rows · width) cell updates, run modulo
 * 50-bit primes and rebuilt exactly; for a single weighted rule, Banzhaf, Penrose and Coleman come from the
 * O(n · q) DP over weight alone when Shapley–Shubik is not wanted. Players of equal weight share one
 * alternating sum. A part that would need more than {@link DP_MEMORY_LIMIT} bytes, or that `stop` cuts off,
 * is left out and explained in `unavailable`.
 */
export function countByWeightDp(rule: CountWeightRule, options: WeightDpOptions = {}): PowerCounts {
  const want = (i: IndexName) => options.want?.has(i) ?? true;
  const stop = options.stop;
  const weights = rule.weights;
  const n = weights.length;
  const quota = constantQuota(rule.threshold);
  const leaf = quota === null ? null : { quota, weights, total: weights.reduce((x, y) => x + y, 0), scale: 1 };
  const { classes, classOf } = weightClasses(weights);
  const bounds = sizeWeightBounds(weights, rule.threshold);
  const bits = maxBinomialBits(n) + 1;
  const ssTable = bounds.rows * bounds.width;
  const tableFits = ssTable <= TABLE_CELL_LIMIT;
  const unavailable: Partial<Record<IndexName, string>> = {};
  let stopped = false;
  const attempt = <T>(f: () => T, indices: readonly IndexName[]): T | null => {
    const r = stopped ? null : unlessStopped(f);
    if (r === null) {
      stopped = true;
      for (const i of indices) unavailable[i] = STOPPED;
    }
    return r;
  };
  let minimalWinning: MinimalWinningCounts | null = null;
  // The winning coalitions, when the class count of minimal winning coalitions finds them on the way.
  let classWinning: bigint | null = null;
  const minimalIndices = (['deeganPackel', 'holler'] as const).filter(want);
  for (const i of ['deeganPackel', 'holler'] as const) if (!want(i)) unavailable[i] = 'not requested';
  if (leaf && minimalIndices.length > 0) {
    // One pass by lightest weight class gives Holler, and Deegan–Packel when sizes are kept.
    const bySize = want('deeganPackel');
    const bytes = minimalWinningClassMemory(leaf, bySize);
    if (bytes > DP_MEMORY_LIMIT) {
      for (const i of minimalIndices) unavailable[i] = overMemory('the minimal-winning-coalition tables', bytes);
    } else {
      const counted = attempt(() => countMinimalWinningByClass(leaf, bySize, stop), minimalIndices);
      minimalWinning = counted;
      classWinning = counted?.winning ?? null;
    }
  } else if (minimalIndices.length > 0) {
    minimalWinning = tableFits ? attempt(() => countMinimalWinning(weights, bounds, bits, stop), minimalIndices) : null;
    if (!tableFits) {
      for (const i of minimalIndices) {
        unavailable[i] = overMemory('the (size, weight) table of minimal winning coalitions', 16 * ssTable);
      }
    }
  }
  let swingsBySize: bigint[][] | null = null;
  let swings: bigint[] = new Array<bigint>(n).fill(0n);
  let winning = 0n;
  const swingIndices: IndexName[] = ['banzhaf', 'penrose', 'colemanPrevent', 'colemanInitiate'];
  if ((want('shapleyShubik') || !leaf) && tableFits) {
    const bySizeClass = attempt(() => sizeWeightDp(weights, bounds, classes, bits, stop), ['shapleyShubik']);
    if (bySizeClass) {
      winning = (1n << BigInt(n)) - bySizeClass.losing.reduce((a, b) => a + b, 0n);
      const rows = classes.map((_, c) => {
        const row = new Array<bigint>(n).fill(0n);
        bySizeClass.swings[c]?.forEach((v, s) => {
          row[s] = v;
        });
        return row;
      });
      // Players of one weight share their row (indices.ts then sums it once).
      swingsBySize = classOf.map((c) => rows[c] as bigint[]);
      swings = swingsBySize.map((row) => row.reduce((a, b) => a + b, 0n));
    }
  } else if (want('shapleyShubik')) {
    unavailable.shapleyShubik = overMemory('the (size, weight) table', 16 * ssTable);
  } else {
    unavailable.shapleyShubik = 'not requested';
  }
  if (!swingsBySize && leaf && !swingIndices.some(want) && classWinning !== null) {
    // Only Holler or Deegan–Packel wanted: their pass counted the winning coalitions (Coleman's power to act).
    winning = classWinning;
    for (const i of swingIndices) unavailable[i] = 'not requested';
  } else if (!swingsBySize && leaf) {
    const byClass = attempt(() => weightDp(leaf, classes, stop), swingIndices);
    if (byClass) {
      winning = (1n << BigInt(n)) - byClass.losing;
      swings = classOf.map((c) => byClass.swings[c] ?? 0n);
    }
  } else if (!swingsBySize) {
    for (const i of swingIndices) unavailable[i] ??= overMemory('the (size, weight) table', 16 * ssTable);
  }
  let johnstonRaw = null;
  if (!want('johnston')) unavailable.johnston = 'not requested';
  else if (!leaf) {
    unavailable.johnston =
      'the Johnston DP needs a single weighted rule (a threshold that does not depend on coalition size); this rule combines head counts with weights';
  } else if (johnstonMemory(leaf) > DP_MEMORY_LIMIT) {
    unavailable.johnston = overMemory('the Johnston (critical members, weight) tables', johnstonMemory(leaf));
  } else johnstonRaw = attempt(() => countJohnston(leaf, stop), ['johnston']);
  return { n, winning, swings, swingsBySize, johnstonRaw, minimalWinning, unavailable, stopped };
}

/** Cell updates the weight DP would spend on each part, summed over moduli (for a work estimate). */
export function weightDpWork(rule: CountWeightRule): Partial<Record<IndexName, number>> {
  const n = rule.weights.length;
  const bounds = sizeWeightBounds(rule.weights, rule.threshold);
  const classes = new Set(rule.weights).size;
  const quota = constantQuota(rule.threshold);
  const ss = moduliFor(maxBinomialBits(n) + 1) * (n * bounds.cells + classes * bounds.rows * bounds.rows);
  const leaf = quota === null ? null : { quota, weights: rule.weights, total: 0, scale: 1 };
  return {
    shapleyShubik: ss,
    banzhaf: leaf ? moduliFor(n + 1) * n * quota! : ss,
    deeganPackel: minimalWinningWork(rule.weights, bounds),
    holler: minimalWinningWork(rule.weights, bounds),
    ...(leaf ? { johnston: johnstonWork(leaf) } : {}),
  };
}

function sizeWeightDp(
  weights: readonly number[],
  b: SizeWeightBounds,
  classes: readonly number[],
  bits: number,
  stop?: StopCheck,
): { swings: bigint[][]; losing: bigint[] } {
  const W = b.width;
  const R = b.rows;
  const cells = countExactly(bits, (m) => {
    const c = buildSizeWeightTable(weights, b, m, stop);
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
export function weightDp(
  leaf: WeightedLeaf,
  classes: readonly number[],
  stop?: StopCheck,
): { swings: bigint[]; losing: bigint } {
  const q = leaf.quota;
  const n = leaf.weights.length;
  const ascending = [...leaf.weights].sort((a, b) => a - b);
  const cells = countExactly(n + 1, (m) => {
    const c = new Float64Array(q);
    c[0] = 1;
    // Lightest first: the players added so far weigh `sum` in all, so no cell above it is non-zero yet.
    let sum = 0;
    for (const w of ascending) {
      checkStop(stop);
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
