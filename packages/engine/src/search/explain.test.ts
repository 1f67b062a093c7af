import { describe, expect, it } from 'vitest';
import { decisionFrom } from '../testing/decisions.ts';
import { randomDecision, seededRng } from '../testing/random-decision.ts';
import { decisionWithOnly } from './elements.ts';
import { explainDeadlock } from './explain.ts';
import { ruleConstraints } from './model.ts';
import { existsText, searchTexts } from './search.ts';

const deadlock = decisionFrom({
  instrument: 'presidential-statement',
  clauses: ['de-escalate!', 'name-lna'],
  positions: { P2: { rejects: ['name-lna'] }, P3: { requires: ['name-lna'] }, E1: { values: { 'name-lna': 1 } } },
});

describe('explainDeadlock', () => {
  it('names the two red lines that exclude each other on a consensus text', () => {
    const d = explainDeadlock(deadlock);
    expect(d.conflict?.map((e) => `${e.member}:${e.type}`)).toEqual(['P2:rejects', 'P3:requires']);
    expect(d.summary).toContain('P2 rejects `name-lna`');
    expect(d.summary).toContain('P3 requires `name-lna`');
  });

  it('lists the members that cannot be brought to yes and the most yes votes a text can gather', () => {
    const d = explainDeadlock(
      decisionFrom({
        instrument: 'procedural',
        clauses: ['a', 'b'],
        positions: Object.fromEntries(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'].map((m) => [m, { vote: 'abstain' }])),
      }),
    );
    expect(d.unwinnable.map((u) => u.member)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7']);
    expect(d.mostYes).toEqual({ count: 8, needed: 9 });
  });

  it('names one of two redundant reasons a member can never vote yes', () => {
    const d = explainDeadlock(
      decisionFrom({
        instrument: 'procedural',
        threshold: 15,
        clauses: ['a!', 'b!'],
        positions: { E1: { rejects: ['a', 'b'] } },
      }),
    );
    expect(d.unwinnable).toEqual([
      {
        member: 'E1',
        cannot: 'yes',
        because: ['E1 rejects `b` (a fixed clause, which cannot be dropped): it votes no on any text that contains it'],
      },
    ]);
  });

  it('returns a conflict that is infeasible and minimal on 300 random deadlocks', () => {
    const rng = seededRng(11);
    let checked = 0;
    for (let i = 0; checked < 300 && i < 5000; i++) {
      const d = randomDecision(rng, { clauses: 2 + (i % 7) });
      if (searchTexts(d).status !== 'infeasible') continue;
      checked++;
      const conflict = explainDeadlock(d).conflict ?? [];
      const rule = ruleConstraints(d);
      expect(existsText(decisionWithOnly(d, conflict), rule)).toBe(false);
      for (const e of conflict) {
        expect(
          existsText(
            decisionWithOnly(
              d,
              conflict.filter((x) => x !== e),
            ),
            rule,
          ),
        ).toBe(true);
      }
    }
    expect(checked).toBe(300);
  });
});
