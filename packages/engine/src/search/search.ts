import type { ClauseId, MemberId } from '../ids.ts';
import type { Instrument } from '../rules/instrument.ts';
import type { Outcome } from '../rules/outcome.ts';
import { utilityOf } from '../scenario/position.ts';
import type { Decision } from '../scenario/types.ts';
import { type MilpSolver, solveWithMilp } from './milp-solve.ts';
import type { SearchModel } from './model.ts';
import { type Constraints, compileModel, positionOf, ruleConstraints } from './model.ts';
import { expandResult, presolve } from './presolve.ts';
import { type RawObjective, type RawResult, type RawSolution, type SolveControl, solveModel } from './solve.ts';
import { type MemberVote, votesOnText } from './text-votes.ts';

/** What a search optimises. */
export type SearchObjective = { readonly type: 'changes' } | { readonly type: 'utility'; readonly member: MemberId };

/** Options of {@link searchTexts}. */
export interface SearchOptions extends SolveControl {
  /** Optimise this member's utility (ties: fewest changes); default: fewest changes from the tabled text. */
  readonly for?: MemberId;
  /** How many best distinct texts to return (default 1). */
  readonly top?: number;
  /** A MILP solver for large instances (see {@link solveExact}); without it, branch and bound only. */
  readonly milp?: MilpSolver;
  /**
   * `auto` (default): presolve, then the portfolio of {@link solveExact}; `branch-and-bound`: presolve, then
   * branch and bound only; `milp`: the whole model to the MILP solver, without presolve (needs `milp`).
   */
  readonly method?: 'auto' | 'branch-and-bound' | 'milp';
}

/** Up to this many free clauses, branch and bound is tried first (it is fastest on many-member bodies). */
export const BRANCH_AND_BOUND_FIRST_MAX_CLAUSES = 48;
/** Nodes branch and bound may spend before the MILP solver takes over. */
export const BRANCH_AND_BOUND_NODE_BUDGET = 200_000;
/**
 * Above {@link BRANCH_AND_BOUND_FIRST_MAX_CLAUSES} free clauses, fewest changes: branch and bound probes
 * this many node·clauses (3,000,000 / clauses nodes, at least 1,000) before the MILP solver takes over.
 */
export const BRANCH_AND_BOUND_PROBE_WORK = 3_000_000;
/**
 * No probe on models with more clauses × members than this: a node there costs too much for the time limit
 * (polled every 256 nodes) to strike promptly, and HiGHS enforces its own.
 */
const PROBE_MAX_SIZE = 50_000;
/**
 * No probe above this many free clauses: on issue 17's dense family the probe proves most instances at 50
 * and 100 clauses (medians several times below HiGHS's) but only half at 200 and two of nine at 400, where
 * the others paying it first made the median slower than HiGHS alone.
 */
const PROBE_MAX_CLAUSES = 150;

/** A text the search found, checked against the Council's rule. */
export interface FoundText {
  /** Clause ids in the decision's order. */
  readonly clauses: readonly ClauseId[];
  readonly added: readonly ClauseId[];
  readonly removed: readonly ClauseId[];
  readonly changes: number;
  /** Utility of the objective member (with `for`), else null. */
  readonly utility: number | null;
  readonly votes: readonly MemberVote[];
  readonly outcome: Outcome;
}

/**
 * `optimal`: the texts are proven best; `infeasible`: proven that no text passes; `time-limit`: stopped
 * early, `texts` holds the best found (maybe none) and `bound` the proven bound on the optimum.
 */
export type SearchStatus = 'optimal' | 'infeasible' | 'time-limit';

/** The answer of {@link searchTexts}. */
export interface SearchResult {
  readonly decision: string;
  readonly instrument: Instrument;
  readonly objective: SearchObjective;
  readonly status: SearchStatus;
  readonly texts: readonly FoundText[];
  /** Proven bound on the best value: at least this many changes, or at most this utility. */
  readonly bound: number | null;
  readonly nodes: number;
  /** Members voting by a distribution: a text counts as passing only if it passes whatever they vote. */
  readonly uncertain: readonly MemberId[];
  /** Caveats on exactness, in words (empty when the answer is exact as stated). */
  readonly notes: readonly string[];
}

