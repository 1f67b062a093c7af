import { describe, expect, it } from 'vitest';
import { alphabeticalKey, isKnownMemberCode, memberName } from './states.ts';

function sortByName(codes: string[], date: string): string[] {
  return [...codes].sort((a, b) => {
    const ka = alphabeticalKey(memberName(a, date) ?? a);
    const kb = alphabeticalKey(memberName(b, date) ?? b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

describe('memberName', () => {
  it('uses the UN short names where they differ from the ISO names', () => {
    expect(['KOR', 'VNM', 'CIV', 'COD', 'RUS', 'GBR', 'USA', 'BOL', 'TZA', 'VCT'].map((c) => memberName(c))).toEqual([
      'Republic of Korea',
      'Viet Nam',
      "Côte d'Ivoire",
      'Democratic Republic of the Congo',
      'Russian Federation',
      'United Kingdom of Great Britain and Northern Ireland',
      'United States of America',
      'Bolivia (Plurinational State of)',
      'United Republic of Tanzania',
      'Saint Vincent and the Grenadines',
    ]);
  });

  it('falls back to the ISO English name for other states', () => {
    expect(memberName('DNK')).toBe('Denmark');
    expect(memberName('gab')).toBe('Gabon');
  });

  it('names former states by their own codes', () => {
    expect(['SUN', 'YUG', 'CSK', 'DDR', 'ZAR', 'YMD'].map((c) => memberName(c))).toEqual([
      'Union of Soviet Socialist Republics',
      'Yugoslavia',
      'Czechoslovakia',
      'German Democratic Republic',
      'Zaire',
      'Democratic Yemen',
    ]);
  });

  it('follows name changes by date', () => {
    expect(memberName('BFA', '1984-08-03')).toBe('Upper Volta');
    expect(memberName('BFA', '1984-08-04')).toBe('Burkina Faso');
    expect(memberName('EGY', '1961-06-01')).toBe('United Arab Republic');
    expect(memberName('DEU', '1988-01-01')).toBe('Federal Republic of Germany');
    expect(memberName('CHN', '1971-10-24')).toBe('Republic of China');
    expect(memberName('CHN', '1971-10-25')).toBe('China');
    expect(memberName('BOL', '2018-01-01')).toBe('Bolivia (Plurinational State of)');
  });

  it('returns null for a code that names no state', () => {
    expect(memberName('XYZ')).toBeNull();
    expect(memberName('FRANCE')).toBeNull();
  });
});

describe('isKnownMemberCode', () => {
  it('knows current alpha-3 codes and former states, in any case', () => {
    expect(['FRA', 'deu', 'SUN', 'yug', 'DDR', 'ZAR', 'TWN'].map(isKnownMemberCode)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('rejects codes that name no state', () => {
    expect(['XYZ', 'FR', 'FRAN', '', '12A'].map(isKnownMemberCode)).toEqual([false, false, false, false, false]);
  });
});

describe('English alphabetical order of UN short names (Rule 18)', () => {
  it('files the Republic of Korea and the Russian Federation under R', () => {
    expect(sortByName(['RUS', 'KOR', 'PAK', 'SLE'], '2025-01-01')).toEqual(['PAK', 'KOR', 'RUS', 'SLE']);
  });

  it('files the Democratic Republic of the Congo under D, before Denmark', () => {
    expect(sortByName(['DNK', 'COD', 'COL'], '2026-01-01')).toEqual(['COL', 'COD', 'DNK']);
  });

  it("files Côte d'Ivoire under C, after Costa Rica and China", () => {
    expect(sortByName(['CIV', 'CRI', 'CHN', 'DOM'], '2019-01-01')).toEqual(['CHN', 'CRI', 'CIV', 'DOM']);
  });

  it('files the United Kingdom and United States under U, and Viet Nam under V', () => {
    expect(sortByName(['VNM', 'USA', 'GBR', 'TUN', 'ARE'], '2021-01-01')).toEqual(['TUN', 'ARE', 'GBR', 'USA', 'VNM']);
  });
});
