import type { CompiledMember, SearchModel } from './model.ts';

/** Tolerance for comparing sums of floating-point values; only used where it keeps a bound valid. */
export const EPS = 1e-9;

/**
 * The partial assignment of a branch-and-bound node, with each member's sums kept up to date as
 * variables are fixed and released (a trail undoes them). Everything here is a pure data structure.
 */
export class SearchState {
  readonly n: number;
  readonly m: number;
  /** -1 free, 0 out, 1 in. */
  readonly x: Int8Array;
  /** base + Σ v over fixed variables set to 1. */
  readonly fixedU: Float64Array;
  /** Σ max(0, v) and Σ min(0, v) over free variables. */
  readonly posFree: Float64Array;
  readonly negFree: Float64Array;
  /** Σ v over free variables tabled in: the utility added if every free clause keeps its tabled value. */
  readonly tabFreeU: Float64Array;
  /** Red-line literals violated by fixed variables. */
  readonly crossed: Int32Array;
  /** Red-line clauses still free. */
  readonly freeRL: Int32Array;
  /** Changes from the tabled text, counting fixed clauses that were not tabled. */
  changes: number;
  /** Objective utility of the fixed variables set to 1 (plus the objective's base). */
  objFixed = 0;
  /** Σ max(0, objective value) over free variables. */
  objPos = 0;
  readonly trail: number[] = [];
  private readonly valK: Int32Array[];
  private readonly valV: Float64Array[];
  private readonly rlK: Int32Array[];
  private readonly rlRej: Uint8Array[];

  /**
   * @param objective the objective member's value of each free clause, or null
   * @param objectiveBase its utility of the fixed clauses
   */
  constructor(
    readonly model: SearchModel,
    readonly objective: Float64Array | null = null,
    objectiveBase = 0,
  ) {
    const n = model.free.length;
    const m = model.members.length;
    this.n = n;
    this.m = m;
    this.x = new Int8Array(n).fill(-1);
    this.fixedU = new Float64Array(m);
    this.posFree = new Float64Array(m);
    this.negFree = new Float64Array(m);
    this.tabFreeU = new Float64Array(m);
    this.crossed = new Int32Array(m);
    this.freeRL = new Int32Array(m);
    this.changes = model.forcedChanges;
    this.objFixed = objectiveBase;
    if (objective) for (const v of objective) this.objPos += Math.max(0, v);
    const valK: number[][] = Array.from({ length: n }, () => []);
    const valV: number[][] = Array.from({ length: n }, () => []);
    const rlK: number[][] = Array.from({ length: n }, () => []);
    const rlRej: number[][] = Array.from({ length: n }, () => []);
    model.members.forEach((mem, k) => {
      if (mem.constVote !== null) return;
      this.fixedU[k] = mem.base;
      mem.vars.forEach((j, i) => {
        const v = mem.vals[i] ?? 0;
        valK[j]?.push(k);
        valV[j]?.push(v);
        if (v > 0) this.posFree[k] = (this.posFree[k] ?? 0) + v;
        else this.negFree[k] = (this.negFree[k] ?? 0) + v;
        if (model.tabled[j] === 1) this.tabFreeU[k] = (this.tabFreeU[k] ?? 0) + v;
      });
      for (const j of mem.rejects) {
        rlK[j]?.push(k);
        rlRej[j]?.push(1);
      }
      for (const j of mem.requires) {
        rlK[j]?.push(k);
        rlRej[j]?.push(0);
      }
      this.freeRL[k] = mem.rejects.length + mem.requires.length;
    });
    this.valK = valK.map((a) => Int32Array.from(a));
    this.valV = valV.map((a) => Float64Array.from(a));
    this.rlK = rlK.map((a) => Int32Array.from(a));
    this.rlRej = rlRej.map((a) => Uint8Array.from(a));
  }

  /** Whether some member's vote depends on variable j. */
  hasIncidence(j: number): boolean {
    return (this.valK[j]?.length ?? 0) > 0 || (this.rlK[j]?.length ?? 0) > 0;
  }

