import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeGame } from '../games.ts';
import { countByEnumeration } from './enumerate.ts';
import { weightDp } from './weighted-dp.ts';

describe('the DP over weight alone', () => {
  it('gives the swings and the losing coalitions that enumeration gives, for every weight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (weights, share) => {
          const total = weights.reduce((a, b) => a + b, 0);
          if (total === 0) return;
          const quota = Math.max(1, Math.ceil(total * share));
          const game = normalizeGame({
            players: weights.map((_, i) => `p${i}`),
            rule: { type: 'weighted', quota, weights },
          });
          if (!game.ok) throw new Error('invalid game');
          const classes = [...new Set(weights)];
          const dp = weightDp({ quota, weights, total, scale: 1 }, classes);
          const en = countByEnumeration(game.value);
          expect(dp.losing).toBe((1n << BigInt(weights.length)) - en.winning);
          weights.forEach((w, i) => {
            expect(dp.swings[classes.indexOf(w)]).toBe(en.swings[i]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
