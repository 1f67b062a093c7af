import {
  type CastVote,
  type ClauseId,
  clauseId,
  DEFAULT_POSITION,
  type Position,
  type VoteDistribution,
} from '@horseshoe/engine';
import type { FieldPath } from './locate.ts';
import type { PositionFile } from './schema.ts';

/** A problem found after the schema check, at a path of the file. */
export interface Issue {
  readonly path: FieldPath;
  readonly message: string;
  /** Point at the key of the last path segment rather than its value. */
  readonly atKey?: boolean;
}

/** Tolerance on the sum of a distribution (scenarios.md: distributions sum to 1). */
export const DISTRIBUTION_TOLERANCE = 1e-9;

/**
 * Checks the clause ids a position names. `defined(id)` says whether the id exists where the position
 * applies; `describe` words the error.
 */
export function checkPositionClauses(
  position: PositionFile,
  path: FieldPath,
  defined: (id: string) => boolean,
  describe: (id: string) => string,
): Issue[] {
  const issues: Issue[] = [];
  for (const field of ['rejects', 'requires'] as const) {
    (position[field] ?? []).forEach((id, i) => {
      if (!defined(id)) issues.push({ path: [...path, field, i], message: describe(id) });
    });
  }
  for (const id of Object.keys(position.values ?? {})) {
    if (!defined(id)) issues.push({ path: [...path, 'values', id], message: describe(id), atKey: true });
  }
  return issues;
}

/** A distribution whose probabilities do not sum to 1 is an error at its `vote`. */
export function checkDistribution(position: PositionFile, path: FieldPath): Issue[] {
  const v = position.vote;
  if (v === undefined || v === null || typeof v === 'string') return [];
  const sum = (v.yes ?? 0) + (v.no ?? 0) + (v.abstain ?? 0) + (v.absent ?? 0);
  if (Math.abs(sum - 1) <= DISTRIBUTION_TOLERANCE) return [];
  return [{ path: [...path, 'vote'], message: `the probabilities sum to ${sum}, not 1` }];
}

/**
 * The effective position of a member on a decision: the scenario-level position overridden field by
 * field by the decision's, restricted to the clauses the decision defines, every default filled in.
 */
export function mergePosition(
  scenarioLevel: PositionFile | undefined,
  decisionLevel: PositionFile | undefined,
  defined: ReadonlySet<string>,
): Position {
  const merged: PositionFile = { ...definedFields(scenarioLevel), ...definedFields(decisionLevel) };
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
    vote: voteOf(merged.vote),
  };
}

function voteOf(vote: PositionFile['vote']): CastVote | VoteDistribution | null {
  if (vote === undefined || vote === null) return null;
  if (typeof vote === 'string') return vote;
  return { yes: vote.yes ?? 0, no: vote.no ?? 0, abstain: vote.abstain ?? 0, absent: vote.absent ?? 0 };
}

function definedFields(p: PositionFile | undefined): PositionFile {
  if (!p) return {};
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as PositionFile;
}
