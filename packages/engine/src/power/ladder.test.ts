// Issue 17: every index of the benchmark family (weights 1–100, quota half the total plus one), computed one
// index at a time by the weight DP, against independent exact computations: the textbook oracle (≤ 8
// players) and enumeration of all 2^n coalitions (up to 16 players).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomWeightedGame } from '../testing/random-power-game.ts';
import { computePower, type PowerResult } from './compute.ts';
import { INDEX_NAMES, type IndexName } from './counts.ts';
import type { PowerGame, PowerRule } from './games.ts';
import { oracle } from './oracle.test-helpers.ts';
import { formatRational } from './rational.ts';

const values = (r: PowerResult, index: IndexName) => {
  const v = r.indices[index];
  if (!v.available) throw new Error(`${index} unavailable: ${v.reason}`);
  return v.values.map(formatRational);
};

function alone(game: PowerGame, index: IndexName): PowerResult {
  const r = computePower(game, { method: 'weight-dp', indices: [index] });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.value;
}

describe('each index alone by the weight DP on the benchmark family', () => {
  for (const n of [6, 8]) {
    for (const index of INDEX_NAMES) {
      it(`gives the oracle's ${index} on the ${n}-player random game`, () => {
        const game = randomWeightedGame(n);
        const o = oracle(n, game.rule);
        expect(values(alone(game, index), index)).toEqual(o[index].map(formatRational));
      });
    }
  }
  for (const n of [14, 16]) {
    for (const index of INDEX_NAMES) {
      it(`gives enumeration's ${index} on the ${n}-player random game`, () => {
        const game = randomWeightedGame(n);
        const byEnumeration = computePower(game, { method: 'enumeration' });
        if (!byEnumeration.ok) throw new Error('enumeration failed');
        expect(values(alone(game, index), index)).toEqual(values(byEnumeration.value, index));
      });
    }
  }

  for (const index of ['holler', 'deeganPackel'] as const) {
    it(`gives Coleman's power to act with ${index} alone, from the same pass`, () => {
      const game = randomWeightedGame(40);
      const all = computePower(game, { method: 'weight-dp' });
      if (!all.ok) throw new Error('failed');
      expect(formatRational(alone(game, index).colemanAct)).toBe(formatRational(all.value.colemanAct));
    });
  }

  it('reports the indices it was not asked for as not requested', () => {
    const r = alone(randomWeightedGame(30), 'holler');
    expect(r.indices.shapleyShubik).toEqual({ available: false, reason: 'not requested' });
    expect(r.indices.holler.available).toBe(true);
  });
});

describe('the Holler and Johnston DPs on arbitrary weighted games', () => {
  const arbitraryWeighted = fc
    .array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 })
    // Two distinct weights at least: equal weights make a head count, which the weight DP counts differently.
    .filter((w) => new Set(w).size > 1)
    .chain((weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      return fc.integer({ min: 1, max: total }).map((quota): PowerRule => ({ type: 'weighted', quota, weights }));
    });

  for (const index of ['holler', 'johnston', 'deeganPackel'] as const) {
    it(`matches the oracle's ${index} with zero, equal and decisive weights and any quota`, () => {
      fc.assert(
        fc.property(arbitraryWeighted, (rule) => {
          const n = rule.type === 'weighted' ? rule.weights.length : 0;
          const game = { players: Array.from({ length: n }, (_, i) => `p${i}`), rule };
          expect(values(alone(game, index), index)).toEqual(oracle(n, rule)[index].map(formatRational));
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('a stop check (the CLI time limit)', () => {
  it('returns the indices finished before the stop and marks the rest as stopped', () => {
    const game = randomWeightedGame(60);
    let calls = 0;
    // Banzhaf's weight DP checks once per player and modulus (2 × 60 calls); Johnston checks after that.
    const r = computePower(game, { method: 'weight-dp', indices: ['banzhaf', 'johnston'], stop: () => ++calls > 121 });
    if (!r.ok) throw new Error('failed');
    expect(r.value.stopped).toBe(true);
    expect(r.value.indices.banzhaf.available).toBe(true);
    expect(r.value.indices.johnston).toMatchObject({ available: false, reason: expect.stringMatching(/time limit/) });
  });

  it('is not stopped when the check never fires', () => {
    const r = computePower(randomWeightedGame(40), { method: 'weight-dp', stop: () => false });
    expect(r.ok && r.value.stopped).toBe(false);
  });
});

describe('a stop check that fires at once', () => {
  it('fails with power/stopped rather than report indices it never counted', () => {
    const r = computePower(randomWeightedGame(60), { method: 'weight-dp', stop: () => true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe('power/stopped');
  });
});
