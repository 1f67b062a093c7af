import type { ClauseId, MemberId } from '../ids.ts';
import { utilityOf } from '../scenario/position.ts';
import type { Decision } from '../scenario/types.ts';
import { positionOf } from './model.ts';
import { votesOnText } from './text-votes.ts';

/** The optimum found by trying every text. */
export interface BruteForceResult {
  /** How many texts pass. */
  readonly passing: number;
  /** Fewest changes among passing texts (null when none passes). */
  readonly changes: number | null;
  /** With `forMember`: the highest utility, and the fewest changes among texts of that utility. */
  readonly utility: number | null;
  readonly changesAtUtility: number | null;
  /** One best text (fewest changes, or highest utility then fewest changes). */
  readonly text: readonly ClauseId[] | null;
  /** Changes (and utility, with `forMember`) of every passing text, in enumeration order. */
  readonly all: readonly { readonly changes: number; readonly utility: number | null }[];
}

/**
 * Tries all 2^n texts of a decision (n free clauses) with `predictVote` and `decideVotes`: the reference
 * the exact search is tested and benchmarked against. Only for small n.
 * @example bruteForceSearch(decision).changes
 */
export function bruteForceSearch(decision: Decision, forMember?: MemberId): BruteForceResult {
  const free = decision.clauses.filter((c) => !c.fixed).map((c) => c.id);
  const fixed = decision.clauses.filter((c) => c.fixed).map((c) => c.id);
  if (free.length > 24) throw new Error(`brute force over ${free.length} free clauses is too large`);
  const tabled = new Set(decision.tabled);
  const position = forMember ? positionOf(decision, forMember) : null;
  let passing = 0;
  const all: { changes: number; utility: number | null }[] = [];
  let best: { changes: number; utility: number | null; text: ClauseId[] } | null = null;
  for (let mask = 0; mask < 2 ** free.length; mask++) {
    const text = new Set<ClauseId>(fixed);
    free.forEach((c, j) => {
      if (mask & (1 << j)) text.add(c);
    });
    if (!votesOnText(decision, text).outcome.adopted) continue;
    passing++;
    let changes = 0;
    for (const c of decision.clauses) if (tabled.has(c.id) !== text.has(c.id)) changes++;
    const utility = position ? utilityOf(position, text) : null;
    all.push({ changes, utility });
    if (best === null || better(changes, utility, best.changes, best.utility)) {
      best = { changes, utility, text: [...text] };
    }
  }
  if (best === null) return { passing, changes: null, utility: null, changesAtUtility: null, text: null, all };
  if (position) {
    return { passing, changes: null, utility: best.utility, changesAtUtility: best.changes, text: best.text, all };
  }
  return { passing, changes: best.changes, utility: null, changesAtUtility: null, text: best.text, all };
}

function better(changes: number, utility: number | null, bestChanges: number, bestUtility: number | null): boolean {
  if (utility !== null && bestUtility !== null && utility !== bestUtility) return utility > bestUtility;
  return changes < bestChanges;
}
