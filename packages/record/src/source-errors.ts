/**
 * Known errors in the Library's yearly tables that make a recorded vote disagree with the
 * Council's rules. `history check` flags a disagreement as a source error only when it matches an
 * entry here (same symbol, same date); anything else is reported as unexplained. Every entry must
 * match a disagreement (a test checks this), so the list cannot go stale silently.
 */
export interface SourceErrorEntry {
  readonly symbol: string;
  readonly date: string;
  readonly reason: string;
}

/** The documented source errors (each checked against the veto list and the meeting records). */
export const SOURCE_ERRORS: readonly SourceErrorEntry[] = [
  {
    symbol: 'S/5095',
    date: '1962-03-23',
    reason:
      'printed "not adopted 7-2-1": with 7 of 11 in favour it could only fail by a permanent member\'s negative vote, yet it is not in the veto list and not worded "vetoed"; the count is probably misprinted (check S/PV.998)',
  },
  {
    symbol: 'S/5134',
    date: '1962-06-22',
    reason:
      'printed "not adopted 7-2-2", but with 7 of 11 in favour it failed through the USSR\'s negative vote: the Library\'s veto list records it as a USSR veto',
  },
  {
    symbol: 'S/5407',
    date: '1963-09-03',
    reason:
      'the draft appears twice: 3 Sep 1963 "not adopted 8-2-1" and 13 Sep 1963 "vetoed by USSR 8-2-1"; the veto list dates the USSR veto 3 Sep 1963, so the 3 Sep row should read "vetoed"',
  },
  {
    symbol: 'S/10768',
    date: '1972-08-25',
    reason:
      'worded "vetoed by USSR" with 3-3-9: with 3 of 9 required votes it failed for lack of votes, so the negative vote was not a veto; the draft is not in the veto list',
  },
  {
    symbol: 'S/2022/431',
    date: '2022-05-26',
    reason:
      'printed 13-0-2, but China and the Russian Federation voted against (13-2-0): the veto list and the wording "vetoed by China, Russian Federation" both name two negative votes',
  },
];

/** The entry for a draft or resolution symbol on a date, if the disagreement is a known source error. */
export function sourceErrorFor(symbol: string, date: string): SourceErrorEntry | undefined {
  return SOURCE_ERRORS.find((e) => e.symbol === symbol && e.date === date);
}

/**
 * Known errors in the yearly tables that change no replayed outcome but misstate the record: rows
 * copied into the wrong meeting, and a veto the tables leave out. `history check` lists them with
 * whether each is still present, and `history vetoes-compare` marks the differences they explain.
 */
export interface RecordErrorEntry {
  readonly symbol: string;
  readonly date: string;
  /** `spurious-row`: the tables carry a copy of the draft on a wrong date; `missing-row`: they lack it. */
  readonly kind: 'spurious-row' | 'missing-row';
  readonly reason: string;
}

/** The documented record errors (each checked against the veto list and the meeting records). */
export const RECORD_ERRORS: readonly RecordErrorEntry[] = [
  {
    symbol: 'S/5407',
    date: '1963-09-13',
    kind: 'spurious-row',
    reason:
      'a copy of the Palestine draft S/5407 ("vetoed by USSR 8-2-1") sits in the 13 Sep 1963 Southern Rhodesia meeting; the veto was cast on 3 Sep 1963',
  },
  {
    symbol: 'S/11400',
    date: '1974-10-30',
    kind: 'spurious-row',
    reason:
      'a copy of the Cyprus draft S/11400 (as amended, "vetoed by USSR 12-2-0") sits in the 30 Oct 1974 South Africa meeting; the veto list and the 31 Jul 1974 row date it 31 Jul 1974',
  },
  {
    symbol: 'S/10416',
    date: '1971-12-04',
    kind: 'missing-row',
    reason: 'the USSR veto of S/10416 (India/Pakistan, 4 Dec 1971) is in the veto list but in no row of the 1971 table',
  },
];