/**
 * Finds the passing texts of a decision exactly: free variables are its non-fixed clauses, a text is
 * feasible when adopted (or agreed) under the decision's rule; by default the fewest changes from the
 * tabled text, with `for` the highest utility for that member. Members with a vote distribution are
 * counted at their least favourable possible vote (feasible = passes with probability 1).
 * @example searchTexts(decision, { for: memberId('USA') }).texts[0]?.clauses
 */
export function searchTexts(decision: Decision, options: SearchOptions = {}): SearchResult {
  return searchWith(decision, ruleConstraints(decision), options, true);
}

/**
 * Like {@link searchTexts} but under custom constraints (for instance "this member does not vote no");
 * returned texts are checked against those constraints instead of the rule.
 */
export function searchUnder(decision: Decision, constraints: Constraints, options: SearchOptions = {}): SearchResult {
  return searchWith(decision, constraints, options, false);
}

function searchWith(decision: Decision, constraints: Constraints, options: SearchOptions, byRule: boolean) {
  const model = compileModel(decision, constraints);
  const objective: SearchObjective = options.for ? { type: 'utility', member: options.for } : { type: 'changes' };
  const raw = solveExact(model, rawObjective(decision, model.free, objective), options.top ?? 1, options);
  const found = raw.solutions.map((sol) => toFoundText(decision, model.free, model.fixed, sol, objective));
  // The solvers sum utilities in their own order (and HiGHS within its tolerances); a text whose utility sits
  // within rounding of a threshold can then disagree with predictVote. It is dropped, and the answer says so.
  const texts = found.filter((t) => (byRule ? t.outcome.adopted : meetsConstraints(t.votes, constraints)));
  const dropped = found.length - texts.length;
  const notes =
    dropped > 0
      ? [
          `${dropped} text${dropped === 1 ? '' : 's'} found by the solver failed the exact check (a utility within floating-point rounding of a threshold) and ${dropped === 1 ? 'was' : 'were'} left out; the optimum is proven only up to that rounding.`,
        ]
      : [];
  const status = raw.status === 'stopped' ? 'time-limit' : raw.status;
  const uncertain = decision.body.members.filter((m) => {
    const v = positionOf(decision, m).vote;
    return v !== null && typeof v !== 'string';
  });
  return {
    decision: decision.id,
    instrument: decision.instrument,
    objective,
    status,
    texts,
    bound: raw.bound,
    nodes: raw.nodes,
    uncertain,
    notes,
  } satisfies SearchResult;
}

/**
 * Both methods are exact; they differ in speed. `auto` and branch and bound first {@link presolve} the model
 * (forced and dominated clauses, members whose vote cannot change); `milp` hands the whole model to the MILP
 * solver (the reference the benchmarks compare with). Without a MILP solver: branch and bound. With one, on
 * the presolved model: up to {@link BRANCH_AND_BOUND_FIRST_MAX_CLAUSES} free clauses, branch and bound first
 * with a node budget (it wins on large bodies with few clauses), then the MILP solver if the budget ran out;
 * above that, the MILP solver directly (its LP bound wins on many clauses and few members).
 */
function solveExact(model: SearchModel, objective: RawObjective, top: number, options: SearchOptions): RawResult {
  // Past the time limit every further search (key holders and explanations run one per member) answers
  // "stopped" at once instead of giving the solver its minimum slice.
  if (options.shouldStop?.()) return STOPPED;
  const method = options.method ?? 'auto';
  if (method === 'milp' && options.milp) return solveWithMilp(model, objective, top, options.milp);
  const reduced = presolve(model, objective, top, () => options.shouldStop?.() ?? false);
  if (reduced.infeasible) return { status: 'infeasible', solutions: [], bound: null, nodes: 0 };
  if (options.shouldStop?.()) return STOPPED;
  return expandResult(reduced, solvePresolved(reduced.model, reduced.objective, top, options));
}

