import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MemberId, memberId } from '../ids.ts';
import type { DecisionRule } from '../rules/instrument.ts';
import { decideVotes } from '../rules/outcome.ts';
import type { VoteValue } from '../rules/vote.ts';
import { createDecision } from './create-decision.ts';
import { evaluateDecision } from './evaluate.ts';
import { CAST_VOTES, type CastVote, type PredictedVote, type VoteDistribution } from './position.ts';
import { adoptionProbability, distributionOf, modalVote } from './probability.ts';

const d = (yes: number, no: number, abstain: number, absent: number): VoteDistribution => ({
  yes,
  no,
  abstain,
  absent,
});

describe('adoptionProbability', () => {
  it('is the product of yes probabilities when a resolution needs every one of the uncertain votes', () => {
    // 8 certain yes among the 15; E9 yes with 0.6, E10 yes with 0.5: adopted iff 9 yes, i.e. at least one of them.
    const dec = createDecision({
      positions: {
        E8: { vote: 'abstain' },
        E9: { vote: d(0.6, 0, 0.4, 0) },
        E10: { vote: d(0.5, 0, 0, 0.5) },
        E1: { vote: 'abstain' },
        E2: { vote: 'abstain' },
        E3: { vote: 'abstain' },
        E4: { vote: 'abstain' },
        E5: { vote: 'abstain' },
      },
    });
    // yes certain: P5 + E6 + E7 = 7; need 2 more from E9, E10: 0.6 * 0.5 = 0.3.
    expect(evaluateDecision(dec).probability).toBeCloseTo(0.3, 12);
  });

  it('multiplies the chances that no permanent member vetoes', () => {
    // RUS no with 0.3, CHN no with 0.2, everything else yes: P = 0.7 * 0.8 = 0.56.
    const dec = createDecision({ positions: { RUS: { vote: d(0.7, 0.3, 0, 0) }, CHN: { vote: d(0.8, 0.2, 0, 0) } } });
    expect(evaluateDecision(dec).probability).toBeCloseTo(0.56, 12);
  });

  it('ignores an elected member’s no under the substantive rule but not under consensus', () => {
    const positions = { E1: { vote: d(0.25, 0.75, 0, 0) } };
    expect(evaluateDecision(createDecision({ positions })).probability).toBeCloseTo(1, 12);
    expect(evaluateDecision(createDecision({ positions, instrument: 'press-elements' })).probability).toBeCloseTo(
      0.25,
      12,
    );
  });

  it('counts abstention and absence as not blocking a consensus text', () => {
    const positions = { E1: { vote: d(0, 0.1, 0.5, 0.4) }, USA: { vote: d(0.5, 0.5, 0, 0) } };
    // Agreed iff neither votes no: 0.9 * 0.5 = 0.45.
    const e = evaluateDecision(createDecision({ positions, instrument: 'presidential-statement' }));
    expect(e.probability).toBeCloseTo(0.45, 12);
    expect(e.passed).toBe(false);
  });

  it('combines the threshold and the veto exactly in a hand-computed case', () => {
    // Body A, B, C; threshold 2; A holds a veto. A: yes .5 / no .5; B: yes .5 / abstain .5; C: yes .4 / absent .6.
    // Adopted iff A votes yes (.5) and at least one of B, C votes yes (1 - .5 * .6 = .7): .5 * .7 = .35.
    const dec = createDecision({
      members: ['A', 'B', 'C'],
      permanent: ['A'],
      threshold: 2,
      positions: { A: { vote: d(0.5, 0.5, 0, 0) }, B: { vote: d(0.5, 0, 0.5, 0) }, C: { vote: d(0.4, 0, 0, 0.6) } },
    });
    expect(evaluateDecision(dec).probability).toBeCloseTo(0.35, 12);
  });

  it('agrees with enumerating every combination of votes through decideVotes', () => {
    const rules: DecisionRule[] = [
      { type: 'substantive', threshold: 3, vetoHolders: [memberId('M0'), memberId('M1')] },
      { type: 'procedural', threshold: 3 },
      { type: 'consensus', instrument: 'press-statement' },
    ];
    const dist = fc
      .tuple(fc.nat(4), fc.nat(4), fc.nat(4), fc.nat(4))
      .filter((xs) => xs.some((x) => x > 0))
      .map(([a, b, c2, e]) => {
        const s = a + b + c2 + e;
        return d(a / s, b / s, c2 / s, e / s);
      });
    fc.assert(
      fc.property(fc.array(dist, { minLength: 1, maxLength: 5 }), fc.constantFrom(...rules), (dists, rule) => {
        const members = dists.map((_, i) => memberId(`M${i}`));
        const votes = new Map<MemberId, PredictedVote>(
          members.map((m, i) => [
            m,
            {
              vote: dists[i] as VoteDistribution,
              reason: { type: 'distribution', distribution: dists[i] as VoteDistribution },
            },
          ]),
        );
        expect(adoptionProbability(votes, members, rule)).toBeCloseTo(enumerate(dists, members, rule), 10);
      }),
    );
  });
});

describe('modalVote and distributionOf', () => {
  it('picks the most likely vote, ties to the earlier value', () => {
    expect(modalVote(d(0.4, 0.4, 0.2, 0))).toBe('yes');
    expect(modalVote(d(0.1, 0.2, 0.3, 0.4))).toBe('absent');
    expect(modalVote('no')).toBe('no');
  });

  it('turns a fixed vote into a certain distribution', () => {
    expect(distributionOf({ vote: 'abstain', reason: { type: 'fixed', vote: 'abstain' } })).toEqual(d(0, 0, 1, 0));
  });
});

function enumerate(dists: readonly VoteDistribution[], members: readonly MemberId[], rule: DecisionRule): number {
  let total = 0;
  const walk = (i: number, p: number, acc: Map<MemberId, VoteValue>) => {
    if (p === 0) return;
    if (i === members.length) {
      if (decideVotes(acc, members, rule).adopted) total += p;
      return;
    }
    for (const v of CAST_VOTES as readonly CastVote[]) {
      const next = new Map(acc);
      next.set(members[i] as MemberId, v);
      walk(i + 1, p * (dists[i] as VoteDistribution)[v], next);
    }
  };
  walk(0, 1, new Map());
  return total;
}
