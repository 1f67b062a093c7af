import { describe, expect, it } from 'vitest';
import { shareRemainder } from './share-remainder.ts';

describe('shareRemainder', () => {
  it('says what is left to assign and puts it on any one vote', () => {
    const r = shareRemainder({ yes: 0.5, no: 0.2, abstain: 0, absent: 0 });
    expect(r?.remainder).toBe(0.3);
    expect(r?.fixes.map((f) => f.vote)).toEqual(['yes', 'no', 'abstain', 'absent']);
    expect(r?.fixes[1]?.shares).toEqual({ yes: 0.5, no: 0.5, abstain: 0, absent: 0 });
  });

  it('takes an excess only from a vote whose share can give all of it', () => {
    const r = shareRemainder({ yes: 0.7, no: 0.5, abstain: 0.1, absent: 0 });
    expect(r?.remainder).toBe(-0.3);
    expect(r?.fixes.map((f) => f.vote)).toEqual(['yes', 'no']);
    expect(r?.fixes[0]?.shares.yes).toBe(0.4);
  });

  it('has nothing to settle when the shares sum to 1, or when one is not a number', () => {
    expect(shareRemainder({ yes: 0.1, no: 0.2, abstain: 0.3, absent: 0.4 })).toBeNull();
    expect(shareRemainder({ yes: Number.NaN, no: 1, abstain: 0, absent: 0 })).toBeNull();
  });
});
