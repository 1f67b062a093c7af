import type { IsoDate, MemberId } from '../ids.ts';

/** The five permanent seats (Art. 23(1)), each a stable id apart from the state occupying it. */
export type SeatId = 'P5_CHINA' | 'P5_FRANCE' | 'P5_RUSSIA' | 'P5_UK' | 'P5_US';

/** A state holding a permanent seat for a period (inclusive dates; `to: null` means still holding). */
export interface SeatHolder {
  /** The state's own code: `CHN` for both Chinas is the seat's code; `SUN`/`RUS` differ. */
  readonly state: MemberId;
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** A permanent seat: its stable id, the code that names it at every date, and its holders. */
export interface PermanentSeat {
  readonly seat: SeatId;
  /** The code a user may use for this seat at every date (`CHN` for the China seat). */
  readonly code: MemberId;
  /** Other codes accepted for this seat at every date (`RUS` and `SUN` for the Russia seat). */
  readonly aliases: readonly MemberId[];
  readonly holders: readonly SeatHolder[];
}

/** One member of the Council on a given date. */
export interface CouncilMember {
  /** The member's code on that date (`SUN` before 24 Dec 1991, `RUS` after; `CHN` always). */
  readonly code: MemberId;
  /** The UN short name on that date ("Republic of China", "Russian Federation", "Viet Nam"). */
  readonly name: string;
  readonly permanent: boolean;
  /** The permanent seat, for permanent members. */
  readonly seat: SeatId | null;
  /** For elected members: the years of the term that covers this date, e.g. [2018, 2019]. */
  readonly term: readonly [number, number] | null;
}

/** The Council as it stood on one date. */
export interface Council {
  readonly date: IsoDate;
  /** 11 before 1966, 15 since. */
  readonly size: number;
  /** Affirmative votes required (7 or 9). */
  readonly threshold: number;
  /** Permanent members first (China, France, Russia/USSR, UK, US), then elected members by name. */
  readonly members: readonly CouncilMember[];
  /** The member holding the presidency that month, when known. */
  readonly presidency: MemberId | null;
  /**
   * How the presidency is known: `verified` (on record) or `computed` (by Rule 18 from a verified
   * month); `null` or absent when the presidency is unknown.
   */
  readonly presidencyBasis?: 'verified' | 'computed' | null;
}

/** Options that the rules leave open (council-rules.md 1.1). */
export interface CouncilOptions {
  /**
   * First day on which nine votes are needed. Default `1966-01-01`; the amended Art. 27 entered into
   * force on 31 Aug 1965, and which threshold the 11-member Council applied in those months is an
   * open question.
   */
  readonly thresholdSwitch?: IsoDate;
}

/** The first date the engine knows: the Council's first meeting. */
export const FIRST_DATE = '1946-01-17' as IsoDate;
/** The last date the engine's membership table covers. */
export const LAST_DATE = '2026-12-31' as IsoDate;
/** Default first day of the nine-vote threshold. */
export const DEFAULT_THRESHOLD_SWITCH = '1966-01-01' as IsoDate;

/** Codes of the permanent members on the Council. */
export function permanentCodes(council: Council): MemberId[] {
  return council.members.filter((m) => m.permanent).map((m) => m.code);
}

/** Codes of every member of the Council. */
export function memberCodes(council: Council): MemberId[] {
  return council.members.map((m) => m.code);
}
