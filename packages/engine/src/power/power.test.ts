import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePower, POWER_METHODS, type PowerMethod, type PowerResult } from './compute.ts';
import { REFORM_MODELS, reformModelGame, vetoBodyGame } from './council-games.ts';
import { INDEX_NAMES, type IndexName } from './counts.ts';
import type { PowerGame, PowerRule } from './games.ts';
import { oracle } from './oracle.test-helpers.ts';
import { formatRational, type Rational, rationalToNumber } from './rational.ts';

function council(permanent: number, elected: number, quota: number): PowerGame {
  return vetoBodyGame({
    members: [
      ...Array.from({ length: permanent }, (_, i) => ({ name: `P${i + 1}`, veto: true })),
      ...Array.from({ length: elected }, (_, i) => ({ name: `E${i + 1}`, veto: false })),
    ],
    quota,
  });
}

function power(game: PowerGame, method?: PowerMethod): PowerResult {
  const r = computePower(game, method ? { method } : {});
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.value;
}

/** The index of the first permanent member and of the first elected member, as fractions. */
function pair(result: PowerResult, index: IndexName, elected: number): [string, string] {
  const v = result.indices[index];
  if (!v.available) throw new Error(`${index} unavailable: ${v.reason}`);
  return [formatRational(v.values[0] as Rational), formatRational(v.values[elected] as Rational)];
}

// Exact values for the Council. Derivations (P = permanent member, E = elected member):
// 15 members, 9 votes: a P swings with the other 4 P and ≥ 4 of 10 E: Σ_{k≥4} C(10,k) = 848 coalitions;
// an E swings with all 5 P and exactly 3 of the other 9 E: C(9,3) = 84. Winning coalitions: 848 of 2^15.
// Johnston: with 4 E all 9 members are critical (C(10,4) = 210 coalitions), with ≥ 5 E only the P are.
// Minimal winning coalitions: 5 P + 4 E, C(10,4) = 210, each of size 9; an E is in C(9,3) = 84 of them.
const COUNCIL_15: Record<IndexName, [string, string]> = {
  shapleyShubik: ['421/2145', '4/2145'],
  banzhaf: ['106/635', '21/1270'], // 848 / (5·848 + 10·84), 84 / 5080
  penrose: ['53/1024', '21/4096'], // 848 / 2^14, 84 / 2^14
  colemanPrevent: ['1', '21/212'], // 848 / 848, 84 / 848
  colemanInitiate: ['53/1995', '1/380'], // 848 / (32768 − 848), 84 / 31920
  johnston: ['283/1590', '7/636'], // (210/9 + 638/5) / (2544/3), (84/9) / (2544/3)
  deeganPackel: ['1/9', '2/45'], // 1/9, (84/210)·(1/9)
  holler: ['1/9', '2/45'], // 210 / (5·210 + 10·84), 84 / 1890
};
// 11 members, 7 votes: a P swings with ≥ 2 of 6 E: 64 − 1 − 6 = 57; an E with exactly 1 of 5 E: 5.
// Minimal winning: 5 P + 2 E, C(6,2) = 15, size 7; an E is in 5 of them.
const COUNCIL_11: Record<IndexName, [string, string]> = {
  shapleyShubik: ['76/385', '1/462'],
  banzhaf: ['19/105', '1/63'], // 57 / (5·57 + 6·5), 5 / 315
  penrose: ['57/1024', '5/1024'],
  colemanPrevent: ['1', '5/57'],
  colemanInitiate: ['57/1991', '5/1991'], // 57 / (2048 − 57)
  johnston: ['123/665', '5/399'], // raw P = 15/7 + 42/5 = 369/35, raw E = 5/7, total 399/7
  deeganPackel: ['1/7', '1/21'],
  holler: ['1/7', '1/21'], // 15 / (75 + 30), 5 / 105
};

