import { type EngineError, fail, ok, type Result } from '../errors.ts';
import { type IsoDate, isIsoDate, type MemberId, memberId } from '../ids.ts';
import { membersOn } from './composition.ts';
import { PERMANENT_SEATS } from './membership-data.ts';
import { presidencyOn } from './presidency.ts';
import {
  type Council,
  type CouncilMember,
  type CouncilOptions,
  DEFAULT_THRESHOLD_SWITCH,
  FIRST_DATE,
  LAST_DATE,
} from './seats.ts';
import { isKnownMemberCode, normalizeCode } from './states.ts';

/** The first day of the fifteen-member Council (amended Art. 23). */
const ENLARGEMENT = '1966-01-01';

/**
 * The Council as it stood on `date` (`YYYY-MM-DD`, 17 Jan 1946 – 31 Dec 2026): its members (permanent
 * first, then elected by UN short name), its size, the threshold in force and the month's presidency.
 * @example councilOn('2019-04-18') // ok: 15 members, threshold 9, presidency DEU (computed)
 */
export function councilOn(date: string, options: CouncilOptions = {}): Result<Council> {
  if (!isIsoDate(date)) {
    return fail({
      code: 'date/invalid',
      message: `not a valid date: ${date} (expected YYYY-MM-DD)`,
      details: { date },
    });
  }
  if (date < FIRST_DATE || date > LAST_DATE) {
    return fail({
      code: 'date/out-of-range',
      message: `no Council data for ${date}: dates run from ${FIRST_DATE} (the Council's first meeting) to ${LAST_DATE}`,
      details: { date, first: FIRST_DATE, last: LAST_DATE },
    });
  }
  const switchDate = options.thresholdSwitch ?? DEFAULT_THRESHOLD_SWITCH;
  const presidency = presidencyOn(date);
  return ok({
    date,
    size: date < ENLARGEMENT ? 11 : 15,
    threshold: date < switchDate ? 7 : 9,
    members: membersOn(date),
    presidency: presidency?.member ?? null,
    presidencyBasis: presidency?.basis ?? null,
  });
}

/**
 * The code a member goes by on this Council, from a code a user typed (case-insensitive), or `null`
 * when no member answers to it. `CHN` is the China seat at every date; `RUS` and `SUN` both name the
 * Russia seat (the USSR before 24 Dec 1991).
 * @example resolveMemberCode(council1990, 'rus') // 'SUN'
 */
export function resolveMemberCode(council: Council, code: string): MemberId | null {
  return findMember(council, code)?.code ?? null;
}

/**
 * The member of this Council a typed code names, or why none does: `member/unknown` for a code that
 * names no state, `member/not-on-council` for a state that did not sit on that date.
 * @example resolveMember(council1990, 'DEU') // fail: "DEU was not a member of the Security Council on 1990-05-01"
 */
export function resolveMember(council: Council, code: string): Result<CouncilMember> {
  const found = findMember(council, code);
  if (found) return ok(found);
  const c = normalizeCode(code);
  if (!isKnownMemberCode(c)) return fail(unknownMember(code));
  return fail({
    code: 'member/not-on-council',
    message: `${c} was not a member of the Security Council on ${council.date}`,
    details: { member: c, date: council.date },
  });
}

function unknownMember(code: string): EngineError {
  return { code: 'member/unknown', message: `unknown member code ${code}`, details: { member: code } };
}

function findMember(council: Council, code: string): CouncilMember | null {
  const c = normalizeCode(code);
  const direct = council.members.find((m) => m.code === c);
  if (direct) return direct;
  // The dataset convention `TWN` for the Republic of China names the China seat while the ROC held it.
  if (c === 'TWN') {
    const roc = PERMANENT_SEATS.find((s) => s.seat === 'P5_CHINA')?.holders[0];
    const held = roc !== undefined && roc.to !== null && council.date <= roc.to;
    return held ? (council.members.find((m) => m.seat === 'P5_CHINA') ?? null) : null;
  }
  const seat = PERMANENT_SEATS.find((s) => s.code === c || s.aliases.includes(memberId(c)));
  if (!seat) return null;
  return council.members.find((m) => m.seat === seat.seat) ?? null;
}

/**
 * True when `date` is a real `YYYY-MM-DD` date inside the range the membership table covers.
 * @example isCouncilDate('1945-10-24') // false
 */
export function isCouncilDate(date: string): date is IsoDate {
  return isIsoDate(date) && date >= FIRST_DATE && date <= LAST_DATE;
}
