import type { MemberId } from '../ids.ts';
import { instrumentNoun, isConsensusInstrument } from '../rules/instrument.ts';
import type { Decision } from '../scenario/types.ts';
import { decisionWithOnly, describeElement, elementsOf, type PositionElement } from './elements.ts';
import { type Constraints, type Requirement, ruleConstraints } from './model.ts';
import { existsText, type SearchOptions } from './search.ts';

/** A member that can never give the vote a text needs, and why (the elements of its position that stop it). */
export interface Unwinnable {
  readonly member: MemberId;
  /** `yes`: it never votes yes; `not-no`: it votes no on every text. */
  readonly cannot: 'yes' | 'not-no';
  readonly because: readonly string[];
}

/** Why no text of a decision can pass, in a diplomat's terms. */
export interface Deadlock {
  /**
   * A minimal set of position elements (red lines, thresholds, fixed votes) that alone make every text
   * fail, every other member assumed agreeable; null when the search was stopped before it was found.
   */
  readonly conflict: readonly PositionElement[] | null;
  readonly conflictWords: readonly string[];
  /** Members that can never vote yes (threshold rules) or never avoid no (veto holders, consensus). */
  readonly unwinnable: readonly Unwinnable[];
  /** Threshold rules: the most yes votes one text can gather without a veto, and how many are needed. */
  readonly mostYes: { readonly count: number; readonly needed: number } | null;
  /** What the rule needs, in one sentence. */
  readonly headline: string;
  /** {@link Deadlock.mostYes} in words, or null. */
  readonly mostYesWords: string | null;
  /** The whole explanation in a few sentences. */
  readonly summary: string;
}

/**
 * Explains why no text of the decision passes: a minimal infeasible subset of the members' position
 * elements (deletion filter: lift each element in turn and keep it lifted while no text still passes;
 * first whole members, then the elements of the members left), the members whose vote cannot be won, and
 * for vote-counting rules the most yes votes any text can gather.
 * @example explainDeadlock(decision).summary
 */
export function explainDeadlock(decision: Decision, options: SearchOptions = {}): Deadlock {
  const rule = ruleConstraints(decision);
  const conflict = minimalConflict(decision, rule, options);
  const conflictWords = conflict ? conflict.map((e) => describeElement(decision, e)) : [];
  const unwinnable = unwinnableMembers(decision, rule, options);
  const mostYes = rule.countNeeded > 0 ? mostYesVotes(decision, rule, options) : null;
  const summary = summarise(decision, conflictWords, mostYes);
  return {
    conflict,
    conflictWords,
    unwinnable,
    mostYes,
    headline: summary.headline,
    mostYesWords: summary.mostYesWords,
    summary: summary.text,
  };
}

function minimalConflict(decision: Decision, rule: Constraints, options: SearchOptions) {
  const all = decision.body.members.filter((m) => decision.positions.has(m)).flatMap((m) => elementsOf(decision, m));
  let members = [...new Set(all.map((e) => e.member))];
  const fails = (kept: readonly PositionElement[]) => existsText(decisionWithOnly(decision, kept), rule, options);
  for (const m of [...members]) {
    const trial = members.filter((x) => x !== m);
    const exists = fails(all.filter((e) => trial.includes(e.member)));
    if (exists === null) return null;
    if (!exists) members = trial;
  }
  let kept = all.filter((e) => members.includes(e.member));
  for (const e of [...kept]) {
    const trial = kept.filter((x) => x !== e);
    const exists = fails(trial);
    if (exists === null) return null;
    if (!exists) kept = trial;
  }
  return kept;
}

function unwinnableMembers(decision: Decision, rule: Constraints, options: SearchOptions): Unwinnable[] {
  const out: Unwinnable[] = [];
  for (const member of decision.body.members) {
    const needs: Requirement[] = [];
    if (rule.countNeeded > 0) needs.push('yes');
    if (rule.requirement.get(member) === 'not-no') needs.push('not-no');
    for (const need of needs) {
      const alone: Constraints = { requirement: new Map([[member, need]]), countNeeded: 0 };
      if (existsText(decision, alone, options) !== false) continue;
      // Deletion filter over the member's own elements: a minimal set that still rules it out.
      let kept = elementsOf(decision, member);
      for (const e of [...kept]) {
        const trial = kept.filter((x) => x !== e);
        if (existsText(decisionWithOnly(decision, trial), alone, options) === false) kept = trial;
      }
      const because = kept.map((e) => describeElement(decision, e));
      out.push({ member, cannot: need === 'yes' ? 'yes' : 'not-no', because });
    }
  }
  return out;
}

function mostYesVotes(decision: Decision, rule: Constraints, options: SearchOptions) {
  let lo = 0;
  let hi = rule.countNeeded - 1;
  // When no text even avoids a veto, counting yes votes adds nothing to the conflict.
  if (existsText(decision, { ...rule, countNeeded: 0 }, options) !== true) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const exists = existsText(decision, { ...rule, countNeeded: mid }, options);
    if (exists === null) return null;
    if (exists) lo = mid;
    else hi = mid - 1;
  }
  return { count: lo, needed: rule.countNeeded };
}

function summarise(
  decision: Decision,
  conflictWords: readonly string[],
  mostYes: { readonly count: number; readonly needed: number } | null,
): { headline: string; mostYesWords: string | null; text: string } {
  const noun = instrumentNoun(decision.instrument);
  const need = isConsensusInstrument(decision.instrument)
    ? `a ${noun} needs every member's agreement, so any one member's objection blocks it`
    : decision.instrument === 'resolution' && decision.body.permanent.length > 0
      ? `a ${noun} needs ${decision.body.threshold} affirmative votes and no negative vote from a permanent member`
      : `a ${noun} needs ${decision.body.threshold} affirmative votes`;
  const headline = `No text of this ${noun} can pass: ${need}.`;
  const parts = [headline];
  if (conflictWords.length > 0) {
    const all = conflictWords.length === 1 ? 'this' : conflictWords.length === 2 ? 'both' : 'all of these at once';
    parts.push(`${capitalise(conflictWords.join('; '))}; no text satisfies ${all}.`);
  }
  const vetoes = decision.instrument === 'resolution' && decision.body.permanent.length > 0;
  const mostYesWords = mostYes
    ? `At most ${mostYes.count} member${mostYes.count === 1 ? '' : 's'} can vote yes on one text${vetoes ? ' that no permanent member vetoes' : ''}; ${mostYes.needed} are needed.`
    : null;
  if (mostYesWords) parts.push(mostYesWords);
  return { headline, mostYesWords, text: parts.join(' ') };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
