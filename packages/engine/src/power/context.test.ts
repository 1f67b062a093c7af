import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MemberId, memberId } from '../ids.ts';
import type { DecisionRule } from '../rules/instrument.ts';
import { decideVotes } from '../rules/outcome.ts';
import type { VoteValue } from '../rules/vote.ts';
import type { CastVote, PredictedVote, VoteDistribution } from '../scenario/position.ts';
import { computePower } from './compute.ts';
import { pivotProbabilities, pivotProbabilitiesWork, ruleGame } from './context.ts';
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

  it('finishes 1,000 uncertain members with the stop check asked O(n log n) times, not O(n²)', () => {
    const body = members(1000);
    const rule: DecisionRule = { type: 'substantive', threshold: 600, vetoHolders: body.slice(0, 5) };
    const votes = new Map(
      body.map((m, i) => [
        m,
        uncertain({ yes: 0.5 + (i % 7) / 100, no: 0.2, abstain: 0.2 - (i % 7) / 100, absent: 0.1 }),
      ]),
    );
    let checks = 0;
    const r = pivotProbabilities(votes, body, rule, {
      stop: () => {
        checks++;
        return false;
      },
    });
    expect(r.stopped).toBe(false);
    expect(r.members).toHaveLength(1000);
    // Each check follows one member factor (at most n + 1 cells): 2 models × n × ⌈log₂ n⌉ factors at most.
    expect(checks).toBeGreaterThan(0);
    expect(checks).toBeLessThanOrEqual(2 * 1000 * 10);
    expect(pivotProbabilitiesWork(1000)).toBeLessThan(3e7);
    for (const m of r.members) expect(m.pivotal).toBeGreaterThanOrEqual(0);
  });

  it('returns the members finished before a stop, each equal to the full answer', () => {
    const body = members(40);
    const rule: DecisionRule = { type: 'substantive', threshold: 25, vetoHolders: body.slice(0, 3) };
    const votes = new Map(
      body.map((m, i) => [m, uncertain({ yes: 0.7, no: (i % 3) / 10, abstain: 0.3 - (i % 3) / 10, absent: 0 })]),
    );
    const full = pivotProbabilities(votes, body, rule);
    let checks = 0;
    const cut = pivotProbabilities(votes, body, rule, { stop: () => ++checks > 150 });
    expect(cut.stopped).toBe(true);
    expect(cut.members.length).toBeGreaterThan(0);
    expect(cut.members.length).toBeLessThan(40);
    expect(cut.members).toEqual(full.members.slice(0, cut.members.length));
    expect(cut.adoption).toBe(full.adoption);
  });
});
