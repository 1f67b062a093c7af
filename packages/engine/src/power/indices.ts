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
 * Turns exact counts into exact indices (definitions in docs/power.md); with `wanted`, the others are reported
 * "not requested" and their fractions are not reduced.
 * @example indicesFromCounts(countsOf(unscGame)).indices.shapleyShubik
 */
export function indicesFromCounts(c: PowerCounts, wanted?: ReadonlySet<IndexName>): PowerIndices {
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
  const notRequested: IndexValues = { available: false, reason: 'not requested' };
  const shapleyShubik: IndexValues =
    wanted && !wanted.has('shapleyShubik')
      ? notRequested
      : c.swingsBySize
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
  const each = (name: IndexName, f: (swings: bigint) => Rational): IndexValues => {
    if (wanted && !wanted.has(name)) return notRequested;
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
      banzhaf: each('banzhaf', (s) => (totalSwings === 0n ? ZERO : rationalOf(s, totalSwings))),
      penrose: each('penrose', (s) => rationalOf(s, half)),
      colemanPrevent: each('colemanPrevent', (s) => rationalOf(s, c.winning)),
      colemanInitiate: each('colemanInitiate', (s) => rationalOf(s, losing)),
      johnston:
        wanted && !wanted.has('johnston')
          ? notRequested
          : c.johnstonRaw
            ? normalized(c.johnstonRaw)
            : missing('johnston', 'not computed by this method'),
      deeganPackel:
        wanted && !wanted.has('deeganPackel')
          ? notRequested
          : c.minimalWinning?.sizeWeighted && !c.unavailable.deeganPackel
            ? {
                available: true,
                values: c.minimalWinning.sizeWeighted.map((r) => rationalOf(r.num, r.den * c.minimalWinning!.count)),
              }
            : missing('deeganPackel', 'not computed by this method'),
      holler:
        wanted && !wanted.has('holler')
          ? notRequested
          : c.minimalWinning && !c.unavailable.holler
            ? normalized(c.minimalWinning.membership.map((m) => rationalOf(m)))
            : missing('holler', 'not computed by this method'),
    },
  };
}

function normalized(raw: readonly Rational[]): IndexValues {
  const total = raw.reduce(addRational, ZERO);
  // Players of one weight share their raw value: each distinct one is reduced once.
  const cache = new Map<Rational, Rational>();
  const share = (r: Rational) => {
    if (total.num === 0n) return ZERO;
    const hit = cache.get(r);
    if (hit) return hit;
    const value = rationalOf(r.num * total.den, r.den * total.num);
    cache.set(r, value);
    return value;
  };
  return { available: true, values: raw.map(share) };
}
