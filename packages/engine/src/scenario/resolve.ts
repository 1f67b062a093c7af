import { councilOn, resolveMemberCode } from '../council/membership.ts';
import { type Council, type CouncilOptions, permanentCodes } from '../council/seats.ts';
import { type ClauseId, clauseId, type MemberId, memberId } from '../ids.ts';
import {
  type CastVote,
  DEFAULT_POSITION,
  type Position,
  type PositionOverride,
  type VoteDistribution,
} from './position.ts';
import type { Body, Clause } from './types.ts';

/** The fields of a {@link Position}, in the order scenarios.md lists them. */
export const POSITION_FIELDS: readonly (keyof Position)[] = [
  'rejects',
  'requires',
  'onRedLine',
  'values',
  'yesAt',
  'noBelow',
  'vote',
];

/**
 * The Council on a date as a voting body: its members (permanent first), the veto holders, the
 * threshold in force and the members' names.
 * @example councilBody(councilOn('2019-04-18').value).threshold // 9
 */
export function councilBody(council: Council): Body {
  return {
    members: council.members.map((m) => m.code),
    permanent: permanentCodes(council),
    threshold: council.threshold,
    names: Object.fromEntries(council.members.map((m) => [m.code, m.name])),
    date: council.date,
  };
}

/**
 * The member of a body a code names, or `null`. In a body that is the Council on a date, a code is
 * read as the Council reads it (`rus` and `SUN` name the Russia seat); in a custom body only its own
 * codes name its members.
 * @example memberOfBody(body2019, 'rus') // 'RUS'
 */
export function memberOfBody(body: Body, code: string, options: CouncilOptions = {}): MemberId | null {
  return membersOf(body, options)(code);
}

/**
 * {@link memberOfBody} for many codes of one body: the Council of the body's date is looked up once,
 * and only for a code that is not already one of the body's own.
 */
export function membersOf(body: Body, options: CouncilOptions = {}): (code: string) => MemberId | null {
  let council: Council | null | undefined;
  const isMember = new Set(body.members); // a Set: resolving every code of a 10,000-member body stays linear
  return (code) => {
    const own = memberId(code);
    if (isMember.has(own)) return own;
    if (body.date === null) return null;
    if (council === undefined) {
      const found = councilOn(body.date, options);
      council = found.ok ? found.value : null;
    }
    const found = council === null ? null : resolveMemberCode(council, code);
    return found !== null && isMember.has(found) ? found : null;
  };
}

/**
 * The effective position of a member on a decision: the scenario-level position overridden field by
 * field by the decision's, restricted to the clauses the decision defines, every default filled in.
 * @example mergePosition({ yesAt: 2 }, { vote: 'no' }, new Set(['a'])).yesAt // 2
 */
export function mergePosition(
  scenarioLevel: PositionOverride | undefined,
  decisionLevel: PositionOverride | undefined,
  defined: ReadonlySet<string>,
): Position {
  const merged: PositionOverride = { ...definedFields(scenarioLevel), ...definedFields(decisionLevel) };
  const only = (ids: readonly string[] | undefined): ClauseId[] =>
    (ids ?? []).filter((id) => defined.has(id)).map(clauseId);
  const values: Record<string, number> = {};
  for (const [id, value] of Object.entries(merged.values ?? {})) if (defined.has(id)) values[id] = value;
  return {
    rejects: only(merged.rejects),
    requires: only(merged.requires),
    onRedLine: merged.onRedLine ?? DEFAULT_POSITION.onRedLine,
    values,
    yesAt: merged.yesAt ?? DEFAULT_POSITION.yesAt,
    noBelow: merged.noBelow ?? null,
    vote: merged.vote ?? null,
  };
}

/**
 * Every member's effective position on a decision taken in `body`: scenario-level positions (keyed by
 * the codes the file uses) are read in the body, then overridden by the decision's own. Members with
 * neither are left out (they have the default position).
 */
export function positionsFor(
  body: Body,
  clauses: readonly Clause[],
  scenarioLevel: ReadonlyMap<string, PositionOverride>,
  overrides: ReadonlyMap<MemberId, PositionOverride>,
  options: CouncilOptions = {},
): Map<MemberId, Position> {
  const defined = new Set<string>(clauses.map((c) => c.id));
  const inherited = new Map<MemberId, PositionOverride>();
  const memberOf = membersOf(body, options);
  for (const [code, position] of scenarioLevel) {
    const member = memberOf(code);
    if (member !== null) inherited.set(member, position);
  }
  const positions = new Map<MemberId, Position>();
  for (const member of body.members) {
    if (!overrides.has(member) && !inherited.has(member)) continue;
    positions.set(member, mergePosition(inherited.get(member), overrides.get(member), defined));
  }
  return positions;
}

/** A vote distribution with every missing vote at probability 0. */
export function fullDistribution(partial: Partial<Record<CastVote, number>>): VoteDistribution {
  return { yes: partial.yes ?? 0, no: partial.no ?? 0, abstain: partial.abstain ?? 0, absent: partial.absent ?? 0 };
}

/** Tolerance on the sum of a distribution (scenarios.md: distributions sum to 1). */
export const DISTRIBUTION_TOLERANCE = 1e-9;

/** The sum of a distribution's probabilities, or why it is not a distribution (`null` when it is). */
export function distributionProblem(d: Partial<Record<CastVote, number>>): string | null {
  for (const [vote, p] of Object.entries(d)) {
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1)
      return `the probability of ${vote} must be a number from 0 to 1, not ${String(p)}`;
  }
  const sum = (d.yes ?? 0) + (d.no ?? 0) + (d.abstain ?? 0) + (d.absent ?? 0);
  return Math.abs(sum - 1) <= DISTRIBUTION_TOLERANCE ? null : `the probabilities sum to ${sum}, not 1`;
}

function definedFields(p: PositionOverride | undefined): PositionOverride {
  if (!p) return {};
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as PositionOverride;
}
