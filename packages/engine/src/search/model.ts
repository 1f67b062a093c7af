import type { ClauseId, MemberId } from '../ids.ts';
import { isConsensusInstrument } from '../rules/instrument.ts';
import { type CastVote, DEFAULT_POSITION, type Position, type VoteDistribution } from '../scenario/position.ts';
import type { Decision } from '../scenario/types.ts';

/**
 * The search model: a 0-1 program compiled from a {@link Decision}.
 *
 * Variables: x_j ∈ {0,1} for each free (non-fixed) clause j; fixed clauses are always in.
 *
 * Each member k whose vote depends on the text (no `vote` field) is described by
 * - red-line literals: x_j = 0 for every free clause it rejects, x_j = 1 for every free clause it requires
 *   (a red line on a fixed clause, on a clause the decision does not define, or rejecting and requiring the
 *   same clause, is settled at compile time: the member then always votes `onRedLine`);
 * - a linear utility u_k(x) = base_k + Σ_j v_kj x_j (base_k: its values on the fixed clauses);
 * - vote_k(x) = onRedLine if a literal is violated; else yes if u_k ≥ yesAt_k; else no if u_k < noBelow_k;
 *   else abstain. This is exactly `predictVote`.
 * A member with a fixed `vote` has a constant vote. A member with a distribution is counted at its least
 * favourable possible vote (no if p(no) > 0, else abstain/absent if possible, else yes): adoption is
 * monotone in every vote, so a text passes with probability 1 exactly when it passes with those votes.
 *
 * Constraints (built from the decision rule, or from a question such as "bring this member to abstain"):
 * - requirement_k = 'yes': vote_k = yes; 'not-no': vote_k ≠ no; 'none': unconstrained;
 * - Σ_k [vote_k = yes] ≥ countNeeded.
 * Rules: resolution → countNeeded = threshold, permanent members 'not-no'; procedural → countNeeded =
 * threshold; consensus instruments → every member 'not-no'.
 *
 * Objectives: fewest changes Σ_j |x_j − tabled_j| (plus the forced changes on fixed clauses), or the
 * highest utility of one member, ties broken by fewest changes.
 */

/** What the search requires of one member's vote. */
export type Requirement = 'yes' | 'not-no' | 'none';

/** One member, compiled against the free clauses. */
export interface CompiledMember {
  readonly id: MemberId;
  /** The vote when it does not depend on the text (fixed vote, distribution's worst case, settled red line). */
  readonly constVote: CastVote | null;
  readonly rejects: readonly number[];
  readonly requires: readonly number[];
  readonly onRedLineNo: boolean;
  /** Utility of the fixed clauses. */
  readonly base: number;
  /** Free clauses with a non-zero value, and those values. */
  readonly vars: readonly number[];
  readonly vals: readonly number[];
  /** Value of each free clause (0 when absent), indexed by free clause. */
  readonly weight: Float64Array;
  readonly yesAt: number;
  readonly noBelow: number | null;
  /** Whether free clause j is one of this member's red-line clauses. */
  readonly isRedLine: Uint8Array;
}

/** The compiled 0-1 program. */
export interface SearchModel {
  /** Free clauses, by variable index. */
  readonly free: readonly ClauseId[];
  /** Fixed clauses, always in the text. */
  readonly fixed: readonly ClauseId[];
  /** Tabled value of each free clause. */
  readonly tabled: Uint8Array;
  /** Changes forced by fixed clauses that were not tabled. */
  readonly forcedChanges: number;
  readonly members: readonly CompiledMember[];
  readonly requirement: readonly Requirement[];
  readonly countNeeded: number;
}

/** The constraints of a search: either the decision's own rule, or custom requirements. */
export interface Constraints {
  readonly requirement: ReadonlyMap<MemberId, Requirement>;
  readonly countNeeded: number;
}

/** The constraints that make the decision adopted (or agreed) under its instrument's rule. */
export function ruleConstraints(decision: Decision): Constraints {
  const requirement = new Map<MemberId, Requirement>();
  if (isConsensusInstrument(decision.instrument)) {
    for (const m of decision.body.members) requirement.set(m, 'not-no');
    return { requirement, countNeeded: 0 };
  }
  if (decision.instrument === 'resolution') {
    for (const m of decision.body.permanent) requirement.set(m, 'not-no');
  }
  return { requirement, countNeeded: decision.body.threshold };
}

/** The least favourable vote a distribution allows (see the model above). */
export function worstVote(d: VoteDistribution): CastVote {
  if (d.no > 0) return 'no';
  if (d.abstain > 0) return 'abstain';
  if (d.absent > 0) return 'absent';
  return 'yes';
}

/** The position a member of the decision's body holds (the default position when it has none). */
export function positionOf(decision: Decision, member: MemberId): Position {
  return decision.positions.get(member) ?? DEFAULT_POSITION;
}

/** Compiles a decision and its constraints into a {@link SearchModel}. */
export function compileModel(decision: Decision, constraints: Constraints): SearchModel {
  const free = decision.clauses.filter((c) => !c.fixed).map((c) => c.id);
  const fixed = decision.clauses.filter((c) => c.fixed).map((c) => c.id);
  const index = new Map<ClauseId, number>(free.map((id, i) => [id, i]));
  const fixedSet = new Set(fixed);
  const tabledSet = new Set(decision.tabled);
  const tabled = Uint8Array.from(free, (id) => (tabledSet.has(id) ? 1 : 0));
  const forcedChanges = fixed.filter((id) => !tabledSet.has(id)).length;
  const members = decision.body.members.map((m) =>
    compileMember(m, positionOf(decision, m), free.length, index, fixedSet),
  );
  const requirement = decision.body.members.map((m) => constraints.requirement.get(m) ?? 'none');
  return { free, fixed, tabled, forcedChanges, members, requirement, countNeeded: constraints.countNeeded };
}

function compileMember(
  id: MemberId,
  p: Position,
  n: number,
  index: ReadonlyMap<ClauseId, number>,
  fixedSet: ReadonlySet<ClauseId>,
): CompiledMember {
  const weight = new Float64Array(n);
  let base = 0;
  for (const [clause, v] of Object.entries(p.values)) {
    const j = index.get(clause as ClauseId);
    if (j !== undefined) weight[j] = v;
    else if (fixedSet.has(clause as ClauseId)) base += v;
  }
  const vars: number[] = [];
  const vals: number[] = [];
  weight.forEach((v, j) => {
    if (v !== 0) {
      vars.push(j);
      vals.push(v);
    }
  });
  const rejects = new Set<number>();
  const requires = new Set<number>();
  let settled = false;
  for (const c of p.rejects) {
    const j = index.get(c);
    if (j !== undefined) rejects.add(j);
    else if (fixedSet.has(c)) settled = true;
  }
  for (const c of p.requires) {
    const j = index.get(c);
    if (j !== undefined) requires.add(j);
    else if (!fixedSet.has(c)) settled = true;
  }
  for (const j of rejects) if (requires.has(j)) settled = true;
  const isRedLine = new Uint8Array(n);
  for (const j of rejects) isRedLine[j] = 1;
  for (const j of requires) isRedLine[j] = 1;
  let constVote: CastVote | null = null;
  if (p.vote !== null) constVote = typeof p.vote === 'string' ? p.vote : worstVote(p.vote);
  else if (settled) constVote = p.onRedLine;
  return {
    id,
    constVote,
    rejects: [...rejects],
    requires: [...requires],
    onRedLineNo: p.onRedLine === 'no',
    base,
    vars,
    vals,
    weight,
    yesAt: p.yesAt,
    noBelow: p.noBelow,
    isRedLine,
  };
}
