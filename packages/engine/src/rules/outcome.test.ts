import { describe, expect, it } from 'vitest';
import { memberId } from '../ids.ts';
import { createTestCouncil, outcomeOf, P5, votesFrom } from '../testing/notation.ts';
import { decideTally, decideVotes } from './outcome.ts';

const eleven = createTestCouncil(11);
const reason = (n: string, o: Parameters<typeof outcomeOf>[1] = {}) => outcomeOf(n, o).reason;

describe('substantive votes', () => {
  it.each([
    ['+9yes +6abstain', 'adopted'],
    ['+8yes +7abstain', 'insufficient-votes'],
    ['USA:no +9yes', 'veto'],
    ['USA:no +8yes', 'insufficient-votes'],
    ['E1:no +14yes', 'adopted'],
    ['CHN:no RUS:no +9yes +4abstain', 'veto'],
    ['CHN:abstain FRA:abstain RUS:abstain GBR:abstain USA:abstain +9yes', 'adopted'],
    ['RUS:absent +9yes', 'adopted'],
    ['RUS:not-participating +9yes', 'adopted'],
    ['+2yes +13abstain', 'insufficient-votes'],
  ])('%s is %s', (notation, expected) => {
    expect(reason(notation)).toBe(expected);
  });

  it('uses seven votes in the eleven-member Council', () => {
    expect(reason('+7yes +4abstain', { body: eleven })).toBe('adopted');
    expect(reason('+6yes +5abstain', { body: eleven })).toBe('insufficient-votes');
  });

  it('credits every permanent member that voted no with a veto', () => {
    const o = outcomeOf('CHN:no RUS:no +9yes +4abstain');
    expect(o.vetoes).toEqual(['CHN', 'RUS']);
    expect(o.explanation).toContain('negative votes of permanent members');
  });

  it('lists permanent no votes without counting them as vetoes when the threshold is missed', () => {
    const o = outcomeOf('FRA:no GBR:no USA:no +6yes +2abstain');
    expect(o.reason).toBe('insufficient-votes');
    expect(o.vetoes).toEqual([]);
    expect(o.permanentNo).toEqual(['FRA', 'GBR', 'USA']);
    expect(o.explanation).toContain('not counted as a veto');
  });

  it('never lets an elected member block by itself', () => {
    const o = outcomeOf('E1:no E2:no E3:no E4:no E5:no E6:no +9yes');
    expect(o.adopted).toBe(true);
  });

  it('announces exactly nine as meeting the threshold', () => {
    const o = outcomeOf('CHN:no RUS:no +9yes +4abstain');
    expect(o.explanation).toContain('exactly the 9 required');
  });
});

describe('procedural votes', () => {
  it('adopts with nine votes even when all five permanent members vote no', () => {
    const o = outcomeOf('CHN:no FRA:no RUS:no GBR:no USA:no +9yes', { rule: 'procedural' });
    expect(o.adopted).toBe(true);
    expect(o.vetoes).toEqual([]);
  });

  it('still needs nine affirmative votes', () => {
    expect(reason('CHN:no RUS:no +8yes +3abstain +2no', { rule: 'procedural' })).toBe('insufficient-votes');
  });
});

describe('consensus instruments', () => {
  const body = createTestCouncil();
  const members = body.members;

  it('blocks a presidential statement when one member out of fifteen objects', () => {
    const o = decideVotes(votesFrom('E7:no +14yes', body), members, {
      type: 'consensus',
      instrument: 'presidential-statement',
    });
    expect(o.adopted).toBe(false);
    expect(o.reason).toBe('objection');
    expect(o.objections).toEqual(['E7']);
  });

  it('agrees press elements when members only abstain', () => {
    const o = decideVotes(votesFrom('RUS:abstain +14yes', body), members, {
      type: 'consensus',
      instrument: 'press-elements',
    });
    expect(o.adopted).toBe(true);
    expect(o.threshold).toBeNull();
  });
});

describe('decideTally', () => {
  it('decides from counts and the names of the permanent members that voted no', () => {
    const o = decideTally({ yes: 11, no: 1, abstain: 3, absent: 0, notParticipating: 0 }, [memberId('RUS')], {
      type: 'substantive',
      threshold: 9,
      vetoHolders: P5,
    });
    expect(o.reason).toBe('veto');
    expect(o.vetoes).toEqual(['RUS']);
    expect(o.explanation).toMatch(/^Not adopted, owing to the negative vote of a permanent member/);
  });
});
