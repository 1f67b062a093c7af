import { fitsBudget } from './bounds.ts';
import type { SearchModel } from './model.ts';
import { propagate } from './propagate.ts';
import { EPS, SearchState } from './state.ts';

/**
 * Exact branch and bound over the free clauses of a {@link SearchModel}.
 *
 * Every node runs unit propagation ({@link propagate}), so red lines of members that must vote yes (or
 * must not vote no) fix variables, and counting prunes nodes where fewer than `countNeeded` members can
 * still vote yes. Then, by objective:
 * - fewest changes: iterative deepening on the number of changes k = 0, 1, 2, … A node is cut when its
 *   changes plus the counting bound of {@link fitsBudget} exceed k. The first level that yields a text is
 *   the optimum; an interrupted search proves "no text with fewer than k changes".
 * - utility of a member: depth-first branch and bound; the bound is the utility of the fixed clauses plus
 *   every positive value still free; ties in utility are cut with the changes bound. An interrupted
 *   search reports the largest bound among the nodes it did not finish.
 * A first depth-first pass without objective proves infeasibility (or gives a first text) quickly.
 */

/** What the search optimises: fewest changes, or a member's utility (values given per free clause). */
export type RawObjective =
  | { readonly type: 'feasibility' }
  | { readonly type: 'changes' }
  | { readonly type: 'utility'; readonly values: Float64Array; readonly base: number };

/** Progress of a long search, reported every few thousand nodes. */
export interface SearchProgress {
  readonly nodes: number;
  readonly phase: 'feasibility' | 'optimising';
  /** Objective value of the best text so far (changes, or utility), if any. */
  readonly best: number | null;
  /** Proven bound on the optimum so far (lower for changes, upper for utility), if any. */
  readonly bound: number | null;
}

/** How long to search and whom to tell. Both are plain functions so the engine stays pure. */
export interface SolveControl {
  /** Called every 256 nodes; returning true stops the search (a time limit, in the CLI). */
  readonly shouldStop?: () => boolean;
  readonly onProgress?: (progress: SearchProgress) => void;
  /** Stop after this many nodes (the search then reports `stopped`, like a time limit). */
  readonly maxNodes?: number;
}

/** One text found: free-clause values, its changes and objective utility. */
export interface RawSolution {
  readonly x: Uint8Array;
  readonly changes: number;
  readonly utility: number | null;
}

/** The solver's answer. `stopped`: interrupted; `solutions` holds the best found and `bound` is proven. */
export interface RawResult {
  readonly status: 'optimal' | 'infeasible' | 'stopped';
  readonly solutions: readonly RawSolution[];
  readonly bound: number | null;
  readonly nodes: number;
}

/** Solves the model exactly (see the module comment), returning up to `top` best distinct texts. */
export function solveModel(model: SearchModel, objective: RawObjective, top: number, control: SolveControl = {}) {
  return new Solver(model, objective, top, control).run();
}

class Solver {
  private readonly s: SearchState;
  private readonly order: number[];
  private readonly scratch: Float64Array;
  private nodes = 0;
  private stopped = false;
  private phase: SearchProgress['phase'] = 'feasibility';
  private found: RawSolution[] = [];
  private level = 0;
  private openBound = Number.NEGATIVE_INFINITY;

  constructor(
    model: SearchModel,
    private readonly objective: RawObjective,
    private readonly top: number,
    private readonly control: SolveControl,
  ) {
    const util = objective.type === 'utility' ? objective : null;
    this.s = new SearchState(model, util ? util.values : null, util ? util.base : 0);
    this.scratch = new Float64Array(model.free.length);
    this.order = staticOrder(model, util ? util.values : null);
  }

