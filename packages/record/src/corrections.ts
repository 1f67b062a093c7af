/**
 * Resolution numbers the Library's yearly tables print wrongly, corrected on import. Each entry
 * names the file, the meeting date and the printed number, so a correction can never touch
 * another row; each use is written to `import_issues` with severity `corrected`.
 */
export interface ResolutionCorrection {
  readonly file: string;
  readonly date: string;
  readonly printed: number;
  readonly corrected: number;
  readonly reason: string;
}

/** The corrections applied by the importer (listed in data/README.md and data/import-notes.csv). */
export const RESOLUTION_CORRECTIONS: readonly ResolutionCorrection[] = [
  {
    file: 'scact1990_table_en.html',
    date: '1990-09-13',
    printed: 663,
    corrected: 666,
    reason:
      'the 13 Sep 1990 row prints S/RES/663 (1990); 663 was adopted on 14 Aug 1990 and 666 is the resolution of 13 Sep 1990',
  },
  {
    file: 'scact1991_table_en.html',
    date: '1991-05-30',
    printed: 701,
    corrected: 695,
    reason:
      'the 30 May 1991 row prints S/RES/701 (1991); 701 was adopted on 31 Jul 1991 and 695 is the resolution of 30 May 1991',
  },
];

/** The correction for a resolution printed as `printed` on `date` in `file`, if there is one. */
export function correctionFor(file: string, date: string, printed: number): ResolutionCorrection | undefined {
  return RESOLUTION_CORRECTIONS.find((c) => c.file === file && c.date === date && c.printed === printed);
}
