import type { RecordDb } from './schema.ts';

/** A run of resolution numbers missing from the record, inclusive. */
export interface NumberGap {
  readonly from: number;
  readonly to: number;
}

/**
 * The resolution numbers missing between the lowest and the highest the record holds: a page cut
 * off, a row the importer could not read, or a year not imported shows here.
 * @example resolutionGaps(db) // [] for the whole record 1946–2022
 */
export function resolutionGaps(db: RecordDb): NumberGap[] {
  const numbers = db
    .prepare<[], { number: number }>('SELECT number FROM resolutions ORDER BY number')
    .all()
    .map((r) => r.number);
  const gaps: NumberGap[] = [];
  for (let i = 1; i < numbers.length; i++) {
    const a = numbers[i - 1] ?? 0;
    const b = numbers[i] ?? 0;
    if (b > a + 1) gaps.push({ from: a + 1, to: b - 1 });
  }
  return gaps;
}
