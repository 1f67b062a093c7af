import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MemberId, memberId } from '../ids.ts';
import type { DecisionRule } from '../rules/instrument.ts';
import { decideVotes } from '../rules/outcome.ts';
import type { VoteValue } from '../rules/vote.ts';
import type { CastVote, PredictedVote, VoteDistribution } from '../scenario/position.ts';
import { computePower } from './compute.ts';
import { pivotProbabilities, ruleGame } from './context.ts';
import { rationalToNumber } from './rational.ts';

const fixed = (vote: CastVote): PredictedVote => ({ vote, reason: { type: 'fixed', vote } });
const uncertain = (d: VoteDistribution): PredictedVote => ({
  vote: d,
  reason: { type: 'distribution', distribution: d },
});
const CAST: readonly CastVote[] = ['yes', 'no', 'abstain', 'absent'];

function members(n: number): MemberId[] {
  return Array.from({ length: n }, (_, i) => memberId(`M${i + 1}`));
}

/** Brute force: every combination of the others' votes, each outcome decided by decideVotes. */
function bruteForcePivot(
  votes: ReadonlyMap<MemberId, PredictedVote>,
  body: readonly MemberId[],
  rule: DecisionRule,
  who: MemberId,
): number {
  const others = body.filter((m) => m !== who);
  let p = 0;
  const walk = (k: number, chosen: Map<MemberId, VoteValue>, mass: number) => {
    if (mass === 0) return;
    if (k === others.length) {
      const yes = decideVotes(new Map([...chosen, [who, 'yes']]), body, rule).adopted;
      const no = decideVotes(new Map([...chosen, [who, 'no']]), body, rule).adopted;
      if (yes !== no) p += mass;
      return;
    }
    const m = others[k] as MemberId;
    const v = votes.get(m)?.vote ?? 'absent';
    for (const c of CAST) {
      const pc = typeof v === 'string' ? (v === c ? 1 : 0) : v[c];
      walk(k + 1, new Map([...chosen, [m, c]]), mass * pc);
    }
  };
  walk(0, new Map(), 1);
  return p;
}

const arbitraryDistribution: fc.Arbitrary<VoteDistribution> = fc
  .tuple(fc.nat(10), fc.nat(10), fc.nat(10), fc.nat(10))
  .filter((xs) => xs.some((x) => x > 0))
  .map(([a, b, c, d]) => {
    const t = a + b + c + d;
    return { yes: a / t, no: b / t, abstain: c / t, absent: d / t };
  });

describe('power in context', () => {
  it('makes a lone permanent no the only pivotal vote when everyone else votes yes', () => {
    const body = members(15);
    const rule: DecisionRule = { type: 'substantive', threshold: 9, vetoHolders: body.slice(0, 5) };
    const votes = new Map(body.map((m, i) => [m, fixed(i === 2 ? 'no' : 'yes')]));
    const r = pivotProbabilities(votes, body, rule);
    expect(r.members.map((m) => m.pivotal)).toEqual(body.map((_, i) => (i === 2 ? 1 : 0)));
    expect(r.adoption).toBe(0);
  });

  it('gives the a-priori column the exact Penrose index of the rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 10 }),
        (p, e, q) => {
          const body = members(p + e);
          const rule: DecisionRule = {
            type: 'substantive',
            threshold: Math.min(q, p + e),
            vetoHolders: body.slice(0, p),
          };
          const r = pivotProbabilities(new Map(), body, rule);
          const penrose = computePower(ruleGame(rule, body));
          if (!penrose.ok || !penrose.value.indices.penrose.available) throw new Error('penrose missing');
          const exact = penrose.value.indices.penrose.values.map(rationalToNumber);
          r.members.forEach((m, i) => {
            expect(m.aPriori).toBeCloseTo(exact[i] ?? -1, 12);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  for (const rule of ['substantive', 'procedural', 'consensus'] as const) {
    it(`matches brute-force enumeration of the others' votes under the ${rule} rule`, () => {
      fc.assert(
        fc.property(
          fc.array(arbitraryDistribution, { minLength: 2, maxLength: 6 }),
          fc.integer({ min: 1, max: 6 }),
          (ds, q) => {
            const body = members(ds.length);
            const r: DecisionRule =
              rule === 'substantive'
                ? { type: 'substantive', threshold: Math.min(q, ds.length), vetoHolders: body.slice(0, 2) }
                : rule === 'procedural'
                  ? { type: 'procedural', threshold: Math.min(q, ds.length) }
                  : { type: 'consensus', instrument: 'presidential-statement' };
            const votes = new Map(body.map((m, i) => [m, uncertain(ds[i] as VoteDistribution)]));
            const result = pivotProbabilities(votes, body, r);
            for (const m of result.members)
              expect(m.pivotal).toBeCloseTo(bruteForcePivot(votes, body, r, m.member), 12);
          },
        ),
        { numRuns: 40 },
      );
    });
  }
});
