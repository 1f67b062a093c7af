import type { CompiledMember } from './model.ts';
import { EPS, type SearchState } from './state.ts';

/**
 * Lower bounds on the changes still needed below a node, measured from its "tabled completion" (every
 * free clause at its tabled value). For one member the fewest changes that make it vote yes are exact:
 * each red-line clause at the wrong tabled value must change, then the largest utility gains are taken
 * first (greedy is optimal for covering one deficit with the fewest items). Across members the bound uses
 * counting: if the completion has Y yes votes and `countNeeded` are required, at least countNeeded − Y
 * other members must become yes, so the number of changes is at least the (countNeeded − Y)-th smallest of
 * their costs. Every cost is capped at `cap + 1` ("more than the budget").
 */
export function fitsBudget(s: SearchState, budget: number, scratch: Float64Array): boolean {
  const { model } = s;
  let within = 0;
  for (let k = 0; k < s.m; k++) {
    const mem = model.members[k] as CompiledMember;
    const req = model.requirement[k];
    const cy = costToYes(s, k, mem, budget, scratch);
    if (cy <= budget) within++;
    if (req === 'yes' && cy > budget) return false;
    if (req === 'not-no' && costToAvoidNo(s, k, mem, budget, scratch) > budget) return false;
  }
  return within >= model.countNeeded;
}

/** Fewest further changes that make member k vote yes (capped at cap + 1). */
export function costToYes(s: SearchState, k: number, mem: CompiledMember, cap: number, scratch: Float64Array): number {
  if (mem.constVote !== null) return mem.constVote === 'yes' ? 0 : cap + 1;
  if ((s.crossed[k] as number) > 0) return cap + 1;
  return costToReach(s, k, mem, mem.yesAt, cap, scratch, true);
}

/** Fewest further changes that keep member k from voting no (capped at cap + 1). */
export function costToAvoidNo(
  s: SearchState,
  k: number,
  mem: CompiledMember,
  cap: number,
  scratch: Float64Array,
): number {
  if (mem.constVote !== null) return mem.constVote === 'no' ? cap + 1 : 0;
  if (mem.onRedLineNo) {
    if ((s.crossed[k] as number) > 0) return cap + 1;
    return costToReach(s, k, mem, mem.noBelow ?? Number.NEGATIVE_INFINITY, cap, scratch, true);
  }
  if ((s.crossed[k] as number) > 0 || mem.noBelow === null || tabledCrossesRedLine(s, mem)) return 0;
  const byUtility = costToReach(s, k, mem, mem.noBelow, cap, scratch, false);
  return (s.freeRL[k] as number) > 0 ? Math.min(1, byUtility) : byUtility;
}

function tabledCrossesRedLine(s: SearchState, mem: CompiledMember): boolean {
  for (const j of mem.rejects) if (s.x[j] === -1 && s.model.tabled[j] === 1) return true;
  for (const j of mem.requires) if (s.x[j] === -1 && s.model.tabled[j] === 0) return true;
  return false;
}

function costToReach(
  s: SearchState,
  k: number,
  mem: CompiledMember,
  target: number,
  cap: number,
  scratch: Float64Array,
  keepRedLines: boolean,
): number {
  const tabled = s.model.tabled;
  let u = (s.fixedU[k] as number) + (s.tabFreeU[k] as number);
  let cost = 0;
  if (keepRedLines) {
    for (const j of mem.rejects) {
      if (s.x[j] === -1 && tabled[j] === 1) {
        cost++;
        u -= mem.weight[j] as number;
      }
    }
    for (const j of mem.requires) {
      if (s.x[j] === -1 && tabled[j] === 0) {
        cost++;
        u += mem.weight[j] as number;
      }
    }
  }
  if (cost > cap) return cap + 1;
  if (u >= target - EPS) return cost;
  let count = 0;
  for (let i = 0; i < mem.vars.length; i++) {
    const j = mem.vars[i] as number;
    if (s.x[j] !== -1 || (keepRedLines && mem.isRedLine[j] === 1)) continue;
    const v = mem.vals[i] as number;
    const gain = tabled[j] === 1 ? -v : v;
    if (gain > 0) scratch[count++] = gain;
  }
  const view = scratch.subarray(0, count).sort().reverse();
  for (let i = 0; i < view.length; i++) {
    u += view[i] as number;
    cost++;
    if (cost > cap) return cap + 1;
    if (u >= target - EPS) return cost;
  }
  return cap + 1;
}
