import { isIsoDate } from '@horseshoe/engine';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Reads "30 December" (with the year given) or "26 May 2022" as an ISO date; `null` when the text
 * holds no real date. A two-digit year ("30 January 86") is read as 19xx and flagged.
 * @example dateFromText('09 December', 1947) // { date: '1947-12-09', twoDigitYear: false }
 */
export function dateFromText(text: string, year?: number): { date: string; twoDigitYear: boolean } | null {
  const m = /(\d{1,2})\s+([A-Za-z]+)\.?(?:\s*,?\s*(\d{2,4}))?/.exec(text);
  if (!m) return null;
  const month = MONTHS.findIndex((name) => name.startsWith((m[2] ?? '').toLowerCase()) && (m[2] ?? '').length >= 3);
  if (month < 0) return null;
  let y = year;
  let twoDigitYear = false;
  if (m[3] !== undefined) {
    y = Number(m[3]);
    if (m[3].length === 2) {
      y += 1900;
      twoDigitYear = true;
    }
  }
  if (y === undefined) return null;
  const date = `${y}-${String(month + 1).padStart(2, '0')}-${String(Number(m[1])).padStart(2, '0')}`;
  return isIsoDate(date) ? { date, twoDigitYear } : null;
}

/** Reads a US-style `M/D/YYYY` date as ISO; `null` when it is not a real date. */
export function dateFromUsText(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const date = `${m[3]}-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}
