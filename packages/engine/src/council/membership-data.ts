import type { IsoDate, MemberId } from '../ids.ts';
import type { PermanentSeat, SeatHolder } from './seats.ts';

/**
 * One elected term: the state, the years of the term it was elected to (inclusive), and, when it sat
 * for only part of the term, the exact first and last day it sat. Terms run 1 January – 31 December.
 */
export interface ElectedTerm {
  readonly code: MemberId;
  readonly first: number;
  readonly last: number;
  /** First day on the Council when it is not 1 January of `first`. */
  readonly from?: IsoDate;
  /** Last day on the Council when it is not 31 December of `last`. */
  readonly to?: IsoDate;
  /** Why the term is not a plain two-year term. */
  readonly note?: string;
}

/** A state elected to a term that it did not take up. */
export interface DeclinedSeat {
  readonly code: MemberId;
  readonly first: number;
  readonly last: number;
  readonly elected: IsoDate;
  readonly note: string;
}

function term(code: string, first: number, last = first + 1, extra: Partial<ElectedTerm> = {}): ElectedTerm {
  return { code: code as MemberId, first, last, ...extra };
}

/** Five (three before 1966) two-year terms starting the same year, written as one line of codes. */
function year(first: number, codes: string): ElectedTerm[] {
  return codes.split(' ').map((c) => term(c, first));
}

const SPLIT = 'split term: the GA could not break a tie, and the two states shared the two-year seat';

/**
 * Elected members of the Security Council, 1946–2027, by the year their term began. Written from the
 * General Assembly's election results; exceptions (one-year terms, shared seats, mid-term changes of
 * state, late elections) carry their dates and a note.
 */
