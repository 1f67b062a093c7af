import { describe, expect, it } from 'vitest';
import { type IsoDate, isoDate, type MemberId, memberId } from '../ids.ts';
import { membersOn } from './composition.ts';
import { councilOn } from './membership.ts';
import { nextPresident, presidencyIn } from './presidency.ts';

/** The twelve presidencies of a year as codes, and the bases they carry. */
function rotation(year: number): { codes: string; bases: Set<string> } {
  const months = Array.from({ length: 12 }, (_, i) => presidencyIn(year, i + 1));
  return {
    codes: months.map((p) => p?.member ?? '-').join(' '),
    bases: new Set(months.map((p) => p?.basis ?? 'unknown')),
  };
}

/** Runs Rule 18 for twelve months from the president of `previous` December. */
function ruleFrom(previous: MemberId, year: number): string {
  const out: MemberId[] = [];
  let president = previous;
  let previousDate = isoDate(`${year - 1}-12-01`);
  for (let month = 1; month <= 12; month++) {
    const date = isoDate(`${year}-${String(month).padStart(2, '0')}-01`);
    president = nextPresident(president, previousDate, date);
    out.push(president);
    previousDate = date;
  }
  return out.join(' ');
}

describe('presidency', () => {
  it('follows Japan after India from December 2022 to January 2023 (S-15)', () => {
    expect(nextPresident(memberId('IND'), isoDate('2022-12-01'), isoDate('2023-01-01'))).toBe('JPN');
  });

  it('has the verified 2015 rotation, starting with Chile', () => {
    expect(rotation(2015)).toEqual({
      codes: 'CHL CHN FRA JOR LTU MYS NZL NGA RUS ESP GBR USA',
      bases: new Set(['verified']),
    });
  });

  it('has the verified 2023 rotation', () => {
    expect(rotation(2023)).toEqual({
      codes: 'JPN MLT MOZ RUS CHE ARE GBR USA ALB BRA CHN ECU',
      bases: new Set(['verified']),
    });
  });

  it('reproduces the verified 2023 rotation by Rule 18 from India in December 2022', () => {
    expect(ruleFrom(memberId('IND'), 2023)).toBe('JPN MLT MOZ RUS CHE ARE GBR USA ALB BRA CHN ECU');
  });

  it('computes December 2022 as India when counting forward from the verified December 2015', () => {
    expect(presidencyIn(2022, 12)).toEqual({ member: 'IND', basis: 'computed' });
  });

  it('computes 2024 from Ecuador in December 2023: France in January to the United States in December', () => {
    const y2024 = rotation(2024);
    expect(y2024.codes.split(' ')[0]).toBe('FRA');
    expect(y2024.codes.split(' ')[11]).toBe('USA');
    expect(y2024.bases).toEqual(new Set(['computed']));
  });

  it('computes the 2025 rotation of council-rules.md', () => {
    expect(rotation(2025)).toEqual({
      codes: 'DZA CHN DNK FRA GRC GUY PAK PAN KOR RUS SLE SVN',
      bases: new Set(['computed']),
    });
  });

  it('computes the 2026 rotation of council-rules.md', () => {
    expect(rotation(2026)).toEqual({
      codes: 'SOM GBR USA BHR CHN COL COD DNK FRA GRC LVA LBR',
      bases: new Set(['computed']),
    });
  });

  it('computes Germany for April 2019, the month of the Libya draft', () => {
    expect(presidencyIn(2019, 4)).toEqual({ member: 'DEU', basis: 'computed' });
  });

  it('does not know the presidency before 2015 or after 2026', () => {
    expect(presidencyIn(2014, 12)).toBeNull();
    expect(presidencyIn(1950, 6)).toBeNull();
    expect(presidencyIn(2027, 1)).toBeNull();
    expect(presidencyIn(2020, 13)).toBeNull();
  });

  it('gives every known month a president who sits on the Council that month, never twice in one year', () => {
    for (let year = 2015; year <= 2026; year++) {
      const codes = rotation(year).codes.split(' ');
      expect(new Set(codes).size, String(year)).toBe(12);
      codes.forEach((code, i) => {
        const date = `${year}-${String(i + 1).padStart(2, '0')}-01` as IsoDate;
        expect(
          membersOn(date).map((m) => m.code),
          `${year}-${i + 1}`,
        ).toContain(code);
      });
    }
  });

  it('puts the presidency and its basis on the Council', () => {
    const result = councilOn('2023-01-15');
    expect(result.ok && [result.value.presidency, result.value.presidencyBasis]).toEqual(['JPN', 'verified']);
    const early = councilOn('1950-06-27');
    expect(early.ok && [early.value.presidency, early.value.presidencyBasis]).toEqual([null, null]);
  });
});
