import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { IsoDate, MemberId } from '../ids.ts';

countries.registerLocale(en);

/** A name a state bore from a date on (inclusive); the first entry of a history has no `from`. */
interface NameSpan {
  readonly from?: string;
  readonly name: string;
}

/**
 * States that no longer exist, with the alpha-3 code ISO 3166 gave them (withdrawn codes, ISO 3166-3).
 * `i18n-iso-countries` knows only current codes, so these are ours.
 */
const FORMER_STATES: Readonly<Record<string, string>> = {
  SUN: 'Union of Soviet Socialist Republics',
  YUG: 'Yugoslavia',
  CSK: 'Czechoslovakia',
  DDR: 'German Democratic Republic',
  ZAR: 'Zaire',
  YMD: 'Democratic Yemen',
  SCG: 'Serbia and Montenegro',
  BUR: 'Burma',
  HVO: 'Upper Volta',
  DHY: 'Dahomey',
};

/**
 * UN short names (the names the Secretariat uses in its lists of Member States, which Rule 18 sorts)
 * wherever they differ from the ISO English name, with the date each name came into use. Only names
 * of states that sat on the Council, or that users type often, are listed; the rest fall back to ISO.
 */
const UN_NAMES: Readonly<Record<string, readonly NameSpan[]>> = {
  BFA: [{ name: 'Upper Volta' }, { from: '1984-08-04', name: 'Burkina Faso' }],
  BLR: [{ name: 'Byelorussian Soviet Socialist Republic' }, { from: '1991-09-19', name: 'Belarus' }],
  BOL: [{ name: 'Bolivia' }, { from: '2009-03-18', name: 'Bolivia (Plurinational State of)' }],
  BEN: [{ name: 'Dahomey' }, { from: '1975-11-30', name: 'Benin' }],
  CHN: [{ name: 'Republic of China' }, { from: '1971-10-25', name: 'China' }],
  CIV: [{ name: "Côte d'Ivoire" }],
  CMR: [
    { name: 'Cameroon' },
    { from: '1972-06-02', name: 'United Republic of Cameroon' },
    { from: '1984-02-04', name: 'Cameroon' },
  ],
  COD: [{ name: 'Democratic Republic of the Congo' }],
  COG: [{ name: 'Congo' }],
  CPV: [{ name: 'Cape Verde' }, { from: '2013-10-24', name: 'Cabo Verde' }],
  CZE: [{ name: 'Czech Republic' }, { from: '2016-05-17', name: 'Czechia' }],
  DEU: [{ name: 'Federal Republic of Germany' }, { from: '1990-10-03', name: 'Germany' }],
  EGY: [{ name: 'Egypt' }, { from: '1958-02-22', name: 'United Arab Republic' }, { from: '1971-09-02', name: 'Egypt' }],
  GBR: [{ name: 'United Kingdom of Great Britain and Northern Ireland' }],
  GMB: [{ name: 'Gambia' }],
  IRN: [{ name: 'Iran' }, { from: '1979-04-01', name: 'Iran (Islamic Republic of)' }],
  KOR: [{ name: 'Republic of Korea' }],
  LBY: [
    { name: 'Libya' },
    { from: '1969-09-01', name: 'Libyan Arab Republic' },
    { from: '1977-03-02', name: 'Libyan Arab Jamahiriya' },
    { from: '2011-09-16', name: 'Libya' },
  ],
  LKA: [{ name: 'Ceylon' }, { from: '1972-05-22', name: 'Sri Lanka' }],
  MKD: [{ name: 'North Macedonia' }],
  NLD: [{ name: 'Netherlands' }],
  PRK: [{ name: "Democratic People's Republic of Korea" }],
  RUS: [{ name: 'Russian Federation' }],
  SYR: [{ name: 'Syria' }, { from: '1961-10-13', name: 'Syrian Arab Republic' }],
  TUR: [{ name: 'Turkey' }, { from: '2022-06-01', name: 'Türkiye' }],
  TZA: [{ name: 'United Republic of Tanzania' }],
  UKR: [{ name: 'Ukrainian Soviet Socialist Republic' }, { from: '1991-08-24', name: 'Ukraine' }],
  USA: [{ name: 'United States of America' }],
  VCT: [{ name: 'Saint Vincent and the Grenadines' }],
  VEN: [{ name: 'Venezuela' }, { from: '1999-12-30', name: 'Venezuela (Bolivarian Republic of)' }],
  VNM: [{ name: 'Viet Nam' }],
  YEM: [{ name: 'Yemen' }],
  ZAF: [{ name: 'South Africa' }],
};

/** Upper-cases a user-typed code; codes are compared in upper case everywhere. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * True when `code` names a state the engine knows: a current ISO 3166-1 alpha-3 code, or a former
 * state's code (`SUN`, `YUG`, `CSK`, `DDR`, `ZAR`, `YMD`, ...). Case-insensitive.
 * @example isKnownMemberCode('sun') // true
 */
export function isKnownMemberCode(code: string): boolean {
  const c = normalizeCode(code);
  if (!/^[A-Z]{3}$/.test(c)) return false;
  return c in FORMER_STATES || countries.isValid(c);
}

/**
 * The UN short name of a state on a date (the latest name without a date), or `null` for an unknown
 * code. `CHN` is "Republic of China" before 25 October 1971 and "China" from then on.
 * @example memberName('KOR') // 'Republic of Korea'
 * @example memberName('ZAR', '1990-01-01') // 'Zaire'
 */
export function memberName(code: string, date?: IsoDate | string): string | null {
  const c = normalizeCode(code);
  const history = UN_NAMES[c];
  if (history) return nameAt(history, date);
  const former = FORMER_STATES[c];
  if (former !== undefined) return former;
  if (!/^[A-Z]{3}$/.test(c)) return null;
  return countries.getName(c, 'en') ?? null;
}

function nameAt(history: readonly NameSpan[], date: string | undefined): string {
  let name = history[0]?.name ?? '';
  for (const span of history) {
    if (date === undefined || span.from === undefined || span.from <= date) name = span.name;
  }
  return name;
}

/**
 * The key Rule 18 sorts names by: English alphabetical order, so accents are ignored ("Côte d'Ivoire"
 * files under C) and case does not matter.
 * @example alphabeticalKey("Côte d'Ivoire") // "cote d'ivoire"
 */
export function alphabeticalKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Compares two member codes by the alphabetical key of their UN short names on `date`. */
export function compareByName(a: MemberId, b: MemberId, date: IsoDate): number {
  const ka = alphabeticalKey(memberName(a, date) ?? a);
  const kb = alphabeticalKey(memberName(b, date) ?? b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
