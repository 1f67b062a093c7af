import { describe, expect, it } from 'vitest';
import { type DemandContext, demandOf } from './strategies.ts';

const at = (round: number, extra: Partial<DemandContext> = {}): DemandContext => ({
  uMax: 3,
  uReserve: 0,
  round,
  rounds: 10,
  othersConceded: 0,
  previous: 3,
  ...extra,
});

describe('demandOf', () => {
  it('a hard-liner demands its opening utility in every round', () => {
    expect([1, 5, 10].map((r) => demandOf('hard-liner', at(r)))).toEqual([3, 3, 3]);
  });

  it('Boulware and Conceder both start near u_max and reach u_reserve at the last round', () => {
    expect(demandOf('boulware', at(10))).toBeCloseTo(0);
    expect(demandOf('conceder', at(10))).toBeCloseTo(0);
    expect(demandOf('boulware', at(0))).toBe(3);
  });

  it('Boulware holds out longer than Conceder at every round in between', () => {
    for (let r = 1; r < 10; r++) expect(demandOf('boulware', at(r))).toBeGreaterThan(demandOf('conceder', at(r)));
  });

  it('follows u(t) = u_max − (u_max − u_reserve)·(t/T)^(1/e)', () => {
    expect(demandOf('boulware', at(5))).toBeCloseTo(3 - 3 * 0.5 ** 5);
    expect(demandOf('conceder', at(5))).toBeCloseTo(3 - 3 * 0.5 ** 0.2);
  });

  it('tit-for-tat opens with one step, then concedes one step per concession of the other side and holds otherwise', () => {
    expect(demandOf('tit-for-tat', at(1))).toBeCloseTo(2.7);
    expect(demandOf('tit-for-tat', at(2, { previous: 2.7 }))).toBeCloseTo(2.7);
    expect(demandOf('tit-for-tat', at(2, { previous: 2.7, othersConceded: 2 }))).toBeCloseTo(2.1);
    expect(demandOf('tit-for-tat', at(3, { previous: 0.1, othersConceded: 5 }))).toBe(0);
  });
});
