import { costToYes } from './bounds.ts';
import type { CompiledMember, SearchModel } from './model.ts';
import { SearchState } from './state.ts';

/**
 * The same model as a mixed-integer linear program in CPLEX LP format, for an external MILP solver
 * (HiGHS in the CLI). Variables:
 * - x_j ∈ {0,1}: free clause j is in the text;
 * - y_k ∈ {0,1}: member k votes yes (only when yes votes are counted or required);
 * - z_k ∈ {0,1}: member k (abstaining on its red lines) crosses one, so it cannot vote no.
 * Constraints, with U_k = Σ_j v_kj x_j, B_k its base utility, L_k = target − B_k − Σ_j min(0, v_kj) ≥ 0:
 * - yes: y_k ≤ 1 − x_j (j rejected), y_k ≤ x_j (j required), U_k − L_k y_k ≥ yesAt_k − B_k − L_k;
 * - counting: Σ_k y_k ≥ countNeeded − (members whose fixed vote is yes);
 * - not no, red line → no: x_j = 0 (rejected), x_j = 1 (required), U_k ≥ noBelow_k − B_k;
 * - not no, red line → abstain: z_k ≤ Σ_rejected x_j + Σ_required (1 − x_j), U_k + L_k z_k ≥ noBelow_k − B_k;
 * - a requirement a constant vote cannot meet makes the program infeasible before any solve;
 * - a valid cut per member (it makes the LP bound much stronger for the fewest-changes objective):
 *   Σ_{j helpful to k} |x_j − tabled_j| ≥ c_k y_k, where the helpful clauses are k's red-line clauses and
 *   those whose change from the tabled value raises u_k, and c_k is the exact fewest changes that make k
 *   vote yes (greedy, see bounds.ts).
 * Objective: minimise Σ_j |x_j − tabled_j|, or maximise Σ_j w_j x_j (the objective member's values).
 * Extra rows exclude texts already returned (Σ_{j∈T} (1 − x_j) + Σ_{j∉T} x_j ≥ 1) or hold the utility
 * at its optimum while changes are minimised.
 */

/** A linear row: Σ coef·var (op) rhs. */
interface Row {
  readonly terms: readonly (readonly [number, string])[];
  readonly op: '>=' | '<=' | '=';
  readonly rhs: number;
}

/** A MILP built from a model: its rows, binaries, and whether a constant vote already makes it infeasible. */
export interface MilpProgram {
  readonly rows: readonly Row[];
  readonly binaries: readonly string[];
  readonly trivialInfeasible: boolean;
}

/** The name of the column of free clause j. */
export function clauseColumn(j: number): string {
  return `x${j}`;
}

/** Builds the constraint rows of the program (see the module comment). */
export function buildMilp(model: SearchModel): MilpProgram {
  const rows: Row[] = [];
  const binaries = model.free.map((_, j) => clauseColumn(j));
  const yesTerms: [number, string][] = [];
  let constYes = 0;
  let trivialInfeasible = false;
  const root = new SearchState(model);
  const scratch = new Float64Array(model.free.length);
  model.members.forEach((mem, k) => {
    const req = model.requirement[k];
    if (mem.constVote !== null) {
      if (mem.constVote === 'yes') constYes++;
      if ((req === 'yes' && mem.constVote !== 'yes') || (req === 'not-no' && mem.constVote === 'no')) {
        trivialInfeasible = true;
      }
      return;
    }
    if (model.countNeeded > 0 || req === 'yes') {
      const y = `y${k}`;
      binaries.push(y);
      yesTerms.push([1, y]);
      if (req === 'yes') rows.push({ terms: [[1, y]], op: '=', rhs: 1 });
      yesRows(rows, mem, y);
      const cost = costToYes(root, k, mem, model.free.length, scratch);
      if (cost > 0 && cost <= model.free.length) rows.push(changesCut(model, mem, y, cost));
    }
    if (req === 'not-no') notNoRows(rows, binaries, mem, k);
  });
  if (model.countNeeded > 0) {
    rows.push({ terms: yesTerms, op: '>=', rhs: model.countNeeded - constYes });
    if (yesTerms.length < model.countNeeded - constYes) trivialInfeasible = true;
  }
  return { rows, binaries, trivialInfeasible };
}

