import { describe, expect, it } from 'vitest';
import { memberId } from '../ids.ts';
import { decisionFrom } from '../testing/decisions.ts';
import { bestInterest } from './best-interest.ts';

describe('bestInterest', () => {
  it('prefers a consensus statement when abstentions would sink a resolution with the clause the member values', () => {
    const abstainers = Object.fromEntries(
      ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'].map((m) => [
        m,
        { rejects: ['name-lna'], onRedLine: 'abstain' as const },
      ]),
    );
    const d = decisionFrom({
      clauses: ['ceasefire!', 'name-lna'],
      positions: { ...abstainers, P1: { values: { 'name-lna': 3, ceasefire: 1 } } },
    });
    const r = bestInterest(d, memberId('P1'));
    expect(r.options.map((o) => [o.instrument, o.utility])).toEqual([
      ['resolution', 1],
      ['presidential-statement', 4],
      ['press-statement', 4],
      ['press-elements', 4],
    ]);
    expect(r.best).toBe('presidential-statement');
  });

  it('prefers no decision when every passing text costs the member', () => {
    const d = decisionFrom({ clauses: ['x!'], positions: { P1: { values: { x: -2 } } } });
    const r = bestInterest(d, memberId('P1'));
    expect(r.best).toBeNull();
    expect(r.summary).toContain('no decision');
  });
});