const STOPPED: RawResult = { status: 'stopped', solutions: [], bound: null, nodes: 0 };

function solvePresolved(model: SearchModel, objective: RawObjective, top: number, options: SearchOptions): RawResult {
  const n = model.free.length;
  if (!options.milp || n === 0 || options.method === 'branch-and-bound')
    return solveModel(model, objective, top, options);
  // Many clauses: a short probe for fewest changes (the MILP's LP bound wins when the optimum is far from the
  // tabled text, branch and bound when it is near), never for a member's utility (the MILP wins there).
  const budget =
    n <= BRANCH_AND_BOUND_FIRST_MAX_CLAUSES
      ? BRANCH_AND_BOUND_NODE_BUDGET
      : objective.type === 'utility' || n > PROBE_MAX_CLAUSES || n * model.members.length > PROBE_MAX_SIZE
        ? 0
        : Math.max(1000, Math.floor(BRANCH_AND_BOUND_PROBE_WORK / n));
  if (budget > 0) {
    const limit = Math.min(budget, options.maxNodes ?? Number.POSITIVE_INFINITY);
    const first = solveModel(model, objective, top, { ...options, maxNodes: limit });
    if (first.status !== 'stopped' || limit < budget || options.shouldStop?.()) return first;
  }
  return solveWithMilp(model, objective, top, options.milp);
}

function rawObjective(decision: Decision, free: readonly ClauseId[], objective: SearchObjective): RawObjective {
  if (objective.type === 'changes') return objective;
  const position = positionOf(decision, objective.member);
  const values = Float64Array.from(free, (c) => position.values[c] ?? 0);
  const fixed = new Set(decision.clauses.filter((c) => c.fixed).map((c) => c.id));
  return { type: 'utility', values, base: utilityOf(position, fixed) };
}

/** Whether counted votes meet custom constraints. */
export function meetsConstraints(votes: readonly MemberVote[], constraints: Constraints): boolean {
  let yes = 0;
  for (const v of votes) {
    if (v.counted === 'yes') yes++;
    const req = constraints.requirement.get(v.member);
    if (req === 'yes' && v.counted !== 'yes') return false;
    if (req === 'not-no' && v.counted === 'no') return false;
  }
  return yes >= constraints.countNeeded;
}

function toFoundText(
  decision: Decision,
  free: readonly ClauseId[],
  fixed: readonly ClauseId[],
  sol: RawSolution,
  objective: SearchObjective,
): FoundText {
  const inText = new Set<ClauseId>(fixed);
  free.forEach((c, j) => {
    if (sol.x[j] === 1) inText.add(c);
  });
  return describeText(decision, inText, objective);
}

/** A text's clauses, changes from the tabled text, objective utility, votes and outcome. */
export function describeText(decision: Decision, text: ReadonlySet<ClauseId>, objective: SearchObjective): FoundText {
  const tabled = new Set(decision.tabled);
  const clauses = decision.clauses.map((c) => c.id).filter((c) => text.has(c));
  const added = clauses.filter((c) => !tabled.has(c));
  const removed = decision.clauses.map((c) => c.id).filter((c) => tabled.has(c) && !text.has(c));
  const { votes, outcome } = votesOnText(decision, text);
  const utility = objective.type === 'utility' ? utilityOf(positionOf(decision, objective.member), text) : null;
  return { clauses, added, removed, changes: added.length + removed.length, utility, votes, outcome };
}

/**
 * Whether some text meets the constraints: true or false (proven), or null when the search was stopped.
 * @example existsText(decision, ruleConstraints(decision)) // false: deadlock
 */
export function existsText(decision: Decision, constraints: Constraints, options: SearchOptions = {}): boolean | null {
  // Checked before the model is compiled: the explanations call this once per member and element, and on a
  // 2,000-member body compiling alone outlasts a short time limit (issue 18).
  if (options.shouldStop?.()) return null;
  const raw = solveExact(compileModel(decision, constraints), { type: 'feasibility' }, 1, options);
  return raw.status === 'stopped' ? null : raw.status === 'optimal';
}
