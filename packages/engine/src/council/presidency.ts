import type { IsoDate, MemberId } from '../ids.ts';
import { membersOn } from './composition.ts';
import { LAST_DATE } from './seats.ts';
import { alphabeticalKey, memberName } from './states.ts';

/** Whether a month's presidency is on record (`verified`) or derived by Rule 18 (`computed`). */
export type PresidencyBasis = 'verified' | 'computed';

/** The member presiding over the Council in one month, and how we know. */
export interface Presidency {
  readonly member: MemberId;
  readonly basis: PresidencyBasis;
}

/** Years whose twelve presidencies are on record (council-rules.md section 4), January to December. */
const VERIFIED_ROTATIONS: Readonly<Record<number, readonly string[]>> = {
  2015: ['CHL', 'CHN', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'NGA', 'RUS', 'ESP', 'GBR', 'USA'],
  2023: ['JPN', 'MLT', 'MOZ', 'RUS', 'CHE', 'ARE', 'GBR', 'USA', 'ALB', 'BRA', 'CHN', 'ECU'],
};

const LAST_YEAR = Number(LAST_DATE.slice(0, 4));

/** Month index since year 0, so that months compare and step as integers. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function firstDayOf(index: number): IsoDate {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01` as IsoDate;
}

/**
 * The member that presides in the month starting `date` after `previous` presided in the month
 * starting `previousDate`. Rule 18: the next president is the member, in English alphabetical order of UN short names, that
 * follows the previous president, wrapping from Z to A. The previous president need not still sit
 * (each 1 January the rotation picks up in the new membership).
 * @example nextPresident(memberId('IND'), isoDate('2022-12-01'), isoDate('2023-01-01')) // 'JPN'
 */
export function nextPresident(previous: MemberId, previousDate: IsoDate, date: IsoDate): MemberId {
  const after = alphabeticalKey(memberName(previous, previousDate) ?? previous);
  const members = membersOn(date)
    .map((m) => ({ code: m.code, key: alphabeticalKey(m.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const next = members.find((m) => m.key > after) ?? members[0];
  if (!next) throw new Error(`no members on ${date}`);
  return next.code;
}

let chain: Map<number, Presidency> | null = null;

/** Every known month: verified years as recorded, later months computed forward from the last verified December. */
function buildChain(): Map<number, Presidency> {
  const out = new Map<number, Presidency>();
  const verifiedYears = Object.keys(VERIFIED_ROTATIONS)
    .map(Number)
    .sort((a, b) => a - b);
  const first = verifiedYears[0];
  if (first === undefined) return out;
  let previous: MemberId | null = null;
  let previousDate = firstDayOf(monthIndex(first, 1));
  for (let index = monthIndex(first, 1); index <= monthIndex(LAST_YEAR, 12); index++) {
    const date = firstDayOf(index);
    const verified = VERIFIED_ROTATIONS[Math.floor(index / 12)]?.[index % 12];
    let presidency: Presidency;
    if (verified !== undefined) presidency = { member: verified as MemberId, basis: 'verified' };
    else if (previous !== null) presidency = { member: nextPresident(previous, previousDate, date), basis: 'computed' };
    else throw new Error(`rotation has no anchor before ${date}`);
    out.set(index, presidency);
    previous = presidency.member;
    previousDate = date;
  }
  return out;
}

/**
 * The presidency of a month (`month` 1–12): verified for 2015 and 2023, computed by Rule 18 from the
 * last verified December for 2016–2022 and 2024–2026, and `null` (unknown) before 2015 or after 2026.
 * @example presidencyIn(2019, 4) // { member: 'DEU', basis: 'computed' }
 */
export function presidencyIn(year: number, month: number): Presidency | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  chain ??= buildChain();
  return chain.get(monthIndex(year, month)) ?? null;
}

/**
 * The presidency of the month containing `date`.
 * @example presidencyOn(isoDate('2023-01-15')) // { member: 'JPN', basis: 'verified' }
 */
export function presidencyOn(date: IsoDate): Presidency | null {
  return presidencyIn(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}