export const ELECTED_TERMS: readonly ElectedTerm[] = [
  // First election (12 Jan 1946): three of the six drew one-year terms (Art. 23(2)).
  ...year(1946, 'AUS BRA POL'),
  term('EGY', 1946, 1946, { note: 'one-year term of the first election' }),
  term('MEX', 1946, 1946, { note: 'one-year term of the first election' }),
  term('NLD', 1946, 1946, { note: 'one-year term of the first election' }),
  ...year(1947, 'BEL COL SYR'),
  ...year(1948, 'ARG CAN UKR'),
  ...year(1949, 'CUB EGY NOR'),
  ...year(1950, 'ECU IND YUG'),
  ...year(1951, 'BRA NLD TUR'),
  ...year(1952, 'CHL GRC PAK'),
  ...year(1953, 'COL DNK LBN'),
  ...year(1954, 'BRA NZL TUR'),
  ...year(1955, 'BEL IRN PER'),
  ...year(1956, 'AUS CUB'),
  term('YUG', 1956, 1957, { to: '1956-12-31' as IsoDate, note: SPLIT }),
  term('PHL', 1956, 1957, { from: '1957-01-01' as IsoDate, note: SPLIT }),
  ...year(1957, 'COL IRQ SWE'),
  ...year(1958, 'CAN JPN PAN'),
  ...year(1959, 'ARG ITA TUN'),
  ...year(1960, 'LKA ECU'),
  term('POL', 1960, 1961, { to: '1960-12-31' as IsoDate, note: SPLIT }),
  term('TUR', 1960, 1961, { from: '1961-01-01' as IsoDate, note: SPLIT }),
  ...year(1961, 'CHL EGY'),
  term('LBR', 1961, 1962, { to: '1961-12-31' as IsoDate, note: SPLIT }),
  term('IRL', 1961, 1962, { from: '1962-01-01' as IsoDate, note: SPLIT }),
  ...year(1962, 'GHA VEN'),
  term('ROU', 1962, 1963, { to: '1962-12-31' as IsoDate, note: SPLIT }),
  term('PHL', 1962, 1963, { from: '1963-01-01' as IsoDate, note: SPLIT }),
  ...year(1963, 'BRA MAR NOR'),
  ...year(1964, 'BOL CIV'),
  term('CSK', 1964, 1965, { to: '1964-12-31' as IsoDate, note: SPLIT }),
  term('MYS', 1964, 1965, { from: '1965-01-01' as IsoDate, note: SPLIT }),
  ...year(1965, 'JOR NLD URY'),
  // First enlarged Council: two of the four new seats drew one-year terms.
  ...year(1966, 'ARG BGR JPN MLI NGA'),
  term('NZL', 1966, 1966, { note: 'one-year term of the first enlarged election (Art. 23(2) as amended)' }),
  term('UGA', 1966, 1966, { note: 'one-year term of the first enlarged election (Art. 23(2) as amended)' }),
  ...year(1967, 'BRA CAN DNK ETH IND'),
  ...year(1968, 'DZA HUN PAK PRY SEN'),
  ...year(1969, 'COL FIN NPL ESP ZMB'),
  ...year(1970, 'BDI NIC POL SLE SYR'),
  ...year(1971, 'ARG BEL ITA JPN SOM'),
  ...year(1972, 'GIN IND PAN SDN YUG'),
  ...year(1973, 'AUS AUT IDN KEN PER'),
  ...year(1974, 'BLR CMR CRI IRQ MRT'),
  ...year(1975, 'GUY ITA JPN SWE TZA'),
  ...year(1976, 'BEN LBY PAK PAN ROU'),
  ...year(1977, 'CAN DEU IND MUS VEN'),
  ...year(1978, 'BOL CSK GAB KWT NGA'),
  ...year(1979, 'BGD JAM NOR PRT ZMB'),
  ...year(1980, 'DDR NER PHL TUN'),
  term('MEX', 1980, 1981, {
    from: '1980-01-07' as IsoDate,
    note: 'elected on 7 Jan 1980 after Cuba and Colombia withdrew from a deadlocked election; the seat was vacant until then',
  }),
  ...year(1981, 'ESP IRL JPN PAN UGA'),
  ...year(1982, 'GUY JOR POL TGO ZAR'),
  ...year(1983, 'MLT NLD NIC PAK ZWE'),
  ...year(1984, 'BFA EGY IND PER UKR'),
  ...year(1985, 'AUS DNK MDG THA TTO'),
  ...year(1986, 'BGR COG GHA ARE VEN'),
  ...year(1987, 'ARG DEU ITA JPN ZMB'),
  ...year(1988, 'DZA BRA NPL SEN YUG'),
  ...year(1989, 'CAN COL ETH FIN MYS'),
  ...year(1990, 'CIV CUB ROU ZAR'),
  term('YMD', 1990, 1991, {
    to: '1990-05-21' as IsoDate,
    note: 'elected as Democratic Yemen; Yemen united on 22 May 1990 and took over the seat',
  }),
  term('YEM', 1990, 1991, {
    from: '1990-05-22' as IsoDate,
    note: 'the Republic of Yemen continued the seat of Democratic Yemen from unification (22 May 1990)',
  }),
  ...year(1991, 'AUT BEL ECU IND ZWE'),
  ...year(1992, 'CPV HUN JPN MAR VEN'),
  ...year(1993, 'BRA DJI NZL PAK ESP'),
  ...year(1994, 'ARG CZE NGA OMN RWA'),
  ...year(1995, 'BWA DEU HND IDN ITA'),
  ...year(1996, 'CHL EGY GNB POL KOR'),
  ...year(1997, 'CRI JPN KEN PRT SWE'),
  ...year(1998, 'BHR BRA GAB GMB SVN'),
  ...year(1999, 'ARG CAN MYS NAM NLD'),
  ...year(2000, 'BGD JAM MLI TUN UKR'),
  ...year(2001, 'COL IRL MUS NOR SGP'),
  ...year(2002, 'BGR CMR GIN MEX SYR'),
  ...year(2003, 'AGO CHL DEU PAK ESP'),
  ...year(2004, 'DZA BEN BRA PHL ROU'),
  ...year(2005, 'ARG DNK GRC JPN TZA'),
  ...year(2006, 'COG GHA PER QAT SVK'),
  ...year(2007, 'BEL IDN ITA PAN ZAF'),
  ...year(2008, 'BFA CRI HRV LBY VNM'),
  ...year(2009, 'AUT JPN MEX TUR UGA'),
  ...year(2010, 'BIH BRA GAB LBN NGA'),
  ...year(2011, 'COL DEU IND PRT ZAF'),
  ...year(2012, 'AZE GTM MAR PAK TGO'),
  ...year(2013, 'ARG AUS LUX KOR RWA'),
  ...year(2014, 'TCD CHL LTU NGA'),
  term('JOR', 2014, 2015, { note: 'elected on 6 Dec 2013 to the seat Saudi Arabia declined' }),
  ...year(2015, 'AGO MYS NZL ESP VEN'),
  ...year(2016, 'EGY JPN SEN UKR URY'),
  ...year(2017, 'BOL ETH KAZ SWE'),
  term('ITA', 2017, 2018, { to: '2017-12-31' as IsoDate, note: SPLIT }),
  term('NLD', 2017, 2018, { from: '2018-01-01' as IsoDate, note: SPLIT }),
  ...year(2018, 'CIV GNQ KWT PER POL'),
  ...year(2019, 'BEL DOM DEU IDN ZAF'),
  ...year(2020, 'EST NER VCT TUN VNM'),
  ...year(2021, 'IND IRL KEN MEX NOR'),
  ...year(2022, 'ALB BRA GAB GHA ARE'),
  ...year(2023, 'ECU JPN MLT MOZ CHE'),
  ...year(2024, 'DZA GUY KOR SLE SVN'),
  ...year(2025, 'DNK GRC PAK PAN SOM'),
  ...year(2026, 'BHR COL COD LVA LBR'),
];

