import type { CastVote } from '../scenario/position.ts';
import type { CompiledMember, SearchModel } from './model.ts';
import type { RawObjective, RawResult, RawSolution } from './solve.ts';
import { EPS } from './state.ts';

/**
 * Presolve of a {@link SearchModel}, run before either exact method (branch and bound or the MILP solver).
 * Three reductions, repeated until none applies:
 * - **forced clauses**: a red-line clause of a member that must vote yes, or must not vote no and votes no
 *   on its red lines, takes the value that keeps the red line (crossing it would break the requirement);
 * - **members whose vote cannot change** become constant: a member with no free clause left (its vote
 *   follows from its base utility and settled red lines), a member that votes yes on every text (no free
 *   red line, least utility at least `yesAt`), and a member without requirement that can never vote yes
 *   (only yes votes are counted, so its other votes do not matter);
 * - **dominated clauses** (only when one best text is asked for): a clause whose value b is at least as
 *   good for every member whose vote depends on it (votes ordered no < abstain < yes; a red line whose
 *   crossing means a no is always better kept; one whose crossing means an abstention can go either way)
 *   and strictly better for the objective (b is the tabled value for fewest changes; the value of positive
 *   worth for a member's utility, or the tabled value at worth 0). Every feasible text with the other value
 *   stays feasible with b and improves, so every optimum has b.
 * The first two keep the set of feasible texts, so `top` texts stay exact; the third keeps the optimum.
 */

/** A presolved model: the reduced model, its objective, and how to map solutions back. */
export interface Presolved {
  readonly model: SearchModel;
  readonly objective: RawObjective;
  /** Original index of each reduced free clause. */
  readonly keep: Int32Array;
  /** Per original free clause: −1 kept free, else the value presolve fixed. */
  readonly fixedTo: Int8Array;
  /** A forced clause must take both values: no text meets the constraints. */
  readonly infeasible: boolean;
}

/** At most this many rounds of reductions (each is linear in the model's size). */
const MAX_ROUNDS = 8;

/** Reduces the model (see the module comment). `stop` is polled between rounds. */
export function presolve(
  model: SearchModel,
  objective: RawObjective,
  top: number,
  stop: () => boolean = () => false,
): Presolved {
  const n = model.free.length;
  const fixedTo = new Int8Array(n).fill(-1);
  let current = model;
  let obj = objective;
  let keep = Int32Array.from({ length: n }, (_, j) => j);
  for (let round = 0; round < MAX_ROUNDS && !stop(); round++) {
    const fixes = findFixes(current, obj, top);
    if (fixes === null) return { model: current, objective: obj, keep, fixedTo, infeasible: true };
    const reduced = reduce(current, obj, fixes);
    let changed = fixes.some((v) => v !== -1);
    fixes.forEach((v, i) => {
      if (v !== -1) fixedTo[keep[i] as number] = v;
    });
    keep = keep.filter((_, i) => fixes[i] === -1);
    changed = changed || reduced.membersChanged;
    current = reduced.model;
    obj = reduced.objective;
    if (!changed) break;
  }
  return { model: current, objective: obj, keep, fixedTo, infeasible: false };
}

/** Maps a solver's answer on the presolved model back to the original free clauses. */
export function expandResult(p: Presolved, raw: RawResult): RawResult {
  const expand = (sol: RawSolution): RawSolution => {
    const x = new Uint8Array(p.fixedTo.length);
    p.fixedTo.forEach((v, j) => {
      x[j] = v === 1 ? 1 : 0;
    });
    p.keep.forEach((j, i) => {
      x[j] = sol.x[i] as number;
    });
    return { x, changes: sol.changes, utility: sol.utility };
  };
  return { ...raw, solutions: raw.solutions.map(expand) };
}

/** Value each free clause must take (−1: none), or null when a clause is forced both ways. */
function findFixes(model: SearchModel, objective: RawObjective, top: number): Int8Array | null {
  const n = model.free.length;
  const fix = new Int8Array(n).fill(-1);
  // Preference per clause: bit 1 = value 1 is no worse for every member, bit 2 = value 0 is no worse.
  const ok = new Uint8Array(n).fill(3);
  for (let k = 0; k < model.members.length; k++) {
    const mem = model.members[k] as CompiledMember;
    if (mem.constVote !== null) continue;
    const req = model.requirement[k];
    const forced = req === 'yes' || (req === 'not-no' && mem.onRedLineNo);
    for (const [list, keepValue] of [
      [mem.rejects, 0],
      [mem.requires, 1],
    ] as const) {
      for (const j of list) {
        if (forced) {
          if (fix[j] === 1 - keepValue) return null;
          fix[j] = keepValue;
        }
        // Crossing means a no: keeping is never worse. Crossing means an abstention: either may be better.
        ok[j] = (ok[j] as number) & (mem.onRedLineNo ? (keepValue === 1 ? 1 : 2) : 0);
      }
    }
    for (let i = 0; i < mem.vars.length; i++) {
      const j = mem.vars[i] as number;
      // On a red line whose crossing means a no, the value does not matter: the kept side is no worse.
      if (mem.onRedLineNo && mem.isRedLine[j] === 1) continue;
      ok[j] = (ok[j] as number) & ((mem.vals[i] as number) > 0 ? 1 : 2);
    }
  }
  if (top !== 1) return fix;
  for (let j = 0; j < n; j++) {
    if (fix[j] !== -1) continue;
    const best = preferred(model, objective, j);
    if (best === 1 && ((ok[j] as number) & 1) !== 0) fix[j] = 1;
    else if (best === 0 && ((ok[j] as number) & 2) !== 0) fix[j] = 0;
  }
  return fix;
}