describe('power indices of the Security Council', () => {
  for (const method of ['type-grouping', 'enumeration'] as const) {
    for (const index of INDEX_NAMES) {
      it(`gives the exact ${index} of the 15-member Council by ${method}`, () => {
        expect(pair(power(council(5, 10, 9), method), index, 5)).toEqual(COUNCIL_15[index]);
      });
      it(`gives the exact ${index} of the 11-member Council of 1946–65 by ${method}`, () => {
        expect(pair(power(council(5, 6, 7), method), index, 5)).toEqual(COUNCIL_11[index]);
      });
    }
  }

  it("gives the 15-member Council's power to act as 53/2048 (848 winning coalitions of 2^15)", () => {
    expect(formatRational(power(council(5, 10, 9)).colemanAct)).toBe('53/2048');
  });

  it('chooses type grouping for the Council and says so', () => {
    const r = power(council(5, 10, 9));
    expect(r.method).toBe('type-grouping');
    expect(r.methodDetail).toContain('5 + 10');
  });

  for (const method of ['weight-dp', 'meet-in-the-middle'] as const) {
    it(`gives every index of the Council by ${method} on the weighted form 7×5 + 1×10, quota 39`, () => {
      const game: PowerGame = {
        players: council(5, 10, 9).players,
        rule: { type: 'weighted', quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
      };
      const r = power(game, method);
      for (const index of INDEX_NAMES) expect(pair(r, index, 5)).toEqual(COUNCIL_15[index]);
    });
  }

  it('gives the weighted DP the Council’s Deegan–Packel and Holler values from minimal winning coalitions', () => {
    const game: PowerGame = {
      players: council(5, 10, 9).players,
      rule: { type: 'weighted', quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
    };
    const r = power(game, 'weight-dp');
    expect(pair(r, 'deeganPackel', 5)).toEqual(COUNCIL_15.deeganPackel);
    expect(pair(r, 'holler', 5)).toEqual(COUNCIL_15.holler);
  });
});

const arbitraryWeighted = (n: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
    .filter((w) => w.some((x) => x > 0))
    .chain((weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      return fc.integer({ min: 1, max: total }).map((quota): PowerRule => ({ type: 'weighted', quota, weights }));
    });

const arbitraryGame: fc.Arbitrary<PowerGame> = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const leaf = arbitraryWeighted(n);
  const rule: fc.Arbitrary<PowerRule> = fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 1,
      arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((rules): PowerRule => ({ type: 'all', rules })),
    },
    {
      weight: 1,
      arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((rules): PowerRule => ({ type: 'any', rules })),
    },
  );
  return rule.map((r) => ({ players: Array.from({ length: n }, (_, i) => `p${i}`), rule: r }));
});

function sameAsOracle(game: PowerGame, result: PowerResult): void {
  const o = oracle(game.players.length, game.rule);
  expect(formatRational(result.colemanAct)).toBe(formatRational(o.colemanAct));
  for (const index of INDEX_NAMES) {
    const v = result.indices[index];
    if (!v.available) continue;
    expect({ index, values: v.values.map(formatRational) }).toEqual({ index, values: o[index].map(formatRational) });
  }
}

