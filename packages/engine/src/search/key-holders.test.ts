import { describe, expect, it } from 'vitest';
import { decisionFrom } from '../testing/decisions.ts';
import { keyHolders } from './key-holders.ts';

describe('keyHolders', () => {
  it('finds the veto and the single clause whose removal brings the vetoing member to yes', () => {
    const k = keyHolders(
      decisionFrom({ clauses: ['ceasefire!', 'blame', 'sanctions'], positions: { P2: { rejects: ['blame'] } } }),
    );
    expect(k.adopted).toBe(false);
    expect(k.blockers).toEqual([
      expect.objectContaining({
        member: 'P2',
        kind: 'veto',
        edit: { add: [], remove: ['blame'], changes: 1, vote: 'yes', passes: true },
      }),
    ]);
  });

  it('says no edit exists for a member whose no is fixed', () => {
    const k = keyHolders(decisionFrom({ clauses: ['a'], positions: { P1: { vote: 'no' } } }));
    expect(k.blockers[0]).toMatchObject({ member: 'P1', edit: null, noEditExists: true });
  });

  it('counts as pivotal every yes voter of a text adopted with exactly the threshold', () => {
    const abstainers = Object.fromEntries(
      ['E5', 'E6', 'E7', 'E8', 'E9', 'E10'].map((m) => [m, { vote: 'abstain' as const }]),
    );
    const k = keyHolders(decisionFrom({ clauses: ['a'], positions: abstainers }));
    expect(k.adopted).toBe(true);
    expect(k.pivotal.map((p) => p.member)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'E1', 'E2', 'E3', 'E4']);
  });

  it('names the members withholding votes from a text short of the threshold, with an edit to yes', () => {
    const low = Object.fromEntries(
      ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'].map((m) => [m, { requires: ['b'], onRedLine: 'abstain' as const }]),
    );
    const k = keyHolders(decisionFrom({ clauses: ['a', 'b'], tabled: ['a'], positions: low }));
    expect(k.reason).toBe('insufficient-votes');
    expect(k.blockers.map((b) => [b.member, b.kind, b.edit?.add.join()])).toContainEqual(['E1', 'withheld', 'b']);
  });
});