  run(): RawResult {
    const s = this.s;
    if (this.top === 1) this.presetIrrelevant();
    const first = this.any(0);
    if (!first) {
      const status = this.stopped ? 'stopped' : 'infeasible';
      return { status, solutions: [], bound: null, nodes: this.nodes };
    }
    if (this.objective.type === 'feasibility')
      return { status: 'optimal', solutions: [first], bound: null, nodes: this.nodes };
    this.phase = 'optimising';
    const rootMark = s.trail.length;
    if (this.objective.type === 'changes') return this.runChanges(rootMark, first.changes);
    this.utility(0);
    s.undoTo(rootMark);
    const best = this.found[0]?.utility ?? Number.NEGATIVE_INFINITY;
    if (this.stopped) {
      return { status: 'stopped', solutions: this.found, bound: Math.max(best, this.openBound), nodes: this.nodes };
    }
    return { status: 'optimal', solutions: this.found, bound: best, nodes: this.nodes };
  }

  private runChanges(rootMark: number, firstChanges: number): RawResult {
    const s = this.s;
    const maxLevel = this.top === 1 ? firstChanges : s.n + this.s.model.forcedChanges;
    for (this.level = this.s.changes; this.level <= maxLevel; this.level++) {
      this.changes(0);
      s.undoTo(rootMark);
      if (this.stopped) return { status: 'stopped', solutions: this.found, bound: this.level, nodes: this.nodes };
      if (this.found.length >= this.top) break;
    }
    return { status: 'optimal', solutions: this.found, bound: this.found[0]?.changes ?? null, nodes: this.nodes };
  }

  /** Fixes clauses nobody's vote depends on at their best value (only when one text is asked for). */
  private presetIrrelevant(): void {
    const s = this.s;
    const obj = this.objective.type === 'utility' ? this.objective.values : null;
    for (let j = 0; j < s.n; j++) {
      if (s.hasIncidence(j)) continue;
      const o = obj ? (obj[j] as number) : 0;
      s.assign(j, o > 0 ? 1 : o < 0 ? 0 : (s.model.tabled[j] as 0 | 1));
    }
  }

  private tick(): boolean {
    if (this.stopped) return true;
    this.nodes++;
    if ((this.nodes & 255) === 0) {
      if (this.control.shouldStop?.() || this.nodes >= (this.control.maxNodes ?? Number.POSITIVE_INFINITY)) {
        this.stopped = true;
      }
      if ((this.nodes & 4095) === 0) this.control.onProgress?.(this.progress());
    }
    return this.stopped;
  }

  private progress(): SearchProgress {
    const first = this.found[0];
    if (this.objective.type === 'changes') {
      return { nodes: this.nodes, phase: this.phase, best: first?.changes ?? null, bound: this.level };
    }
    const ub = Math.max(first?.utility ?? Number.NEGATIVE_INFINITY, this.openBound);
    return {
      nodes: this.nodes,
      phase: this.phase,
      best: first?.utility ?? null,
      bound: Number.isFinite(ub) ? ub : null,
    };
  }

  private nextFree(pos: number): number {
    const { x } = this.s;
    let p = pos;
    while (p < this.order.length && x[this.order[p] as number] !== -1) p++;
    return p;
  }

  private snapshot(): RawSolution {
    const s = this.s;
    return {
      x: Uint8Array.from(s.x, (v) => (v === 1 ? 1 : 0)),
      changes: s.changes,
      utility: this.objective.type === 'utility' ? s.objFixed : null,
    };
  }

  private valuesFor(j: number): [0 | 1, 0 | 1] {
    const tab = this.s.model.tabled[j] as 0 | 1;
    if (this.objective.type === 'utility') {
      const o = this.objective.values[j] as number;
      if (o > 0) return [1, 0];
      if (o < 0) return [0, 1];
    }
    return tab === 1 ? [1, 0] : [0, 1];
  }

  /** Depth-first search for any feasible text. */
  private any(pos: number): RawSolution | null {
    const s = this.s;
    if (this.tick()) return null;
    const mark = s.trail.length;
    let result: RawSolution | null = null;
    if (propagate(s)) {
      const p = this.nextFree(pos);
      if (p === this.order.length) result = this.snapshot();
      else {
        const j = this.order[p] as number;
        for (const b of this.valuesFor(j)) {
          const m2 = s.trail.length;
          s.assign(j, b);
          result = this.any(p + 1);
          s.undoTo(m2);
          if (result || this.stopped) break;
        }
      }
    }
    s.undoTo(mark);
    return result;
  }

