import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../ids.ts';
import { electedMembersOn, membersOn, termSpan } from './composition.ts';
import { ELECTED_TERMS } from './membership-data.ts';
import { isKnownMemberCode } from './states.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
// The membership by year from Wikipedia's "List of members of the United Nations Security Council",
// as data/membership.csv records it (see data/README.md).
const MEMBERSHIP = parse(readFileSync(path.join(repoRoot, 'data/membership.csv')), { columns: true }) as {
  year: string;
  iso3: string;
  permanent: string;
}[];

interface DatasetYear {
  readonly year: number;
  readonly members: readonly { readonly iso3: string; readonly permanent: boolean }[];
}

function datasetYear(year: number): DatasetYear {
  const members = MEMBERSHIP.filter((m) => Number(m.year) === year).map((m) => ({
    iso3: m.iso3,
    permanent: m.permanent === 'true',
  }));
  return { year, members };
}

/** Every code that sat on the Council on at least one day of `year` (the dataset is year-granular). */
function ourCodesIn(year: number): Set<string> {
  const codes = new Set<string>();
  const start = new Date(Date.UTC(year, 0, year === 1946 ? 17 : 1));
  for (const d = start; d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    for (const m of membersOn(d.toISOString().slice(0, 10) as IsoDate)) codes.add(m.code);
  }
  return codes;
}

/**
 * Where the dataset and our table differ on purpose. `ours` lists codes only we have that year,
 * `theirs` codes only the dataset has. The dataset's README states the first and last two
 * (year-granular seat changes, `TWN` for the Republic of China, Russia for all of 1991).
 */
const EXCEPTIONS: readonly { years: readonly number[]; ours: string[]; theirs: string[]; reason: string }[] = [
  {
    years: Array.from({ length: 25 }, (_, i) => 1946 + i),
    ours: ['CHN'],
    theirs: ['TWN'],
    reason: 'the dataset codes the Republic of China TWN; CHN names the China seat at every date (scenarios.md)',
  },
  {
    years: [1982, 1983, 1991],
    ours: ['ZAR'],
    theirs: ['COD'],
    reason: "the dataset uses the Democratic Republic of the Congo's present code for Zaire; we keep Zaire's code ZAR",
  },
  {
    years: [1990],
    ours: ['YMD', 'ZAR'],
    theirs: ['COD'],
    reason:
      'Zaire as above; and the dataset lists only unified Yemen for 1990, while Democratic Yemen held the seat to 21 May 1990',
  },
  {
    years: [1991],
    ours: ['SUN'],
    theirs: [],
    reason: 'the dataset puts the Russian Federation on the seat for all of 1991; the USSR held it until 23 Dec 1991',
  },
];

function expectedDifference(year: number): { ours: string[]; theirs: string[] } {
  const ours: string[] = [];
  const theirs: string[] = [];
  for (const e of EXCEPTIONS) {
    if (!e.years.includes(year)) continue;
    ours.push(...e.ours);
    theirs.push(...e.theirs);
  }
  return { ours: [...new Set(ours)].sort(), theirs: [...new Set(theirs)].sort() };
}

describe('membership table against the membership by year of data/membership.csv', () => {
  const years = Array.from({ length: 2026 - 1946 + 1 }, (_, i) => 1946 + i);
  it.each(years)('agrees with the dataset for %i, apart from the listed exceptions', (year) => {
    const theirs = new Set(datasetYear(year).members.map((m) => m.iso3));
    const ours = ourCodesIn(year);
    const difference = {
      ours: [...ours].filter((c) => !theirs.has(c)).sort(),
      theirs: [...theirs].filter((c) => !ours.has(c)).sort(),
    };
    expect(difference).toEqual(expectedDifference(year));
  });

  it('marks the same members permanent as the dataset in every year', () => {
    for (const year of years) {
      const permanentTheirs = datasetYear(year).members.filter((m) => m.permanent).length;
      const permanentOurs = membersOn(`${year}-06-30` as IsoDate).filter((m) => m.permanent).length;
      expect([year, permanentOurs]).toEqual([year, permanentTheirs]);
    }
  });
});

