import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../ids.ts';
import { councilOn, resolveMemberCode } from './membership.ts';
import { VACANCIES } from './membership-data.ts';
import type { Council } from './seats.ts';

const FIRST = Date.UTC(1946, 0, 17);
const LAST = Date.UTC(2026, 11, 31);
const DAY = 86_400_000;

/** Any date from 17 Jan 1946 to 31 Dec 2026, with the dates on which the membership changes mid-term. */
const anyDate = fc.oneof(
  fc.integer({ min: 0, max: (LAST - FIRST) / DAY }).map((n) => new Date(FIRST + n * DAY).toISOString().slice(0, 10)),
  fc.constantFrom('1946-01-17', '1965-12-31', '1966-01-01', '1971-10-24', '1971-10-25', '1980-01-03', '1980-01-07'),
  fc.constantFrom('1990-05-21', '1990-05-22', '1991-12-23', '1991-12-24', '2017-12-31', '2018-01-01', '2026-12-31'),
);

function council(date: string): Council {
  const result = councilOn(date);
  if (!result.ok) throw new Error(`no council on ${date}`);
  return result.value;
}

function vacantSeats(date: string): number {
  return VACANCIES.filter((v) => v.from <= date && date <= v.to).length;
}

describe('the Council on any date', () => {
  it('has 5 permanent members and 6 (before 1966) or 10 elected members, all distinct', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const c = council(date);
        const elected = c.members.filter((m) => !m.permanent).length;
        expect(c.members.filter((m) => m.permanent).length).toBe(5);
        expect(elected + vacantSeats(date)).toBe(date < '1966-01-01' ? 6 : 10);
        expect(new Set(c.members.map((m) => m.code)).size).toBe(c.members.length);
        expect(c.size).toBe(date < '1966-01-01' ? 11 : 15);
      }),
      { numRuns: 500 },
    );
  });

  it('needs 7 votes before the threshold switch and 9 from it, whatever the switch date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (date, switchDate) => {
        const result = councilOn(date, { thresholdSwitch: switchDate as IsoDate });
        expect(result.ok && result.value.threshold).toBe(date < switchDate ? 7 : 9);
      }),
    );
  });

  it('seats no elected member in the year after its term ends (Art. 23(2))', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        for (const m of council(date).members) {
          if (m.term === null || m.term[1] >= 2026) continue;
          const yearAfter = council(`${m.term[1] + 1}-07-01`).members.map((x) => x.code);
          expect(yearAfter, `${m.code} ${m.term.join('-')}`).not.toContain(m.code);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('resolves every member from its code in any case', () => {
    fc.assert(
      fc.property(anyDate, fc.boolean(), (date, lower) => {
        const c = council(date);
        for (const m of c.members) {
          expect(resolveMemberCode(c, lower ? m.code.toLowerCase() : m.code)).toBe(m.code);
        }
      }),
    );
  });

  it('answers RUS, SUN and CHN with a permanent member at every date', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const c = council(date);
        const seatOf = (code: string) => c.members.find((m) => m.code === resolveMemberCode(c, code))?.seat;
        expect([seatOf('RUS'), seatOf('SUN'), seatOf('CHN')]).toEqual(['P5_RUSSIA', 'P5_RUSSIA', 'P5_CHINA']);
      }),
    );
  });
});
