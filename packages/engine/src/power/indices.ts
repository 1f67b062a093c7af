import type { IndexName, PowerCounts } from './counts.ts';
import { addRational, type Rational, rationalOf, ZERO } from './rational.ts';

/** One index for every player, or the reason it could not be computed exactly. */
export type IndexValues =
  | { readonly available: true; readonly values: readonly Rational[] }
  | { readonly available: false; readonly reason: string };

/** Every index of a game, exact, plus Coleman's power of the collectivity to act. */
export interface PowerIndices {
  /** Coleman's power of the collectivity to act: winning coalitions / 2^n. */
  readonly colemanAct: Rational;
  readonly indices: Readonly<Record<IndexName, IndexValues>>;
}

const factorials: bigint[] = [1n];
function factorial(k: number): bigint {
  for (let i = factorials.length; i <= k; i++) factorials.push((factorials[i - 1] ?? 1n) * BigInt(i));
  return factorials[k] ?? 1n;
}

/**
 * Turns exact counts into exact indices (definitions in docs/power.md).
 * @example indicesFromCounts(countsOf(unscGame)).indices.shapleyShubik
 */
export function indicesFromCounts(c: PowerCounts): PowerIndices {
  const n = c.n;
  const all = 1n << BigInt(n);
  const half = 1n << BigInt(n - 1);
  const losing = all - c.winning;
  const totalSwings = c.swings.reduce((a, b) => a + b, 0n);
  const missing = (name: IndexName, fallback: string): IndexValues => ({
    available: false,
    reason: c.unavailable[name] ?? fallback,
  });
  const shapleyCache = new Map<readonly bigint[], Rational>();
  const shapleyShubik: IndexValues = c.swingsBySize
    ? {
        available: true,
        values: c.swingsBySize.map((bySize) => {
          // Players of one type or weight share their row: each distinct row is summed once.
          const hit = shapleyCache.get(bySize);
          if (hit) return hit;
          let num = 0n;
          bySize.forEach((count, s) => {
            if (count !== 0n) num += count * factorial(s) * factorial(n - 1 - s);
          });
          const value = rationalOf(num, factorial(n));
          shapleyCache.set(bySize, value);
          return value;
        }),
      }
    : missing('shapleyShubik', 'no swing counts by coalition size');
  // Players of one weight share their swing count; reducing each distinct fraction once saves many gcds.
  const each = (f: (swings: bigint) => Rational): IndexValues => {
    const cache = new Map<bigint, Rational>();
    const values = c.swings.map((s) => {
      const hit = cache.get(s);
      if (hit) return hit;
      const r = f(s);
      cache.set(s, r);
      return r;
    });
    return { available: true, values };
  };
  return {
    colemanAct: rationalOf(c.winning, all),
    indices: {
      shapleyShubik,
      banzhaf: each((s) => (totalSwings === 0n ? ZERO : rationalOf(s, totalSwings))),
      penrose: each((s) => rationalOf(s, half)),
      colemanPrevent: each((s) => rationalOf(s, c.winning)),
      colemanInitiate: each((s) => rationalOf(s, losing)),
      johnston: c.johnstonRaw ? normalized(c.johnstonRaw) : missing('johnston', 'not computed by this method'),
      deeganPackel:
        c.minimalWinning?.sizeWeighted && !c.unavailable.deeganPackel
          ? {
              available: true,
              values: c.minimalWinning.sizeWeighted.map((r) => rationalOf(r.num, r.den * c.minimalWinning!.count)),
            }
          : missing('deeganPackel', 'not computed by this method'),
      holler:
        c.minimalWinning && !c.unavailable.holler
          ? normalized(c.minimalWinning.membership.map((m) => rationalOf(m)))
          : missing('holler', 'not computed by this method'),
    },
  };
}

function normalized(raw: readonly Rational[]): IndexValues {
  const total = raw.reduce(addRational, ZERO);
  return {
    available: true,
    values: raw.map((r) => (total.num === 0n ? ZERO : rationalOf(r.num * total.den, r.den * total.num))),
  };
}
