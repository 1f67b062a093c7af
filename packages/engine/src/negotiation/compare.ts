import type { ClauseId, MemberId } from '../ids.ts';
import type { Decision } from '../scenario/types.ts';
import { explainDeadlock } from '../search/explain.ts';
import { type SearchOptions, searchTexts } from '../search/search.ts';

/** The end of a negotiation against the exact search. */
export interface SearchComparison {
  /** Whether some text passes (null: the search stopped before it knew). */
  readonly passingTextExists: boolean | null;
  /** The penholder's best passing text and its utility (null when none). */
  readonly best: { readonly text: readonly ClauseId[]; readonly utility: number } | null;
  /** Best utility minus the utility the talks reached (null when the talks or the search found no text). */
  readonly gap: number | null;
  /** When no text passes: the red lines that clash, in words. */
  readonly conflict: readonly string[];
}

/**
 * Compares a negotiation's end with the exact search (the penholder's best passing text).
 * @example compareWithSearch(decision, memberId('GBR'), { passed: true, utility: 2 }).gap // 0
 */
export function compareWithSearch(
  decision: Decision,
  penholder: MemberId,
  reached: { readonly passed: boolean; readonly utility: number },
  options: SearchOptions = {},
): SearchComparison {
  const result = searchTexts(decision, { ...options, for: penholder });
  const found = result.texts[0];
  const exists = found ? true : result.status === 'infeasible' ? false : null;
  const best = found ? { text: found.clauses, utility: found.utility ?? 0 } : null;
  return {
    passingTextExists: exists,
    best,
    gap: best && reached.passed ? best.utility - reached.utility : null,
    conflict: exists === false ? explainDeadlock(decision, options).conflictWords : [],
  };
}
