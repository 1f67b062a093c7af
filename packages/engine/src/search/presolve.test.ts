import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberId } from '../ids.ts';
import type { Decision } from '../scenario/types.ts';
import { decisionFrom, TEST_MEMBERS } from '../testing/decisions.ts';
import { randomDecision, seededRng } from '../testing/random-decision.ts';
import { denseDecision } from '../testing/random-dense-decision.ts';
import { type CompiledMember, compileModel, ruleConstraints, type SearchModel } from './model.ts';
import { expandResult, presolve } from './presolve.ts';
import { type RawObjective, solveModel } from './solve.ts';

/** The vote of a compiled member on a full assignment of the free clauses (predictVote's rule). */
function voteOf(mem: CompiledMember, x: Uint8Array): string {
  if (mem.constVote !== null) return mem.constVote;
  const crossed = mem.rejects.some((j) => x[j] === 1) || mem.requires.some((j) => x[j] === 0);
  if (crossed) return mem.onRedLineNo ? 'no' : 'abstain';
  let u = mem.base;
  mem.vars.forEach((j, i) => {
    if (x[j] === 1) u += mem.vals[i] as number;
  });
  if (u >= mem.yesAt) return 'yes';
  return mem.noBelow !== null && u < mem.noBelow ? 'no' : 'abstain';
}

/** Whether a full assignment meets the model's constraints. */
function feasible(model: SearchModel, x: Uint8Array): boolean {
  let yes = 0;
  for (let k = 0; k < model.members.length; k++) {
    const v = voteOf(model.members[k] as CompiledMember, x);
    if (v === 'yes') yes++;
    const req = model.requirement[k];
    if (req === 'yes' && v !== 'yes') return false;
    if (req === 'not-no' && v === 'no') return false;
  }
  return yes >= model.countNeeded;
}

function assignment(n: number, bits: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, j) => (bits >> j) & 1);
}

/** The reduced model's assignment for an original one, or null when it contradicts a presolve fixing. */
function restrict(p: ReturnType<typeof presolve>, x: Uint8Array): Uint8Array | null {
  for (let j = 0; j < x.length; j++) if (p.fixedTo[j] !== -1 && p.fixedTo[j] !== x[j]) return null;
  return Uint8Array.from(p.keep, (j) => x[j] as number);
}

function changesOf(model: SearchModel, x: Uint8Array): number {
  let c = model.forcedChanges;
  x.forEach((v, j) => {
    if (v !== model.tabled[j]) c++;
  });
  return c;
}

const small = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  clauses: fc.integer({ min: 1, max: 9 }),
  dense: fc.boolean(),
});

/** A random decision (any instrument) or one of issue 17's dense family (many noBelow and abstaining red lines). */
function decisionOf({ seed, clauses, dense }: { seed: number; clauses: number; dense: boolean }): Decision {
  return dense ? denseDecision(seededRng(seed), { clauses }) : randomDecision(seededRng(seed), { clauses });
}

describe('presolve', () => {
  it('keeps exactly the feasible texts when several texts are asked for (forced clauses, constant members)', () => {
    fc.assert(
      fc.property(small, (spec) => {
        const d = decisionOf(spec);
        const model = compileModel(d, ruleConstraints(d));
        const p = presolve(model, { type: 'changes' }, 3);
        const n = model.free.length;
        for (let bits = 0; bits < 1 << n; bits++) {
          const x = assignment(n, bits);
          const r = restrict(p, x);
          const reduced = r !== null && !p.infeasible && feasible(p.model, r);
          expect(reduced).toBe(feasible(model, x));
          if (r !== null) expect(changesOf(p.model, r)).toBe(changesOf(model, x));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps the fewest changes and the best utility when one text is asked for (dominated clauses)', () => {
    fc.assert(
      fc.property(small, fc.integer({ min: 0, max: 14 }), (spec, who) => {
        const d = decisionOf(spec);
        const model = compileModel(d, ruleConstraints(d));
        const values = Float64Array.from(
          model.free,
          (c) => d.positions.get(d.body.members[who] as never)?.values[c] ?? 0,
        );
        const objectives: RawObjective[] = [{ type: 'changes' }, { type: 'utility', values, base: 0 }];
        for (const objective of objectives) {
          const plain = solveModel(model, objective, 1);
          const p = presolve(model, objective, 1);
          const viaPresolve = p.infeasible
            ? { status: 'infeasible', solutions: [] }
            : expandResult(p, solveModel(p.model, p.objective, 1));
          expect(viaPresolve.status).toBe(plain.status);
          const a = plain.solutions[0];
          const b = viaPresolve.solutions[0];
          expect(b?.changes).toBe(a?.changes);
          expect(b?.utility).toBe(a?.utility);
          if (b) {
            expect(feasible(model, b.x)).toBe(true);
            expect(changesOf(model, b.x)).toBe(b.changes);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('fixes a clause nobody values at its tabled value, and a tabled clause every member wants kept', () => {
    const d = decisionFrom({
      clauses: ['quiet', 'liked', 'disputed'],
      tabled: ['liked', 'disputed'],
      positions: Object.fromEntries(
        TEST_MEMBERS.map((m, i) => [m, { values: { liked: 2, disputed: i % 2 ? 3 : -3 } }]),
      ),
    });
    const model = compileModel(d, ruleConstraints(d));
    const p = presolve(model, { type: 'changes' }, 1);
    expect([...p.fixedTo]).toEqual([0, 1, -1]);
    expect(p.model.free).toEqual(['disputed']);
  });

  it('makes a member that can never vote yes and has no requirement constant, so its clauses fall away', () => {
    const d = decisionFrom({
      instrument: 'procedural',
      clauses: ['a', 'b'],
      tabled: ['a'],
      positions: { E1: { values: { a: 1, b: -1 }, yesAt: 5 } },
    });
    const model = compileModel(d, ruleConstraints(d));
    const p = presolve(model, { type: 'changes' }, 3);
    const e1 = p.model.members[d.body.members.indexOf(memberId('E1'))];
    expect(e1?.constVote).toBe('abstain');
    expect(p.model.free).toEqual(['a', 'b']);
    expect(presolve(model, { type: 'changes' }, 1).model.free).toEqual([]);
  });

  it('keeps free a clause whose red line, crossed, turns the no of a permanent member into an abstention', () => {
    const d = decisionFrom({
      clauses: ['c'],
      tabled: [],
      positions: { P1: { rejects: ['c'], onRedLine: 'abstain', yesAt: 5, noBelow: 1 } },
    });
    const model = compileModel(d, ruleConstraints(d));
    const p = presolve(model, { type: 'changes' }, 1);
    expect([...p.fixedTo]).toEqual([-1]);
    const best = expandResult(p, solveModel(p.model, p.objective, 1)).solutions[0];
    expect([...(best?.x ?? [])]).toEqual([1]);
  });
});
