import { describe, expect, it } from 'vitest';
import { councilOn } from '../council/membership.ts';
import { createDecision } from '../scenario/create-decision.ts';
import { tallyFrom } from './tally-from.ts';

function council(date: string) {
  const c = councilOn(date);
  if (!c.ok) throw new Error(date);
  return c.value;
}

describe('tallyFrom', () => {
  it('fills the seats the count leaves out as absent', () => {
    expect(tallyFrom(council('1950-06-27'), { yes: 7, no: 1, abstain: 0 })).toEqual({
      ok: true,
      value: { yes: 7, no: 1, abstain: 0, absent: 3, notParticipating: 0 },
    });
  });

  it('fills them as not participating when asked', () => {
    const r = tallyFrom(council('1950-06-27'), { yes: 7, no: 1, abstain: 0 }, { rest: 'not-participating' });
    expect(r.ok && r.value).toMatchObject({ absent: 0, notParticipating: 3 });
  });

  it('refuses a count larger than the Council of the date, with the engine’s own code', () => {
    const r = tallyFrom(council('1960-01-05'), { yes: 9, no: 2, abstain: 1 });
    expect(r.ok ? null : r.errors[0]).toMatchObject({
      code: 'tally/exceeds-seats',
      message: '9+2+1 = 12 votes, but the Council had 11 members on 1960-01-05',
    });
  });

  it('counts the seats of a custom body by its members', () => {
    const body = createDecision({ members: ['A', 'B', 'C'], permanent: [] }).body;
    const r = tallyFrom(body, { yes: 2, no: 2, abstain: 0 });
    expect(r.ok ? null : r.errors[0]?.message).toBe('2+2+0 = 4 votes, but the body has 3 members');
  });

  it('refuses a count that is not a whole number of votes', () => {
    const r = tallyFrom(council('2019-04-18'), { yes: 9.5, no: 0, abstain: 0 });
    expect(r.ok ? null : r.errors[0]?.code).toBe('tally/invalid');
  });
});
