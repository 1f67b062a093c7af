import type { ClauseId, MemberId } from '../ids.ts';
import type { OutcomeReason } from '../rules/outcome.ts';
import type { CastVote } from '../scenario/position.ts';
import type { Decision } from '../scenario/types.ts';
import type { Constraints } from './model.ts';
import { type SearchOptions, searchUnder } from './search.ts';
import { decideWith, votesOnText } from './text-votes.ts';

/** A member whose vote alone flips the outcome of the tabled text. */
export interface PivotalMember {
  readonly member: MemberId;
  readonly vote: CastVote;
  /** The votes that would flip the outcome. */
  readonly flipsWith: readonly CastVote[];
}

/** A member standing in the way of the tabled text, and the cheapest edit that moves it. */
export interface Blocker {
  readonly member: MemberId;
  readonly vote: CastVote;
  /** `veto`: a permanent member's no; `objection`: a no on a consensus text; `withheld`: not yes when short of votes. */
  readonly kind: 'veto' | 'objection' | 'withheld';
  /** What the edit aims for: abstain-or-yes (for a no), or yes (for a withheld vote). */
  readonly target: 'not-no' | 'yes';
  /** The fewest-changes edit that achieves it, or null when none exists (or the search was stopped). */
  readonly edit: BlockerEdit | null;
  /** True when the search proved no edit exists; false when it was stopped first. */
  readonly noEditExists: boolean;
}

/** An edit of the tabled text and what it does. */
export interface BlockerEdit {
  readonly add: readonly ClauseId[];
  readonly remove: readonly ClauseId[];
  readonly changes: number;
  /** The member's vote on the edited text. */
  readonly vote: CastVote;
  /** Whether the edited text would pass. */
  readonly passes: boolean;
}

/** Who holds the key to the tabled text. */
export interface KeyHolders {
  readonly adopted: boolean;
  readonly reason: OutcomeReason;
  readonly pivotal: readonly PivotalMember[];
  readonly blockers: readonly Blocker[];
}

const ALTERNATIVES: readonly CastVote[] = ['yes', 'abstain', 'no'];

/**
 * Pivotal members of the tabled text (whose vote alone flips the outcome, decided by `decideVotes`),
 * its blockers, and for each blocker the single cheapest edit (fewest clauses added plus removed) that
 * brings it to abstain or yes (to yes for a withheld vote), or the proof that none exists.
 * @example keyHolders(decision).blockers[0]?.edit?.remove
 */
export function keyHolders(decision: Decision, options: SearchOptions = {}): KeyHolders {
  const { votes, outcome } = votesOnText(decision, new Set(decision.tabled));
  const pivotal: PivotalMember[] = [];
  for (const v of votes) {
    const flipsWith = ALTERNATIVES.filter(
      (alt) =>
        alt !== v.counted && decideWith(decision, votes, { member: v.member, vote: alt }).adopted !== outcome.adopted,
    );
    if (flipsWith.length > 0) pivotal.push({ member: v.member, vote: v.counted, flipsWith });
  }
  const blockers: Blocker[] = [];
  if (!outcome.adopted) {
    for (const v of votes) {
      const kind = blockerKind(v.member, v.counted, outcome.reason, outcome.vetoes, outcome.objections);
      if (kind === null) continue;
      const target = kind === 'withheld' ? 'yes' : 'not-no';
      const { edit, proven } = cheapestEdit(decision, v.member, target, options);
      blockers.push({ member: v.member, vote: v.counted, kind, target, edit, noEditExists: edit === null && proven });
    }
  }
  return { adopted: outcome.adopted, reason: outcome.reason, pivotal, blockers };
}

function blockerKind(
  member: MemberId,
  vote: CastVote,
  reason: OutcomeReason,
  vetoes: readonly MemberId[],
  objections: readonly MemberId[],
): Blocker['kind'] | null {
  if (vetoes.includes(member)) return 'veto';
  if (objections.includes(member)) return 'objection';
  if (reason === 'insufficient-votes' && vote !== 'yes') return 'withheld';
  return null;
}

function cheapestEdit(decision: Decision, member: MemberId, target: 'not-no' | 'yes', options: SearchOptions) {
  // Checked before the model is compiled: a 2,000-member body has a thousand blockers, and compiling for
  // each after the time limit took 35 s (issue 18). Stopped: not computed, nothing proven.
  if (options.shouldStop?.()) return { edit: null, proven: false };
  const constraints: Constraints = { requirement: new Map([[member, target]]), countNeeded: 0 };
  const result = searchUnder(decision, constraints, { ...options, top: 1 });
  const best = result.status === 'optimal' ? result.texts[0] : undefined;
  if (!best) return { edit: null, proven: result.status === 'infeasible' };
  const vote = best.votes.find((v) => v.member === member)?.counted ?? 'absent';
  const edit: BlockerEdit = {
    add: best.added,
    remove: best.removed,
    changes: best.changes,
    vote,
    passes: best.outcome.adopted,
  };
  return { edit, proven: true };
}
