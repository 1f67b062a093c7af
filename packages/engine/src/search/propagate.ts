import type { CompiledMember } from './model.ts';
import { EPS, type SearchState } from './state.ts';

/**
 * Unit propagation at a node. A member that must vote yes (its requirement, or because exactly
 * `countNeeded` members can still vote yes) has its red-line clauses fixed and every clause whose
 * unfavourable value alone would sink its utility below `yesAt` fixed to the favourable value; a member
 * that must not vote no is treated the same way against `noBelow`. Returns false when the node has no
 * feasible completion.
 */
export function propagate(s: SearchState): boolean {
  const { model } = s;
  const can = new Uint8Array(s.m);
  for (;;) {
    let canCount = 0;
    for (let k = 0; k < s.m; k++) {
      const c = s.canYes(k) ? 1 : 0;
      can[k] = c;
      canCount += c;
    }
    if (canCount < model.countNeeded) return false;
    const tight = model.countNeeded > 0 && canCount === model.countNeeded;
    const mark = s.trail.length;
    for (let k = 0; k < s.m; k++) {
      const req = model.requirement[k];
      const mem = model.members[k] as CompiledMember;
      if (req === 'yes' || (tight && can[k] === 1)) {
        if (can[k] === 0) return false;
        if (mem.constVote === null) forceAbove(s, k, mem, mem.yesAt, true);
      } else if (req === 'not-no') {
        if (!s.canAvoidNo(k)) return false;
        if (mem.constVote === null) forceNotNo(s, k, mem);
      }
    }
    if (s.trail.length === mark) return true;
  }
}

function forceNotNo(s: SearchState, k: number, mem: CompiledMember): void {
  if (mem.onRedLineNo) {
    if (mem.noBelow === null) forceRedLines(s, mem);
    else forceAbove(s, k, mem, mem.noBelow, true);
    return;
  }
  // A member that abstains on its red lines avoids no by crossing one, so only its utility can be forced.
  if ((s.crossed[k] as number) > 0 || (s.freeRL[k] as number) > 0 || mem.noBelow === null) return;
  forceAbove(s, k, mem, mem.noBelow, false);
}

function forceRedLines(s: SearchState, mem: CompiledMember): void {
  for (const j of mem.rejects) if (s.x[j] === -1) s.assign(j, 0);
  for (const j of mem.requires) if (s.x[j] === -1) s.assign(j, 1);
}

/** Makes u_k ≥ target reachable: fixes red lines (when asked) and every clause it cannot afford to lose. */
function forceAbove(s: SearchState, k: number, mem: CompiledMember, target: number, redLines: boolean): void {
  if (redLines) forceRedLines(s, mem);
  const slack = s.maxKeepingRedLines(k, mem) - target;
  for (let i = 0; i < mem.vars.length; i++) {
    const j = mem.vars[i] as number;
    if (s.x[j] !== -1 || mem.isRedLine[j] === 1) continue;
    const v = mem.vals[i] as number;
    if (Math.abs(v) > slack + EPS) s.assign(j, v > 0 ? 1 : 0);
  }
}