/** council-rules.md 1.4, transcribed to codes (names as the document gives them, in comments). */
const COUNCIL_RULES_YEARS: Readonly<Record<number, string>> = {
  2026: 'BHR COL COD DNK GRC LVA LBR PAK PAN SOM',
  2025: 'DZA DNK GRC GUY PAK PAN KOR SLE SVN SOM',
  2024: 'DZA ECU GUY JPN MLT MOZ KOR SLE SVN CHE',
  2023: 'ALB BRA ECU GAB GHA JPN MLT MOZ CHE ARE',
  2022: 'ALB BRA GAB GHA IND IRL KEN MEX NOR ARE',
  2021: 'EST IND IRL KEN MEX NER NOR VCT TUN VNM',
  2020: 'BEL DOM EST DEU IDN NER VCT ZAF TUN VNM',
  2019: 'BEL CIV DOM GNQ DEU IDN KWT PER POL ZAF',
  2018: 'BOL CIV GNQ ETH KAZ KWT NLD PER POL SWE',
  2017: 'BOL EGY ETH ITA JPN KAZ SEN SWE UKR URY',
  2016: 'AGO EGY JPN MYS NZL SEN ESP UKR URY VEN',
  2015: 'AGO TCD CHL JOR LTU MYS NZL NGA ESP VEN',
  2014: 'ARG AUS TCD CHL JOR LTU LUX NGA KOR RWA',
  2013: 'ARG AUS AZE GTM LUX MAR PAK KOR RWA TGO',
  2011: 'BIH BRA COL GAB DEU IND LBN NGA PRT ZAF',
  2000: 'ARG BGD CAN JAM MYS MLI NAM NLD TUN UKR',
  1999: 'ARG BHR BRA CAN GAB GMB MYS NAM NLD SVN',
  1996: 'BWA CHL EGY DEU GNB HND IDN ITA POL KOR',
  1993: 'BRA CPV DJI HUN JPN MAR NZL PAK ESP VEN',
  // Yemen: elected as Democratic Yemen, unified Yemen from 22 May 1990 (checked on 1 July).
  1990: 'CAN COL CIV CUB ETH FIN MYS ROU YEM ZAR',
  1976: 'BEN GUY ITA JPN LBY PAK PAN ROU SWE TZA',
  1972: 'ARG BEL GIN IND ITA JPN PAN SOM SDN YUG',
  1971: 'ARG BEL BDI ITA JPN NIC POL SLE SOM SYR',
  1969: 'DZA COL FIN HUN NPL PAK PRY SEN ESP ZMB',
  1967: 'ARG BRA BGR CAN DNK ETH IND JPN MLI NGA',
  1966: 'ARG BGR JPN JOR MLI NLD NZL NGA UGA URY',
  1956: 'AUS BEL CUB IRN PER YUG',
  1955: 'BEL BRA IRN NZL PER TUR',
  1950: 'CUB ECU EGY IND NOR YUG',
  1949: 'ARG CAN CUB EGY NOR UKR',
  1948: 'ARG BEL CAN COL SYR UKR',
  1947: 'AUS BEL BRA COL POL SYR',
};

describe('membership table against council-rules.md 1.4', () => {
  it.each(Object.entries(COUNCIL_RULES_YEARS))('has the confirmed elected members of %s', (year, codes) => {
    const ours = electedMembersOn(`${year}-07-01` as IsoDate).map((m) => m.code);
    expect(ours.sort()).toEqual(codes.split(' ').sort());
  });
});

const DECISIONS = path.resolve(repoRoot, 'data/decisions.csv');

describe('membership table against the votes in the Library meeting tables', () => {
  it('never seats fewer members than the votes recorded on a date, 1946 to June 2022', () => {
    const rows = parse(readFileSync(DECISIONS), { columns: true }) as Record<string, string>[];
    const voted = rows.filter((r) => r.yes !== undefined && r.yes !== '');
    const tooMany = voted
      .map((r) => ({ date: r.date ?? '', symbol: r.symbol, votes: Number(r.yes) + Number(r.no) + Number(r.abstain) }))
      .filter((r) => r.votes > membersOn(r.date as IsoDate).length);
    expect(voted.length).toBeGreaterThan(2800);
    expect(tooMany).toEqual([]);
  });
});

describe('elected terms', () => {
  it('use only codes the engine knows', () => {
    const unknown = ELECTED_TERMS.filter((t) => !isKnownMemberCode(t.code)).map((t) => t.code);
    expect(unknown).toEqual([]);
  });

  it('last one or two years, and exact dates fall inside the term', () => {
    for (const t of ELECTED_TERMS) {
      const span = termSpan(t);
      expect(t.last - t.first, t.code).toBeGreaterThanOrEqual(0);
      expect(t.last - t.first, t.code).toBeLessThanOrEqual(1);
      expect(span.from <= span.to, `${t.code} ${t.first}`).toBe(true);
      expect(Number(span.from.slice(0, 4)) >= t.first && Number(span.to.slice(0, 4)) <= t.last).toBe(true);
    }
  });

  it('never give a state a term starting the year after its previous term ended (Art. 23(2))', () => {
    const offenders: string[] = [];
    for (const a of ELECTED_TERMS) {
      for (const b of ELECTED_TERMS) {
        if (a !== b && a.code === b.code && b.first >= a.first && b.first <= a.last + 1) {
          offenders.push(`${a.code} ${a.first}-${a.last} then ${b.first}-${b.last}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
