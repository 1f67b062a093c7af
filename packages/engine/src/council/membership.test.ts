import { describe, expect, it } from 'vitest';
import type { Result } from '../errors.ts';
import { councilOn, resolveMember, resolveMemberCode } from './membership.ts';
import type { Council } from './seats.ts';

function council(date: string, options = {}): Council {
  const result = councilOn(date, options);
  if (!result.ok) throw new Error(`no council on ${date}: ${result.errors[0]?.message}`);
  return result.value;
}

function errorOf<T>(result: Result<T>): { code: string; message: string } | undefined {
  return result.ok ? undefined : result.errors[0];
}

const codes = (c: Council) => c.members.map((m) => m.code);

describe('councilOn', () => {
  it('lists the Council of 18 April 2019 with permanent members first in the Council order', () => {
    const c = council('2019-04-18');
    expect(codes(c).join(' ')).toBe('CHN FRA RUS GBR USA BEL CIV DOM GNQ DEU IDN KWT PER POL ZAF');
    expect(c.members.filter((m) => m.permanent).map((m) => m.seat)).toEqual([
      'P5_CHINA',
      'P5_FRANCE',
      'P5_RUSSIA',
      'P5_UK',
      'P5_US',
    ]);
    expect([c.size, c.threshold]).toEqual([15, 9]);
  });

  it('gives each elected member the years of its term', () => {
    const c = council('2019-04-18');
    expect(c.members.find((m) => m.code === 'DEU')?.term).toEqual([2019, 2020]);
    expect(c.members.find((m) => m.code === 'CIV')?.term).toEqual([2018, 2019]);
    expect(c.members.find((m) => m.code === 'CIV')?.name).toBe("Côte d'Ivoire");
  });

  it('seats the Republic of China until 24 October 1971 and the PRC from 25 October 1971, both as CHN', () => {
    const before = council('1971-10-24').members[0];
    const after = council('1971-10-25').members[0];
    expect([before?.code, before?.name, before?.seat]).toEqual(['CHN', 'Republic of China', 'P5_CHINA']);
    expect([after?.code, after?.name, after?.seat]).toEqual(['CHN', 'China', 'P5_CHINA']);
  });

  it('seats the USSR until 23 December 1991 and the Russian Federation from 24 December 1991', () => {
    const before = council('1991-12-23').members[2];
    const after = council('1991-12-24').members[2];
    expect([before?.code, before?.name]).toEqual(['SUN', 'Union of Soviet Socialist Republics']);
    expect([after?.code, after?.name]).toEqual(['RUS', 'Russian Federation']);
  });

  it('has 11 members and needs 7 votes on 31 December 1965, 15 and 9 on 1 January 1966', () => {
    const last = council('1965-12-31');
    const first = council('1966-01-01');
    expect([last.size, last.members.length, last.threshold]).toEqual([11, 11, 7]);
    expect([first.size, first.members.length, first.threshold]).toEqual([15, 15, 9]);
  });

  it('moves the nine-vote threshold to the configured switch date without changing the size', () => {
    const options = { thresholdSwitch: '1965-08-31' };
    expect(council('1965-08-30', options).threshold).toBe(7);
    const after = council('1965-08-31', options);
    expect([after.size, after.threshold]).toEqual([11, 9]);
  });

  it('seats Italy for 2017 and the Netherlands for 2018 on their split 2017–2018 term', () => {
    const y2017 = council('2017-12-31');
    const y2018 = council('2018-01-01');
    expect(codes(y2017)).toContain('ITA');
    expect(codes(y2017)).not.toContain('NLD');
    expect(codes(y2018)).toContain('NLD');
    expect(codes(y2018)).not.toContain('ITA');
    expect(y2018.members.find((m) => m.code === 'NLD')?.term).toEqual([2017, 2018]);
  });

  it('hands the Democratic Yemen seat to unified Yemen on 22 May 1990', () => {
    expect(codes(council('1990-05-21'))).toContain('YMD');
    expect(codes(council('1990-05-22'))).toContain('YEM');
    expect(codes(council('1990-05-22'))).not.toContain('YMD');
  });

  it('leaves one seat empty from 1 to 6 January 1980, until Mexico was elected', () => {
    const vacant = council('1980-01-06');
    expect([vacant.size, vacant.members.length]).toEqual([15, 14]);
    expect(codes(council('1980-01-07'))).toContain('MEX');
  });

  it('seats Jordan, not Saudi Arabia, in 2014', () => {
    const c = codes(council('2014-06-01'));
    expect(c).toContain('JOR');
    expect(c).not.toContain('SAU');
  });

  it('names states by their name on the date', () => {
    expect(council('1990-06-01').members.find((m) => m.code === 'ZAR')?.name).toBe('Zaire');
    expect(council('1976-06-01').members.find((m) => m.code === 'LBY')?.name).toBe('Libyan Arab Republic');
    expect(council('2026-06-01').members.find((m) => m.code === 'COD')?.name).toBe('Democratic Republic of the Congo');
  });

  it('rejects a malformed or impossible date with date/invalid', () => {
    expect(errorOf(councilOn('2019-02-30'))?.code).toBe('date/invalid');
    expect(errorOf(councilOn('18/04/2019'))?.message).toContain('18/04/2019');
  });

  it('rejects dates before 17 January 1946 and after 31 December 2026 with date/out-of-range', () => {
    expect(errorOf(councilOn('1946-01-16'))?.code).toBe('date/out-of-range');
    expect(errorOf(councilOn('2027-01-01'))?.code).toBe('date/out-of-range');
    expect(councilOn('1946-01-17').ok).toBe(true);
    expect(councilOn('2026-12-31').ok).toBe(true);
  });
});

