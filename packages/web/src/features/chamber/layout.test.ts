import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HORSESHOE, seatingOrder, seatPoints } from './layout.ts';

describe('seatPoints', () => {
  it('gives one point per seat, all inside the chamber box', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        const points = seatPoints(n);
        expect(points).toHaveLength(n);
        for (const p of points) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(100);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('is symmetric about the vertical axis, so the chamber looks like a horseshoe', () => {
    const points = seatPoints(15);
    points.forEach((p, i) => {
      const mirror = points[points.length - 1 - i];
      expect(mirror?.x).toBeCloseTo(100 - p.x, 6);
      expect(mirror?.y).toBeCloseTo(p.y, 6);
    });
  });

  it('puts the middle seat of an odd council at the head of the table', () => {
    const middle = seatPoints(15)[7];
    expect(middle?.x).toBeCloseTo(HORSESHOE.cx, 6);
    expect(middle?.y).toBeCloseTo(HORSESHOE.cy - HORSESHOE.ry, 6);
  });

  it('never puts two seats on the same spot', () => {
    const points = seatPoints(15);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(5);
    }
  });
});

describe('seatingOrder', () => {
  it('seats the permanent members in the middle and splits the elected members around them', () => {
    const order = seatingOrder(
      ['CHN', 'FRA', 'RUS', 'GBR', 'USA', 'BEL', 'CIV', 'DOM'],
      new Set(['CHN', 'FRA', 'RUS', 'GBR', 'USA']),
    );
    expect(order).toEqual(['BEL', 'CIV', 'CHN', 'FRA', 'RUS', 'GBR', 'USA', 'DOM']);
  });

  it('keeps every member exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 20 }),
        fc.integer(),
        (members, seed) => {
          const permanent = new Set(members.filter((_, i) => (i + seed) % 3 === 0));
          expect([...seatingOrder(members, permanent)].sort()).toEqual([...members].sort());
        },
      ),
    );
  });
});
