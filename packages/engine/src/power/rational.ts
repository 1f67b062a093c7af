/** An exact fraction with BigInt numerator and denominator, kept in lowest terms with a positive denominator. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** Greatest common divisor of two BigInts (always non-negative). */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Builds a fraction in lowest terms; throws on a zero denominator (a bug in the caller).
 * @example rationalOf(2n, 4n) // { num: 1n, den: 2n }
 */
export function rationalOf(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new Error(`zero denominator for numerator ${num}`);
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** The fraction 0. */
export const ZERO: Rational = { num: 0n, den: 1n };

/** Sum of two fractions. */
export function addRational(a: Rational, b: Rational): Rational {
  return rationalOf(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** True when two fractions are equal. */
export function equalRational(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

/** Number of bits of a non-negative BigInt. */
export function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * The nearest double to a fraction, even when numerator and denominator overflow a double.
 * @example rationalToNumber(rationalOf(421n, 2145n)) // 0.19627…
 */
export function rationalToNumber(r: Rational): number {
  const bits = Math.max(bitLength(r.num < 0n ? -r.num : r.num), bitLength(r.den));
  const shift = BigInt(Math.max(0, bits - 1000));
  return Number(r.num >> shift) / Number(r.den >> shift);
}

/**
 * The fraction written `num/den`, or `num` for a whole number.
 * @example formatRational(rationalOf(4n, 2145n)) // '4/2145'
 */
export function formatRational(r: Rational): string {
  return r.den === 1n ? String(r.num) : `${r.num}/${r.den}`;
}
