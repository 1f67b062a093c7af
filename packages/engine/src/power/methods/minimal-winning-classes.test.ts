import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomWeightedGame } from '../../testing/random-power-game.ts';
import type { MinimalWinningCounts } from '../counts.ts';
import { normalizeGame, type PowerGame, type WeightedLeaf } from '../games.ts';
import { formatRational } from '../rational.ts';
import { countByEnumeration } from './enumerate.ts';
import { countMinimalWinningByClass } from './minimal-winning-classes.ts';
import { countMinimalWinning } from './minimal-winning-dp.ts';
import { countMinimalWinningMembership } from './minimal-winning-membership.ts';
import { sizeWeightBounds } from './size-weight-table.ts';
import { StopSignal } from './stop.ts';

function leafOf(game: PowerGame): WeightedLeaf {
  const r = normalizeGame(game);
  if (!r.ok || !r.value.leaves[0]) throw new Error('bad game');
  return r.value.leaves[0];
}

const show = (c: MinimalWinningCounts) => ({
  count: c.count,
  membership: c.membership,
  sizeWeighted: c.sizeWeighted?.map(formatRational) ?? null,
});

const smallGame = fc
  .array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 12 })
  .filter((w) => w.some((x) => x > 0))
  .chain((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    return fc.integer({ min: 1, max: total }).map(
      (quota): PowerGame => ({
        players: weights.map((_, i) => `p${i}`),
        rule: { type: 'weighted', quota, weights },
      }),
    );
  });

describe('minimal winning coalitions by lightest weight class', () => {
  it('counts what enumeration counts, by size, on random small games with zero and equal weights', () => {
    fc.assert(
      fc.property(smallGame, (game) => {
        const normal = normalizeGame(game);
        if (!normal.ok) throw new Error('bad game');
        const enumerated = countByEnumeration(normal.value);
        const expected = enumerated.minimalWinning;
        if (!expected) throw new Error('enumeration gave no minimal winning counts');
        const got = countMinimalWinningByClass(leafOf(game), true);
        expect(show(got)).toEqual(show(expected));
        expect(got.winning).toBe(enumerated.winning);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same count and membership without sizes as with them', () => {
    fc.assert(
      fc.property(smallGame, (game) => {
        const leaf = leafOf(game);
        const withSizes = countMinimalWinningByClass(leaf, true);
        const without = countMinimalWinningByClass(leaf, false);
        expect(without.sizeWeighted).toBeNull();
        expect([without.count, without.membership, without.winning]).toEqual([
          withSizes.count,
          withSizes.membership,
          withSizes.winning,
        ]);
      }),
      { numRuns: 200 },
    );
  });

  for (const n of [50, 70]) {
    it(`agrees with the forward–backward Holler count on the ${n}-player benchmark game`, () => {
      const leaf = leafOf(randomWeightedGame(n));
      const reference = countMinimalWinningMembership(leaf);
      const got = countMinimalWinningByClass(leaf, false);
      expect([got.count, got.membership]).toEqual([reference.count, reference.membership]);
    });
  }

  it('agrees with the per-player (size, weight) table count on the 50-player benchmark game, by size', () => {
    const leaf = leafOf(randomWeightedGame(50));
    const need = new Array<number>(leaf.weights.length + 2).fill(leaf.quota);
    const reference = countMinimalWinning(leaf.weights, sizeWeightBounds(leaf.weights, need), 60);
    expect(show(countMinimalWinningByClass(leaf, true))).toEqual(show(reference));
  });

  it('checks the stop function between weight classes and stops when it says so', () => {
    const leaf = leafOf(randomWeightedGame(60));
    let calls = 0;
    expect(() => countMinimalWinningByClass(leaf, true, () => ++calls > 3)).toThrow(StopSignal);
    expect(calls).toBe(4);
  });
});
