/** Marks a primitive type with a nominal brand so that two kinds of string never mix. */
export type Brand<T, TName extends string> = T & { readonly __brand: TName };

/** A member code: ISO 3166-1 alpha-3 for states (`FRA`, `SUN`), or a custom body's own name. */
export type MemberId = Brand<string, 'MemberId'>;

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = Brand<string, 'IsoDate'>;

/** A clause id, unique within one decision. */
export type ClauseId = Brand<string, 'ClauseId'>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Brands a member code. Codes are case-sensitive; the Council's are upper-case alpha-3.
 * @example memberId('FRA')
 */
export function memberId(code: string): MemberId {
  return code as MemberId;
}

/**
 * Brands a clause id.
 * @example clauseId('name-lna')
 */
export function clauseId(id: string): ClauseId {
  return id as ClauseId;
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): text is IsoDate {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/**
 * Brands a `YYYY-MM-DD` string after checking it is a real date; throws otherwise (a bug, since
 * user input is checked with {@link isIsoDate} at the boundary).
 * @example isoDate('2019-04-18')
 */
export function isoDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new Error(`not a YYYY-MM-DD date: ${text}`);
  return text;
}

/** The year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

// Control, format (bidirectional overrides such as U+202E, zero-width spaces and joiners, U+FEFF) and
// line/paragraph separators: invisible or reordering characters that make an id print as another.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * The first control, bidirectional or zero-width character of `text`, written `U+202E`, or null.
 * @example hiddenCharacter('fra\u202E') // 'U+202E'
 */
export function hiddenCharacter(text: string): string | null {
  const found = HIDDEN.exec(text)?.[0];
  return found === undefined ? null : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