describe('resolveMemberCode', () => {
  it('accepts RUS and SUN for the USSR seat before 24 December 1991', () => {
    const c = council('1990-05-01');
    expect(resolveMemberCode(c, 'RUS')).toBe('SUN');
    expect(resolveMemberCode(c, 'SUN')).toBe('SUN');
  });

  it('accepts SUN and RUS for the Russian Federation after 24 December 1991', () => {
    const c = council('2019-04-18');
    expect(resolveMemberCode(c, 'SUN')).toBe('RUS');
    expect(resolveMemberCode(c, 'RUS')).toBe('RUS');
  });

  it('accepts CHN for the China seat at every date, and TWN only while the Republic of China held it', () => {
    expect(resolveMemberCode(council('1950-06-27'), 'CHN')).toBe('CHN');
    expect(resolveMemberCode(council('1950-06-27'), 'TWN')).toBe('CHN');
    expect(resolveMemberCode(council('1972-08-25'), 'CHN')).toBe('CHN');
    expect(resolveMemberCode(council('1972-08-25'), 'TWN')).toBeNull();
  });

  it('ignores case and surrounding spaces', () => {
    expect(resolveMemberCode(council('2019-04-18'), ' deu ')).toBe('DEU');
    expect(resolveMemberCode(council('2019-04-18'), 'usa')).toBe('USA');
  });

  it('returns null for a state that is not on the Council', () => {
    expect(resolveMemberCode(council('1990-05-01'), 'DEU')).toBeNull();
  });
});

describe('resolveMember', () => {
  it('names an unknown code in a member/unknown error', () => {
    expect(errorOf(resolveMember(council('2019-04-18'), 'XYZ'))).toEqual({
      code: 'member/unknown',
      message: 'unknown member code XYZ',
      details: { member: 'XYZ' },
    });
  });

  it('says which state was not on the Council on which date', () => {
    const error = errorOf(resolveMember(council('1990-05-01'), 'deu'));
    expect(error?.code).toBe('member/not-on-council');
    expect(error?.message).toBe('DEU was not a member of the Security Council on 1990-05-01');
  });

  it('knows former states such as Yugoslavia when they are not on the Council', () => {
    expect(errorOf(resolveMember(council('2019-04-18'), 'YUG'))?.code).toBe('member/not-on-council');
  });
});
