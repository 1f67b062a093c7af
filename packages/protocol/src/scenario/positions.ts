import { clauseId, distributionProblem, fullDistribution, type PositionOverride } from '@horseshoe/engine';
import type { FieldPath } from './locate.ts';
import type { PositionFile } from './schema.ts';

/** A problem found after the schema check, at a path of the file. */
export interface Issue {
  readonly path: FieldPath;
  readonly message: string;
  /** Point at the key of the last path segment rather than its value. */
  readonly atKey?: boolean;
}

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
  const problem = distributionProblem(v);
  return problem === null ? [] : [{ path: [...path, 'vote'], message: problem }];
}

/** A position as the file writes it, in the engine's terms (a partial distribution filled with zeros). */
export function overrideFrom(position: PositionFile): PositionOverride {
  const o: { -readonly [K in keyof PositionOverride]: PositionOverride[K] } = {};
  if (position.rejects !== undefined) o.rejects = position.rejects.map(clauseId);
  if (position.requires !== undefined) o.requires = position.requires.map(clauseId);
  if (position.onRedLine !== undefined) o.onRedLine = position.onRedLine;
  if (position.values !== undefined) o.values = position.values;
  if (position.yesAt !== undefined) o.yesAt = position.yesAt;
  if (position.noBelow !== undefined) o.noBelow = position.noBelow;
  if (position.vote !== undefined) {
    const v = position.vote;
    o.vote = v === null || typeof v === 'string' ? v : fullDistribution(v);
  }
  return o;
}
