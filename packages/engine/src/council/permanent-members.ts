import type { MemberId } from '../ids.ts';
import { PERMANENT_SEATS } from './membership-data.ts';

/**
 * The code of each permanent seat, `CHN FRA RUS GBR USA`, read from {@link PERMANENT_SEATS} (the one
 * list of the permanent members and their holders by date); for the members on a date, use
 * `permanentCodes(councilOn(date))`.
 */
export const PERMANENT_SEAT_CODES: readonly MemberId[] = PERMANENT_SEATS.map((s) => s.code);

/**
 * Every state that has held a permanent seat, seat by seat (`CHN FRA SUN RUS GBR USA`): the USSR and
 * the Russian Federation apart, the Republic of China and the People's Republic under one code.
 */
export const PERMANENT_STATES: readonly PermanentState[] = [
  ...new Set(PERMANENT_SEATS.flatMap((s) => s.holders.map((h) => h.state as PermanentState))),
];

/**
 * The code of a state that has held a permanent seat (see {@link PERMANENT_STATES}); a test checks that
 * this type names exactly the holders in {@link PERMANENT_SEATS}.
 */
export type PermanentState = 'CHN' | 'FRA' | 'SUN' | 'RUS' | 'GBR' | 'USA';

/**
 * True when `code` is a state that has held a permanent seat.
 * @example isPermanentState('SUN') // true
 */
export function isPermanentState(code: string): code is PermanentState {
  return (PERMANENT_STATES as readonly string[]).includes(code);
}