function changesCut(model: SearchModel, mem: CompiledMember, y: string, cost: number): Row {
  const terms: [number, string][] = [];
  let rhs = 0;
  model.tabled.forEach((t, j) => {
    const v = mem.weight[j] as number;
    if (mem.isRedLine[j] !== 1 && (t === 1 ? -v : v) <= 0) return;
    terms.push([t === 1 ? -1 : 1, clauseColumn(j)]);
    rhs -= t;
  });
  terms.push([-cost, y]);
  return { terms, op: '>=', rhs };
}

function utilityTerms(mem: CompiledMember): [number, string][] {
  return mem.vars.map((j, i) => [mem.vals[i] as number, clauseColumn(j)]);
}

function minUtility(mem: CompiledMember): number {
  return mem.vals.reduce((a, v) => a + Math.min(0, v), 0);
}

function yesRows(rows: Row[], mem: CompiledMember, y: string): void {
  for (const j of mem.rejects)
    rows.push({
      terms: [
        [1, clauseColumn(j)],
        [1, y],
      ],
      op: '<=',
      rhs: 1,
    });
  for (const j of mem.requires)
    rows.push({
      terms: [
        [1, y],
        [-1, clauseColumn(j)],
      ],
      op: '<=',
      rhs: 0,
    });
  const target = mem.yesAt - mem.base;
  const big = target - minUtility(mem);
  if (big > 0) rows.push({ terms: [...utilityTerms(mem), [-big, y]], op: '>=', rhs: target - big });
}

function notNoRows(rows: Row[], binaries: string[], mem: CompiledMember, k: number): void {
  const target = mem.noBelow === null ? null : mem.noBelow - mem.base;
  const big = target === null ? 0 : target - minUtility(mem);
  if (mem.onRedLineNo) {
    for (const j of mem.rejects) rows.push({ terms: [[1, clauseColumn(j)]], op: '=', rhs: 0 });
    for (const j of mem.requires) rows.push({ terms: [[1, clauseColumn(j)]], op: '=', rhs: 1 });
    if (target !== null && big > 0) rows.push({ terms: utilityTerms(mem), op: '>=', rhs: target });
    return;
  }
  if (target === null || big <= 0) return;
  if (mem.rejects.length + mem.requires.length === 0) {
    rows.push({ terms: utilityTerms(mem), op: '>=', rhs: target });
    return;
  }
  const z = `z${k}`;
  binaries.push(z);
  const cross: [number, string][] = [[1, z]];
  for (const j of mem.rejects) cross.push([-1, clauseColumn(j)]);
  for (const j of mem.requires) cross.push([1, clauseColumn(j)]);
  rows.push({ terms: cross, op: '<=', rhs: mem.requires.length });
  rows.push({ terms: [...utilityTerms(mem), [big, z]], op: '>=', rhs: target });
}

/** A row that excludes one text (values of the free clauses). */
export function excludeRow(x: Uint8Array): Row {
  const terms: [number, string][] = [];
  let rhs = 1;
  x.forEach((v, j) => {
    terms.push([v === 1 ? -1 : 1, clauseColumn(j)]);
    if (v === 1) rhs -= 1;
  });
  return { terms, op: '>=', rhs };
}

/** The changes objective as coefficients per free clause, and its constant. */
export function changesObjective(model: SearchModel): { terms: [number, string][]; constant: number } {
  const terms: [number, string][] = [];
  let constant = model.forcedChanges;
  model.tabled.forEach((t, j) => {
    terms.push([t === 1 ? -1 : 1, clauseColumn(j)]);
    constant += t;
  });
  return { terms, constant };
}

/** Writes a program in CPLEX LP format. */
export function writeLp(
  sense: 'Minimize' | 'Maximize',
  objective: readonly (readonly [number, string])[],
  rows: readonly Row[],
  binaries: readonly string[],
): string {
  const lines = [sense, ` obj: ${linear(objective)}`, 'Subject To'];
  rows.forEach((r, i) => {
    lines.push(` r${i}: ${linear(r.terms)} ${r.op} ${num(r.rhs)}`);
  });
  lines.push('Binary', ` ${binaries.join(' ')}`, 'End');
  return lines.join('\n');
}

function linear(terms: readonly (readonly [number, string])[]): string {
  const parts = terms.filter(([c]) => c !== 0).map(([c, v]) => `${c < 0 ? '-' : '+'} ${num(Math.abs(c))} ${v}`);
  if (parts.length === 0) return '0 x0';
  return parts.join(' ');
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toPrecision(17);
}