/** Seats won in a GA election and not taken up. */
export const DECLINED_SEATS: readonly DeclinedSeat[] = [
  {
    code: 'SAU' as MemberId,
    first: 2014,
    last: 2015,
    elected: '2013-10-17' as IsoDate,
    note: 'Saudi Arabia declined the seat on 18 Oct 2013; Jordan was elected in its place on 6 Dec 2013',
  },
];

function holder(state: string, name: string, from: string, to: string | null): SeatHolder {
  return { state: state as MemberId, name, from: from as IsoDate, to: to as IsoDate | null };
}

/** The five permanent seats (Art. 23(1)) in the Council's order, each with the states that held it. */
export const PERMANENT_SEATS: readonly PermanentSeat[] = [
  {
    seat: 'P5_CHINA',
    code: 'CHN' as MemberId,
    aliases: [],
    holders: [
      holder('CHN', 'Republic of China', '1946-01-17', '1971-10-24'),
      holder('CHN', 'China', '1971-10-25', null),
    ],
  },
  { seat: 'P5_FRANCE', code: 'FRA' as MemberId, aliases: [], holders: [holder('FRA', 'France', '1946-01-17', null)] },
  {
    seat: 'P5_RUSSIA',
    code: 'RUS' as MemberId,
    aliases: ['RUS' as MemberId, 'SUN' as MemberId],
    holders: [
      holder('SUN', 'Union of Soviet Socialist Republics', '1946-01-17', '1991-12-23'),
      holder('RUS', 'Russian Federation', '1991-12-24', null),
    ],
  },
  {
    seat: 'P5_UK',
    code: 'GBR' as MemberId,
    aliases: [],
    holders: [holder('GBR', 'United Kingdom of Great Britain and Northern Ireland', '1946-01-17', null)],
  },
  {
    seat: 'P5_US',
    code: 'USA' as MemberId,
    aliases: [],
    holders: [holder('USA', 'United States of America', '1946-01-17', null)],
  },
];

/** Dates on which an elected seat stood empty, with the reason; the Council had one member fewer. */
export const VACANCIES: readonly { readonly from: IsoDate; readonly to: IsoDate; readonly reason: string }[] = [
  {
    from: '1980-01-01' as IsoDate,
    to: '1980-01-06' as IsoDate,
    reason: 'the 1979 election between Cuba and Colombia had not produced a winner; Mexico was elected on 7 Jan 1980',
  },
];
