// The (size, weight) table of losing coalitions shared by the weight DPs: its bounds, how players are
// added to it, and window sums over it with one player taken out.
import { checkStop, type StopCheck } from './stop.ts';

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
export function alternatingWindow(prefix: Float64Array, lo: number, hi: number, step: number, m: number): number {
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
export function buildSizeWeightTable(
  weights: readonly number[],
  b: SizeWeightBounds,
  m: number,
  stop?: StopCheck,
): Float64Array {
  const c = new Float64Array(b.rows * b.width);
  c[0] = 1;
  addPlayersToTable(
    c,
    [...weights].sort((x, y) => y - x),
    b,
    m,
    0,
    [],
    stop,
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
  stop?: StopCheck,
): void {
  const W = b.width;
  const D = [0];
  for (const w of [...heavier, ...desc]) D.push((D[D.length - 1] ?? 0) + w);
  desc.forEach((w, index) => {
    checkStop(stop);
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
