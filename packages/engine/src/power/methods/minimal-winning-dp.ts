import type { MinimalWinningCounts } from '../counts.ts';
import { countExactly, moduliFor } from '../modular.ts';
import type { Rational } from '../rational.ts';
import { sumOfReciprocals } from './enumerate.ts';
import {
  addPlayersToTable,
  alternatingRows,
  prefixSums,
  type SizeWeightBounds,
  swingWindow,
} from './size-weight-table.ts';
import { checkStop, type StopCheck } from './stop.ts';

function sortedOrder(weights: readonly number[]): number[] {
  return weights.map((_, i) => i).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
}

/** Cell updates {@link countMinimalWinning} would spend: per player a table update, prefix sums and queries. */
export function minimalWinningWork(weights: readonly number[], b: SizeWeightBounds): number {
  const classes = new Set(weights).size;
  return weights.length * (2 * b.cells + classes * b.rows * b.rows) * moduliFor(weights.length + 1);
}

/**
 * Counts the minimal winning coalitions and, per player, those containing it, by size. With players sorted
 * by weight (heaviest first), a minimal winning coalition is its lightest member j plus a set R of players
 * before j that loses but wins with j: need(|R|+1) − w_j ≤ w(R) < need(|R|) (dropping any other member
 * leaves at most w(R), so R decides). A DP over (size, weight) of subsets of each prefix gives those R;
 * an alternating sum over the prefix table by a member's weight counts the R that contain it.
 */
export function countMinimalWinning(
  weights: readonly number[],
  b: SizeWeightBounds,
  bits: number,
  stop?: StopCheck,
): MinimalWinningCounts {
  const n = weights.length;
  const W = b.width;
  const R = b.rows;
  const order = sortedOrder(weights);
  const classes = [...new Set(weights)];
  const classOf = new Map(classes.map((w, k) => [w, k]));
  const C = classes.length;
  const block = (C + 1) * R;
  const desc = order.map((j) => weights[j] ?? 0);
  const cells = countExactly(bits, (m) => {
    const P = new Float64Array(R * W);
    const prefix = new Float64Array(R * W);
    const out = new Float64Array(n * block);
    P[0] = 1;
    const present = new Set<number>();
    desc.forEach((wj, pos) => {
      checkStop(stop);
      const base = pos * block;
      prefixSums(P, prefix, b, m);
      for (let s = 0; s < R; s++) {
        const own = swingWindow(b, s, wj);
        if (own) out[base + C * R + s] = alternatingRows(prefix, W, s, own.lo, own.hi, 0, m, 0);
      }
      for (const k of present) {
        const v = classes[k] ?? 0;
        // R contains one member of weight v: R minus it has size s-1 and weight in the window less v.
        for (let s = 1; s < R; s++) {
          const win = swingWindow(b, s, wj);
          if (win && win.hi - v >= 0) {
            out[base + k * R + s] = alternatingRows(prefix, W, s - 1, Math.max(0, win.lo - v), win.hi - v, v, m);
          }
        }
      }
      present.add(classOf.get(wj) ?? 0);
      addPlayersToTable(P, [wj], b, m, pos, desc.slice(0, pos));
    });
    return out;
  });
  return aggregate(
    n,
    R,
    C,
    order,
    weights.map((w) => classOf.get(w) ?? 0),
    cells,
  );
}

function aggregate(
  n: number,
  R: number,
  C: number,
  order: readonly number[],
  classOf: readonly number[],
  cells: readonly bigint[],
): MinimalWinningCounts {
  const block = (C + 1) * R;
  const membership = new Array<bigint>(n).fill(0n);
  const sizeTally = Array.from({ length: n }, () => new Array<bigint>(R + 1).fill(0n));
  let count = 0n;
  order.forEach((j, pos) => {
    const base = pos * block;
    for (let s = 0; s < R; s++) {
      const own = cells[base + C * R + s] ?? 0n;
      count += own;
      membership[j] = (membership[j] ?? 0n) + own;
      (sizeTally[j] as bigint[])[s + 1] = ((sizeTally[j] as bigint[])[s + 1] ?? 0n) + own;
    }
    for (let before = 0; before < pos; before++) {
      const i = order[before] ?? 0;
      const k = classOf[i] ?? 0;
      for (let s = 1; s < R; s++) {
        const v = cells[base + k * R + s] ?? 0n;
        if (v === 0n) continue;
        membership[i] = (membership[i] ?? 0n) + v;
        (sizeTally[i] as bigint[])[s + 1] = ((sizeTally[i] as bigint[])[s + 1] ?? 0n) + v;
      }
    }
  });
  const sizeWeighted: Rational[] = sizeTally.map(sumOfReciprocals);
  return { count, membership, sizeWeighted };
}