/** The value the objective strictly prefers for clause j (fewest changes breaks utility ties). */
function preferred(model: SearchModel, objective: RawObjective, j: number): 0 | 1 {
  if (objective.type === 'utility') {
    const v = objective.values[j] as number;
    if (v > 0) return 1;
    if (v < 0) return 0;
  }
  return model.tabled[j] as 0 | 1;
}

/** The model with the fixed clauses folded into members' base utilities, and members made constant. */
function reduce(
  model: SearchModel,
  objective: RawObjective,
  fix: Int8Array,
): { model: SearchModel; objective: RawObjective; membersChanged: boolean } {
  const n = model.free.length;
  const index = new Int32Array(n).fill(-1);
  let kept = 0;
  let forcedChanges = model.forcedChanges;
  for (let j = 0; j < n; j++) {
    if (fix[j] === -1) index[j] = kept++;
    else if (fix[j] !== model.tabled[j]) forcedChanges++;
  }
  let membersChanged = false;
  // Constant members share one empty row; with nothing fixed the members' rows are reused (no copies).
  const empty = { weight: new Float64Array(kept), isRedLine: new Uint8Array(kept) };
  const identity = kept === n;
  const members = model.members.map((mem, k) => {
    const next = reduceMember(mem, model.requirement[k] ?? 'none', fix, index, kept, empty, identity);
    if (next.constVote !== mem.constVote) membersChanged = true;
    return next;
  });
  const keepIdx = (j: number) => fix[j] === -1;
  const reducedModel: SearchModel = {
    free: model.free.filter((_, j) => keepIdx(j)),
    fixed: model.fixed,
    tabled: model.tabled.filter((_, j) => keepIdx(j)),
    forcedChanges,
    members,
    requirement: model.requirement,
    countNeeded: model.countNeeded,
  };
  if (objective.type !== 'utility') return { model: reducedModel, objective, membersChanged };
  let base = objective.base;
  fix.forEach((v, j) => {
    if (v === 1) base += objective.values[j] as number;
  });
  const values = objective.values.filter((_, j) => keepIdx(j));
  return { model: reducedModel, objective: { type: 'utility', values, base }, membersChanged };
}

function reduceMember(
  mem: CompiledMember,
  req: SearchModel['requirement'][number],
  fix: Int8Array,
  index: Int32Array,
  n: number,
  empty: { readonly weight: Float64Array; readonly isRedLine: Uint8Array },
  identity: boolean,
): CompiledMember {
  if (mem.constVote !== null) return mem;
  let base = mem.base;
  const weight = identity ? mem.weight : new Float64Array(n);
  const vars: number[] = [];
  const vals: number[] = [];
  let minU = 0;
  let maxU = 0;
  mem.vars.forEach((j, i) => {
    const v = mem.vals[i] as number;
    if (fix[j] === 1) base += v;
    if (fix[j] !== -1) return;
    const r = index[j] as number;
    if (!identity) weight[r] = v;
    vars.push(r);
    vals.push(v);
    if (v > 0) maxU += v;
    else minU += v;
  });
  let crossed = false;
  const rejects: number[] = [];
  const requires: number[] = [];
  for (const j of mem.rejects) {
    if (fix[j] === 1) crossed = true;
    else if (fix[j] === -1) rejects.push(index[j] as number);
  }
  for (const j of mem.requires) {
    if (fix[j] === 0) crossed = true;
    else if (fix[j] === -1) requires.push(index[j] as number);
  }
  // Best utility keeping every red line (as SearchState.maxKeepingRedLines at the root).
  let best = base + maxU;
  for (const r of rejects) best -= Math.max(0, weight[r] as number);
  for (const r of requires) best += Math.min(0, weight[r] as number);
  const redLines = rejects.length + requires.length;
  let constVote: CastVote | null = null;
  if (crossed) constVote = mem.onRedLineNo ? 'no' : 'abstain';
  else if (vars.length === 0 && redLines === 0) constVote = voteAt(mem, base);
  else if (redLines === 0 && base + minU >= mem.yesAt + EPS) constVote = 'yes';
  else if (req === 'none' && best < mem.yesAt - EPS) constVote = 'abstain';
  if (constVote !== null) return { ...mem, constVote, base, vars: [], vals: [], rejects: [], requires: [], ...empty };
  if (identity) return { ...mem, base, vars, vals, rejects, requires };
  const isRedLine = new Uint8Array(n);
  for (const r of rejects) isRedLine[r] = 1;
  for (const r of requires) isRedLine[r] = 1;
  return { ...mem, base, vars, vals, weight, rejects, requires, isRedLine };
}

/** predictVote's rule on a utility, with no red line crossed. */
function voteAt(mem: CompiledMember, u: number): CastVote {
  if (u >= mem.yesAt) return 'yes';
  if (mem.noBelow !== null && u < mem.noBelow) return 'no';
  return 'abstain';
}
