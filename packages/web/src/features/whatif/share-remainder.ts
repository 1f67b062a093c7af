import { CAST_VOTES, type CastVote, DISTRIBUTION_TOLERANCE } from '@horseshoe/engine';

/** What is left to assign (positive) or assigned too much (negative) when shares do not sum to 1. */
export interface ShareRemainder {
  /** 1 minus the sum of the shares, rounded to 6 decimals. */
  readonly remainder: number;
  /** For each vote whose share can take the whole remainder (stay within 0 and 1): the shares after it does. */
  readonly fixes: readonly { readonly vote: CastVote; readonly shares: Readonly<Record<CastVote, number>> }[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The remainder of shares that are all numbers but do not sum to 1, and the ways to settle it on one
 * vote; null when they already sum to 1 (within the engine's tolerance) or one is not a number.
 * @example shareRemainder({ yes: 0.5, no: 0.2, abstain: 0, absent: 0 }) // remainder 0.3, four fixes
 */
export function shareRemainder(shares: Readonly<Record<CastVote, number>>): ShareRemainder | null {
  const values = CAST_VOTES.map((v) => shares[v]);
  if (values.some((p) => !Number.isFinite(p))) return null;
  const remainder = round6(1 - values.reduce((s, p) => s + p, 0));
  if (Math.abs(remainder) <= DISTRIBUTION_TOLERANCE) return null;
  const fixes = CAST_VOTES.flatMap((vote) => {
    const settled = round6(shares[vote] + remainder);
    return settled >= 0 && settled <= 1 ? [{ vote, shares: { ...shares, [vote]: settled } }] : [];
  });
  return { remainder, fixes };
}
