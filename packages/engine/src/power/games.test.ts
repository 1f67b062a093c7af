import { describe, expect, it } from 'vitest';
import { computePower } from './compute.ts';
import { describeRule, normalizeGame, quotaFromShare } from './games.ts';
import { countExactly } from './modular.ts';
import { formatRational, rationalOf, rationalToNumber } from './rational.ts';

describe('checking and scaling a game', () => {
  it('scales decimal weights and quota to whole numbers by one power of ten', () => {
    const r = normalizeGame({
      players: ['a', 'b', 'c'],
      rule: { type: 'weighted', quota: 1.5, weights: [0.5, 1, 0.25] },
    });
    expect(r.ok && r.value.leaves[0]).toMatchObject({ quota: 150, weights: [50, 100, 25], scale: 100 });
  });

  it('names the field of every error in a compound rule', () => {
    const r = normalizeGame({
      players: ['a', 'b'],
      rule: {
        type: 'any',
        rules: [
          { type: 'weighted', quota: 1, weights: [1, -1] },
          { type: 'all', rules: [] },
        ],
      },
    });
    expect(r.ok ? [] : r.errors.map((e) => e.details?.field)).toEqual(['rule.any[0].weights[1]', 'rule.any[1].all']);
  });

  it('rejects a quota above the total weight, since no coalition could win', () => {
    const r = normalizeGame({ players: ['a', 'b'], rule: { type: 'weighted', quota: 3, weights: [1, 1] } });
    expect(r.ok ? '' : r.errors[0]?.message).toContain('exceeds the total weight');
  });

  it('rejects a player listed twice', () => {
    const r = normalizeGame({ players: ['a', 'a'], rule: { type: 'weighted', quota: 1, weights: [1, 1] } });
    expect(r.ok ? '' : r.errors[0]?.message).toContain('listed twice');
  });

  it('says in the method line that decimal weights were scaled', () => {
    const r = computePower({
      players: ['a', 'b', 'c'],
      rule: { type: 'weighted', quota: 1.5, weights: [0.5, 1, 0.25] },
    });
    expect(r.ok && r.value.methodDetail).toContain('scaled by 100');
  });
});

describe('quotas given as a share', () => {
  it('rounds 65% of the total weight up to the next whole unit, exactly', () => {
    // 0.65 × 448396591 = 291457784.15, so 291457785 is the smallest population that reaches 65%.
    expect(quotaFromShare([448396591], 65)).toBe(291457785);
  });

  it('keeps an exact share exact', () => {
    expect(quotaFromShare([100, 200, 700], 65)).toBe(650);
  });
});

describe('rule descriptions', () => {
  it('writes a head count as a count', () => {
    expect(describeRule({ type: 'weighted', quota: 15, weights: Array(27).fill(1) })).toBe('count ≥ 15 (of 27)');
  });
});

describe('exact arithmetic', () => {
  it('recovers a 200-bit count from its residues modulo 50-bit primes', () => {
    const big = (1n << 199n) + 123456789n;
    const [back] = countExactly(200, (m) => Float64Array.of(Number(big % BigInt(m))));
    expect(back).toBe(big);
  });

  it('reduces fractions and converts huge ones to the nearest double', () => {
    expect(formatRational(rationalOf(842n, 4290n))).toBe('421/2145');
    expect(rationalToNumber(rationalOf(1n << 2000n, 3n << 2000n))).toBeCloseTo(1 / 3, 15);
  });
});