  /** Fixes variable j to b (it must be free) and records it on the trail. */
  assign(j: number, b: 0 | 1): void {
    this.x[j] = b;
    this.trail.push(j);
    if (this.model.tabled[j] !== b) this.changes++;
    this.update(j, b, 1);
  }

  /** Releases every variable fixed after the trail had length `mark`. */
  undoTo(mark: number): void {
    while (this.trail.length > mark) {
      const j = this.trail.pop() as number;
      const b = this.x[j] as 0 | 1;
      this.update(j, b, -1);
      if (this.model.tabled[j] !== b) this.changes--;
      this.x[j] = -1;
    }
  }

  private update(j: number, b: 0 | 1, sign: 1 | -1): void {
    if (this.objective) {
      const o = this.objective[j] as number;
      this.objPos -= sign * Math.max(0, o);
      if (b === 1) this.objFixed += sign * o;
    }
    const ks = this.valK[j] as Int32Array;
    const vs = this.valV[j] as Float64Array;
    const tab = this.model.tabled[j] === 1;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i] as number;
      const v = vs[i] as number;
      if (v > 0) this.posFree[k] = (this.posFree[k] as number) - sign * v;
      else this.negFree[k] = (this.negFree[k] as number) - sign * v;
      if (tab) this.tabFreeU[k] = (this.tabFreeU[k] as number) - sign * v;
      if (b === 1) this.fixedU[k] = (this.fixedU[k] as number) + sign * v;
    }
    const rk = this.rlK[j] as Int32Array;
    const rr = this.rlRej[j] as Uint8Array;
    for (let i = 0; i < rk.length; i++) {
      const k = rk[i] as number;
      this.freeRL[k] = (this.freeRL[k] as number) - sign;
      if ((rr[i] === 1) === (b === 1)) this.crossed[k] = (this.crossed[k] as number) + sign;
    }
  }

  /** The member's highest reachable utility on texts that keep every one of its red lines. */
  maxKeepingRedLines(k: number, mem: CompiledMember): number {
    let u = (this.fixedU[k] as number) + (this.posFree[k] as number);
    for (const j of mem.rejects) {
      if (this.x[j] === -1) u -= Math.max(0, mem.weight[j] as number);
    }
    for (const j of mem.requires) {
      if (this.x[j] === -1) u += Math.min(0, mem.weight[j] as number);
    }
    return u;
  }

  /** Whether some completion of this node makes member k vote yes. */
  canYes(k: number): boolean {
    const mem = this.model.members[k] as CompiledMember;
    if (mem.constVote !== null) return mem.constVote === 'yes';
    return this.crossed[k] === 0 && this.maxKeepingRedLines(k, mem) >= mem.yesAt - EPS;
  }

  /** Whether some completion of this node keeps member k from voting no. */
  canAvoidNo(k: number): boolean {
    const mem = this.model.members[k] as CompiledMember;
    if (mem.constVote !== null) return mem.constVote !== 'no';
    if (mem.onRedLineNo) {
      if (this.crossed[k] !== 0) return false;
      return mem.noBelow === null || this.maxKeepingRedLines(k, mem) >= mem.noBelow - EPS;
    }
    if ((this.crossed[k] as number) > 0 || (this.freeRL[k] as number) > 0 || mem.noBelow === null) return true;
    return this.maxKeepingRedLines(k, mem) >= mem.noBelow - EPS;
  }

  /** The vote of member k once every variable is fixed. */
  leafVote(k: number): 'yes' | 'no' | 'other' {
    const mem = this.model.members[k] as CompiledMember;
    if (mem.constVote !== null) return mem.constVote === 'yes' ? 'yes' : mem.constVote === 'no' ? 'no' : 'other';
    if ((this.crossed[k] as number) > 0) return mem.onRedLineNo ? 'no' : 'other';
    const u = this.fixedU[k] as number;
    if (u >= mem.yesAt) return 'yes';
    if (mem.noBelow !== null && u < mem.noBelow) return 'no';
    return 'other';
  }
}
