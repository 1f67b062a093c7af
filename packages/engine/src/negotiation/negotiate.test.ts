import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberId } from '../ids.ts';
import { predictVote } from '../scenario/position.ts';
import { positionOf } from '../scenario/predict.ts';
import { modalVote } from '../scenario/probability.ts';
import { votesOnText } from '../search/text-votes.ts';
import { decisionFrom, randomDecision, seededRng } from '../testing/index.ts';
import { negotiate } from './negotiate.ts';
import type { StrategyName } from './strategies.ts';

const P1 = memberId('P1');
const A = memberId('A');

/** P2 (permanent) rejects c1, which is worth 1 of the 3 the penholder P1 gets from the tabled text. */
const costly = decisionFrom({
  clauses: ['c1', 'c2'],
  positions: { P1: { values: { c1: 1, c2: 2 } }, P2: { rejects: ['c1'] } },
});

function playAs(strategy: StrategyName, rounds = 10) {
  return negotiate({
    decision: costly,
    penholder: P1,
    rounds,
    strategies: new Map([[P1, strategy]]),
    rng: seededRng(7),
  });
}

const acceptedIn = (r: ReturnType<typeof negotiate>) => r.steps.find((s) => s.action === 'accept-amendment')?.round;

describe('negotiate', () => {
  it('a hard-liner penholder never gives up the clause the veto holder rejects, and the text is vetoed', () => {
    const r = playAs('hard-liner');
    expect(acceptedIn(r)).toBeUndefined();
    expect([r.passed, r.text]).toEqual([false, ['c1', 'c2']]);
    expect(r.outcome.vetoes).toEqual(['P2']);
  });

  it('a Conceder gives way in the first round, a Boulware only near the deadline, and both texts pass', () => {
    const conceder = playAs('conceder');
    const boulware = playAs('boulware');
    expect([acceptedIn(conceder), acceptedIn(boulware)]).toEqual([1, 9]);
    expect([conceder.passed, boulware.passed, boulware.text]).toEqual([true, true, ['c2']]);
  });

  it('tit-for-tat opens with one step and, with nothing to reciprocate, holds there', () => {
    const cheap = decisionFrom({
      clauses: ['c1', 'c2'],
      positions: { P1: { values: { c1: 0.2, c2: 2.8 } }, P2: { rejects: ['c1'] } },
    });
    const r = negotiate({
      decision: cheap,
      penholder: P1,
      strategies: new Map([[P1, 'tit-for-tat']]),
      rng: seededRng(1),
    });
    expect([acceptedIn(r), r.passed]).toEqual([1, true]);
    expect(acceptedIn(playAs('tit-for-tat'))).toBeUndefined();
  });

  it('a member’s strategy shapes the end: B holding out as a hard-liner or tit-for-tat costs the penholder the text a Boulware or Conceder B lets through', () => {
    // A needs one vote besides its own; B votes yes on x and y only at its own yesAt 1, and asks for x alone (worth 2) while it holds out.
    const d = decisionFrom({
      clauses: ['x', 'y'],
      tabled: ['y'],
      members: ['A', 'B', 'C'],
      permanent: ['A'],
      threshold: 2,
      positions: { A: { values: { y: 3, x: -1 } }, B: { values: { x: 2, y: -1 }, yesAt: 1 }, C: { values: { y: -2 } } },
    });
    const end = (b: StrategyName) => {
      const r = negotiate({ decision: d, penholder: A, rng: seededRng(1), strategies: new Map([[memberId('B'), b]]) });
      return [r.passed, r.text, r.penholderUtility];
    };
    expect(end('boulware')).toEqual([true, ['y', 'x'], 2]);
    expect(end('conceder')).toEqual([true, ['y', 'x'], 2]);
    expect(end('hard-liner')).toEqual([true, [], 0]);
    expect(end('tit-for-tat')).toEqual([true, [], 0]);
  });

  it('plays the strategies the decision names (a scenario file’s `strategy:`), a flag overriding them', () => {
    const d = decisionFrom({ clauses: ['x', 'y'], positions: { P2: { values: { x: 2, y: 1 }, yesAt: 1 } } });
    const holdsOut = (r: ReturnType<typeof negotiate>) =>
      r.steps.find((s) => s.actor === 'P2' && s.action === 'state-position')?.reason;
    const named = { ...d, strategies: new Map([[memberId('P2'), 'hard-liner' as const]]) };
    expect(holdsOut(negotiate({ decision: named, penholder: P1, rng: seededRng(1) }))).toContain('hard-liner');
    const flagged = negotiate({
      decision: named,
      penholder: P1,
      rng: seededRng(1),
      strategies: new Map([[memberId('P2'), 'conceder']]),
    });
    expect(holdsOut(flagged)).toContain('conceder');
  });

  it('gives the same talks for the same seed', () => {
    const d = randomDecision(seededRng(3), { clauses: 8, fixedVotes: 0 });
    const a = negotiate({ decision: d, penholder: P1, rng: seededRng(5) });
    const b = negotiate({ decision: d, penholder: P1, rng: seededRng(5) });
    expect(a.steps).toEqual(b.steps);
  });

  it('on random decisions: the text passes exactly when the engine says so, every vote is the member’s own prediction, and the reducer refuses nothing a seat sent as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 2, max: 10 }), (seed, clauses) => {
        const d = randomDecision(seededRng(seed), { clauses, fixedVotes: 0 });
        const r = negotiate({ decision: d, penholder: P1, rounds: 6, rng: seededRng(seed + 1) });
        const text = new Set(r.text);
        expect(r.passed).toBe(votesOnText(d, text).outcome.adopted);
        const vote = r.state.votes.find((v) => v.id === 'final');
        for (const [m, cast] of Object.entries(vote?.casts ?? {})) {
          expect(cast).toBe(modalVote(predictVote(positionOf(d, memberId(m)), text).vote));
        }
        expect(r.refusals).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
