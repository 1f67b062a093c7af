import {
  type Body,
  councilBody as bodyOfCouncil,
  type Council,
  type IsoDate,
  isoDate,
  type MemberId,
  memberId,
  type Result,
  resolveMember,
} from '@horseshoe/engine';
import type { FieldPath } from './locate.ts';
import type { Issue } from './positions.ts';
import type { BodyFile } from './schema.ts';

/** The Council on a date, or why there is none (default: the engine's `councilOn`). */
export type CouncilResolver = (date: IsoDate) => Result<Council>;

/** A decision's voting body, with the way member codes are read in it. */
export interface ResolvedBody {
  readonly body: Body;
  /** The member a code names in this body, or the reason it names none. */
  readonly resolve: (code: string) => { readonly member: MemberId } | { readonly error: string };
}

/** Codes in a custom body: letters, digits, `-` and `_`. */
const CUSTOM_CODE = /^[A-Za-z0-9_-]+$/;

/** Checks a custom body: code syntax, duplicates, permanent ⊆ members, 1 ≤ threshold ≤ members. */
export function checkCustomBody(body: BodyFile): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  body.members.forEach((code, i) => {
    const path: FieldPath = ['body', 'members', i];
    if (!CUSTOM_CODE.test(code))
      issues.push({ path, message: `member code "${code}" may only contain letters, digits, - and _` });
    else if (seen.has(code)) issues.push({ path, message: `member ${code} is listed twice` });
    seen.add(code);
  });
  const permanentSeen = new Set<string>();
  (body.permanent ?? []).forEach((code, i) => {
    const path: FieldPath = ['body', 'permanent', i];
    if (!seen.has(code)) issues.push({ path, message: `permanent member ${code} is not one of the body's members` });
    else if (permanentSeen.has(code)) issues.push({ path, message: `permanent member ${code} is listed twice` });
    permanentSeen.add(code);
  });
  if (body.threshold > body.members.length) {
    issues.push({
      path: ['body', 'threshold'],
      message: `threshold ${body.threshold} exceeds the ${body.members.length} members of the body`,
    });
  }
  return issues;
}

/** A custom body as the engine sees it (call only after {@link checkCustomBody} found nothing). */
export function customBody(body: BodyFile, date: IsoDate | null): ResolvedBody {
  const members = body.members.map(memberId);
  const isMember = new Set<string>(members); // a Set: 10,000 members' positions are resolved in linear time
  return {
    body: {
      members,
      permanent: (body.permanent ?? []).map(memberId),
      threshold: body.threshold,
      names: Object.fromEntries(members.map((m) => [m, m])),
      date,
    },
    resolve: (code) =>
      isMember.has(code)
        ? { member: memberId(code) }
        : { error: `${code} is not a member of the body (members: ${members.join(', ')})` },
  };
}

/** The real Council on a date as a body, or the resolver's errors. */
export function councilBody(date: string, resolveCouncil: CouncilResolver): ResolvedBody | { errors: string[] } {
  let council: Result<Council>;
  try {
    council = resolveCouncil(isoDate(date));
  } catch {
    return { errors: [`not a valid date: ${date}`] };
  }
  if (!council.ok) return { errors: council.errors.map((e) => e.message) };
  const c = council.value;
  return {
    body: bodyOfCouncil(c),
    resolve: (code) => {
      const r = resolveMember(c, code);
      return r.ok ? { member: r.value.code } : { error: r.errors.map((e) => e.message).join('; ') };
    },
  };
}