describe('power indices against a brute-force oracle', () => {
  for (const method of POWER_METHODS) {
    it(`matches the oracle on every index ${method} computes, for random weighted and compound games`, () => {
      fc.assert(
        fc.property(arbitraryGame, (game) => {
          const r = computePower(game, { method });
          if (r.ok) sameAsOracle(game, r.value);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('matches the oracle with the automatically chosen method', () => {
    fc.assert(
      fc.property(arbitraryGame, (game) => {
        const r = computePower(game);
        expect(r.ok).toBe(true);
        if (r.ok) sameAsOracle(game, r.value);
      }),
      { numRuns: 150 },
    );
  });
});

describe('invariants of the indices', () => {
  const sumOf = (values: readonly Rational[]) => values.reduce((a, r) => a + Number(r.num) / Number(r.den), 0);

  it('makes Shapley–Shubik, Banzhaf, Johnston, Deegan–Packel and Holler each sum to 1', () => {
    fc.assert(
      fc.property(arbitraryGame, (game) => {
        const r = power(game);
        for (const index of ['shapleyShubik', 'banzhaf', 'johnston', 'deeganPackel', 'holler'] as const) {
          const v = r.indices[index];
          if (v.available) expect(sumOf(v.values)).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it('gives a player of weight 0 no power on any index', () => {
    fc.assert(
      fc.property(arbitraryWeighted(5), (rule) => {
        if (rule.type !== 'weighted') return;
        const game: PowerGame = {
          players: ['a', 'b', 'c', 'd', 'e', 'dummy'],
          rule: { ...rule, weights: [...rule.weights, 0] },
        };
        const r = power(game);
        for (const index of INDEX_NAMES) {
          const v = r.indices[index];
          if (v.available) expect(v.values[5]?.num).toBe(0n);
        }
      }),
    );
  });

  it('gives players of equal weight equal power on every index', () => {
    fc.assert(
      fc.property(arbitraryWeighted(6), (rule) => {
        if (rule.type !== 'weighted') return;
        const weights = [...rule.weights.slice(0, 5), rule.weights[0] ?? 0];
        const total = weights.reduce((a, b) => a + b, 0);
        if (total === 0) return;
        const r = power({
          players: ['a', 'b', 'c', 'd', 'e', 'f'],
          rule: { ...rule, weights, quota: Math.min(rule.quota, total) },
        });
        for (const index of INDEX_NAMES) {
          const v = r.indices[index];
          if (v.available)
            expect(formatRational(v.values[5] as Rational)).toBe(formatRational(v.values[0] as Rational));
        }
      }),
    );
  });

  it('gives every veto holder a Coleman power to prevent of 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 18 }),
        (p, e, q) => {
          const r = power(council(p, e, Math.min(q, p + e)));
          const v = r.indices.colemanPrevent;
          if (!v.available) throw new Error('colemanPrevent missing');
          for (let i = 0; i < p; i++) expect(formatRational(v.values[i] as Rational)).toBe('1');
        },
      ),
    );
  });
});

describe('methods agree on games too large for the oracle', () => {
  it('gives the same indices by weight DP and by meet-in-the-middle on 24-player weighted games', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 24, maxLength: 24 }),
        fc.double({ min: 0.3, max: 0.9, noNaN: true }),
        (weights, share) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const game: PowerGame = {
            players: weights.map((_, i) => `p${i}`),
            rule: { type: 'weighted', quota: Math.max(1, Math.ceil(total * share)), weights },
          };
          const dp = power(game, 'weight-dp');
          const mitm = power(game, 'meet-in-the-middle');
          for (const index of [
            'shapleyShubik',
            'banzhaf',
            'penrose',
            'colemanPrevent',
            'johnston',
            'deeganPackel',
            'holler',
          ] as const) {
            const a = dp.indices[index];
            const b = mitm.indices[index];
            if (!a.available || !b.available) throw new Error(`${index} missing`);
            expect(a.values.map(formatRational)).toEqual(b.values.map(formatRational));
          }
        },
      ),
      { numRuns: 10 },
    );
  });

  it('gives the same indices by weight DP and by meet-in-the-middle on 24-player double-majority rules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 24, maxLength: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.double({ min: 0.3, max: 0.9, noNaN: true }),
        (weights, count, blocking, share) => {
          const total = weights.reduce((a, b) => a + b, 0);
          if (total === 0) return;
          const ones = weights.map(() => 1);
          const game: PowerGame = {
            players: weights.map((_, i) => `p${i}`),
            rule: {
              type: 'any',
              rules: [
                {
                  type: 'all',
                  rules: [
                    { type: 'weighted', quota: count, weights: ones },
                    { type: 'weighted', quota: Math.max(1, Math.ceil(total * share)), weights },
                  ],
                },
                { type: 'weighted', quota: Math.max(count, blocking), weights: ones },
              ],
            },
          };
          const dp = power(game, 'weight-dp');
          const mitm = power(game, 'meet-in-the-middle');
          expect(formatRational(dp.colemanAct)).toBe(formatRational(mitm.colemanAct));
          for (const index of ['shapleyShubik', 'banzhaf', 'deeganPackel', 'holler'] as const) {
            const a = dp.indices[index];
            const b = mitm.indices[index];
            if (!a.available || !b.available) throw new Error(`${index} missing`);
            expect(a.values.map(formatRational)).toEqual(b.values.map(formatRational));
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it('counts a 60-player double-majority rule, too large for meet-in-the-middle, by weight DP', () => {
    const weights = Array.from({ length: 60 }, (_, i) => 1 + ((i * 37) % 23));
    const total = weights.reduce((a, b) => a + b, 0);
    const r = power({
      players: weights.map((_, i) => `p${i}`),
      rule: {
        type: 'all',
        rules: [
          { type: 'weighted', quota: 31, weights: weights.map(() => 1) },
          { type: 'weighted', quota: Math.ceil(total * 0.6), weights },
        ],
      },
    });
    expect(r.method).toBe('weight-dp');
    const ss = r.indices.shapleyShubik;
    if (!ss.available) throw new Error('missing');
    const sum = ss.values.reduce((a, v) => a + rationalToNumber(v), 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('gives the same minimal-winning indices by weight DP and by enumeration on 14-player games', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 14, maxLength: 14 }),
        fc.double({ min: 0.2, max: 0.9, noNaN: true }),
        (weights, share) => {
          const total = weights.reduce((a, b) => a + b, 0);
          if (total === 0) return;
          const game: PowerGame = {
            players: weights.map((_, i) => `p${i}`),
            rule: { type: 'weighted', quota: Math.max(1, Math.ceil(total * share)), weights },
          };
          const dp = power(game, 'weight-dp');
          const en = power(game, 'enumeration');
          for (const index of ['shapleyShubik', 'johnston', 'deeganPackel', 'holler'] as const) {
            const a = dp.indices[index];
            const b = en.indices[index];
            if (!a.available || !b.available) throw new Error(`${index} missing`);
            expect(a.values.map(formatRational)).toEqual(b.values.map(formatRational));
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('reform models', () => {
  it('builds Model A as 24 members with 5 veto holders and a quota of 14', () => {
    const game = reformModelGame(REFORM_MODELS['model-a']);
    expect(game.players).toHaveLength(24);
    expect(game.rule).toMatchObject({ type: 'all', rules: [{ quota: 14 }, { quota: 5 }] });
  });

  it('gives the G4 new permanent members the same a-priori power as elected members, since they hold no veto', () => {
    const r = power(reformModelGame(REFORM_MODELS.g4));
    const ss = r.indices.shapleyShubik;
    if (!ss.available) throw new Error('missing');
    const bra = r.players.indexOf('BRA');
    expect(formatRational(ss.values[bra] as Rational)).toBe(formatRational(ss.values[24] as Rational));
    expect(r.players).toHaveLength(25);
  });

  it('lets the quota be changed, and a higher quota raises the elected members’ share of Shapley–Shubik power', () => {
    const low = power(reformModelGame(REFORM_MODELS['model-b'], 13)).indices.shapleyShubik;
    const high = power(reformModelGame(REFORM_MODELS['model-b'], 16)).indices.shapleyShubik;
    if (!low.available || !high.available) throw new Error('missing');
    const e = (v: readonly Rational[]) => Number((v[23] as Rational).num) / Number((v[23] as Rational).den);
    expect(e(high.values)).toBeGreaterThan(e(low.values));
  });
});
