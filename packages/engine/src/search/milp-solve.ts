import { buildMilp, changesObjective, clauseColumn, excludeRow, writeLp } from './milp.ts';
import type { SearchModel } from './model.ts';
import type { RawObjective, RawResult, RawSolution } from './solve.ts';

/** How a MILP solve ended. `time-limit`: `values` holds the best solution found (if any), `bound` the proven bound. */
export interface MilpAnswer {
  readonly status: 'optimal' | 'infeasible' | 'time-limit';
  readonly objective: number | null;
  readonly bound: number | null;
  /** The value of a column by name, when a solution is known. */
  readonly value: ((column: string) => number) | null;
}

/**
 * An external MILP solver (HiGHS in the CLI) given as an argument, so the engine stays pure. It solves a
 * CPLEX LP-format program to the absolute gap asked for and enforces its own time budget.
 */
export interface MilpSolver {
  solve(lp: string, options: MilpSolveOptions): MilpAnswer;
}

/** What one MILP solve is for: its gap, and how to show its objective (value + offset) in progress. */
export interface MilpSolveOptions {
  readonly absoluteGap: number;
  readonly objective: 'changes' | 'utility' | 'feasibility';
  /** Constant to add to the program's objective to get the changes or the utility. */
  readonly offset: number;
}

/** Relative tolerance when holding a member's utility at its optimum while changes are minimised. */
const UTILITY_TOLERANCE = 1e-7;

/**
 * Solves the model with a MILP solver: fewest changes directly (integer objective, so an absolute gap
 * below 1 proves optimality); a member's utility in two stages (maximise it, then hold it and minimise
 * changes). Each further text of `top` adds a row excluding the texts already found.
 */
export function solveWithMilp(model: SearchModel, objective: RawObjective, top: number, solver: MilpSolver): RawResult {
  const program = buildMilp(model);
  if (program.trivialInfeasible) return { status: 'infeasible', solutions: [], bound: null, nodes: 0 };
  const rows = [...program.rows];
  const solutions: RawSolution[] = [];
  const changes = changesObjective(model);
  while (solutions.length < top) {
    const stage = solveOnce(model, objective, rows, program.binaries, changes, solver);
    if (stage.status !== 'optimal' || stage.solution === null) {
      if (stage.status === 'infeasible') {
        return solutions.length === 0
          ? { status: 'infeasible', solutions, bound: null, nodes: 0 }
          : { status: 'optimal', solutions, bound: firstBound(solutions, objective), nodes: 0 };
      }
      const found = stage.solution ? [...solutions, stage.solution] : solutions;
      return {
        status: 'stopped',
        solutions: found,
        bound: solutions.length === 0 ? stage.bound : firstBound(solutions, objective),
        nodes: 0,
      };
    }
    solutions.push(stage.solution);
    rows.push(excludeRow(stage.solution.x));
  }
  return { status: 'optimal', solutions, bound: firstBound(solutions, objective), nodes: 0 };
}

function firstBound(solutions: readonly RawSolution[], objective: RawObjective): number | null {
  const first = solutions[0];
  if (!first || objective.type === 'feasibility') return null;
  return objective.type === 'changes' ? first.changes : first.utility;
}

interface Stage {
  readonly status: MilpAnswer['status'];
  readonly solution: RawSolution | null;
  readonly bound: number | null;
}

type Rows = Parameters<typeof writeLp>[2];

function solveOnce(
  model: SearchModel,
  objective: RawObjective,
  rows: Rows,
  binaries: readonly string[],
  changes: ReturnType<typeof changesObjective>,
  solver: MilpSolver,
): Stage {
  if (objective.type === 'feasibility') {
    const answer = solver.solve(writeLp('Minimize', [], rows, binaries), {
      absoluteGap: 0.99,
      objective: 'feasibility',
      offset: 0,
    });
    return { status: answer.status, solution: toSolution(model, answer, null), bound: null };
  }
  if (objective.type === 'changes') {
    const answer = solver.solve(writeLp('Minimize', changes.terms, rows, binaries), {
      absoluteGap: 0.99,
      objective: 'changes',
      offset: changes.constant,
    });
    const bound = answer.bound === null ? null : Math.ceil(answer.bound + changes.constant - 1e-6);
    return { status: answer.status, solution: toSolution(model, answer, null), bound };
  }
  const terms = Array.from(objective.values, (v, j) => [v, clauseColumn(j)] as const);
  const first = solver.solve(writeLp('Maximize', terms, rows, binaries), {
    absoluteGap: 1e-9,
    objective: 'utility',
    offset: objective.base,
  });
  const bound = first.bound === null ? null : first.bound + objective.base;
  if (first.status !== 'optimal' || first.objective === null) {
    return { status: first.status, solution: toSolution(model, first, objective), bound };
  }
  const hold = first.objective - UTILITY_TOLERANCE * Math.max(1, Math.abs(first.objective));
  const second = solver.solve(writeLp('Minimize', changes.terms, [...rows, { terms, op: '>=', rhs: hold }], binaries), {
    absoluteGap: 0.99,
    objective: 'changes',
    offset: changes.constant,
  });
  const answer = second.value ? second : first;
  const status = second.status === 'infeasible' ? 'optimal' : second.status;
  return { status, solution: toSolution(model, answer, objective), bound };
}

function toSolution(model: SearchModel, answer: MilpAnswer, objective: RawObjective | null): RawSolution | null {
  const value = answer.value;
  if (!value) return null;
  const x = Uint8Array.from(model.free, (_, j) => (value(clauseColumn(j)) > 0.5 ? 1 : 0));
  let changes = model.forcedChanges;
  x.forEach((v, j) => {
    if (v !== model.tabled[j]) changes++;
  });
  let utility: number | null = null;
  if (objective && objective.type === 'utility') {
    utility = objective.base;
    x.forEach((v, j) => {
      if (v === 1) utility = (utility as number) + (objective.values[j] as number);
    });
  }
  return { x, changes, utility };
}