  /** One level of iterative deepening: texts with exactly `level` changes (fewer were searched before). */
  private changes(pos: number): boolean {
    const s = this.s;
    if (this.tick()) return true;
    const mark = s.trail.length;
    let done = false;
    if (propagate(s) && s.changes <= this.level && fitsBudget(s, this.level - s.changes, this.scratch)) {
      const p = this.nextFree(pos);
      if (p === this.order.length) {
        if (s.changes === this.level) this.found.push(this.snapshot());
        done = this.found.length >= this.top;
      } else {
        const j = this.order[p] as number;
        for (const b of this.valuesFor(j)) {
          const m2 = s.trail.length;
          s.assign(j, b);
          done = this.changes(p + 1);
          s.undoTo(m2);
          if (done || this.stopped) break;
        }
      }
    }
    s.undoTo(mark);
    return done;
  }

  /** Depth-first branch and bound on the objective member's utility. */
  private utility(pos: number): void {
    const s = this.s;
    if (this.tick()) {
      this.openBound = Math.max(this.openBound, s.objFixed + s.objPos);
      return;
    }
    const mark = s.trail.length;
    if (propagate(s) && !this.cut()) {
      const p = this.nextFree(pos);
      if (p === this.order.length) this.record(this.snapshot());
      else {
        const j = this.order[p] as number;
        const values = this.valuesFor(j);
        for (let i = 0; i < 2; i++) {
          const m2 = s.trail.length;
          s.assign(j, values[i] as 0 | 1);
          if (this.stopped) this.openBound = Math.max(this.openBound, s.objFixed + s.objPos);
          else this.utility(p + 1);
          s.undoTo(m2);
        }
      }
    }
    s.undoTo(mark);
  }

  private cut(): boolean {
    if (this.found.length < this.top) return false;
    const s = this.s;
    const kth = this.found[this.found.length - 1] as RawSolution;
    const ub = s.objFixed + s.objPos;
    const ku = kth.utility as number;
    if (ub < ku - EPS) return true;
    if (ub > ku + EPS) return false;
    return s.changes >= kth.changes || !fitsBudget(s, kth.changes - 1 - s.changes, this.scratch);
  }

  private record(sol: RawSolution): void {
    const better = (a: RawSolution, b: RawSolution) => {
      const au = a.utility as number;
      const bu = b.utility as number;
      if (Math.abs(au - bu) > EPS) return au > bu;
      return a.changes < b.changes;
    };
    let i = this.found.length;
    while (i > 0 && better(sol, this.found[i - 1] as RawSolution)) i--;
    this.found.splice(i, 0, sol);
    if (this.found.length > this.top) this.found.pop();
  }
}

/** Branch on the clauses that matter most first: red lines, then the largest share of members' values. */
function staticOrder(model: SearchModel, objective: Float64Array | null): number[] {
  const n = model.free.length;
  const score = new Float64Array(n);
  for (const mem of model.members) {
    if (mem.constVote !== null) continue;
    for (const j of mem.rejects) score[j] = (score[j] as number) + 10;
    for (const j of mem.requires) score[j] = (score[j] as number) + 10;
    const total = mem.vals.reduce((a, v) => a + Math.abs(v), 0);
    mem.vars.forEach((j, i) => {
      if (total > 0) score[j] = (score[j] as number) + Math.abs(mem.vals[i] as number) / total;
    });
  }
  if (objective) {
    const total = objective.reduce((a, v) => a + Math.abs(v), 0);
    objective.forEach((v, j) => {
      if (total > 0) score[j] = (score[j] as number) + Math.abs(v) / total;
    });
  }
  return Array.from({ length: n }, (_, j) => j).sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
}
