import type { ClauseId, MemberId } from '../ids.ts';
import { type CastVote, DEFAULT_POSITION, formatDistribution, type Position } from '../scenario/position.ts';
import type { Decision } from '../scenario/types.ts';
import { positionOf } from './model.ts';

/**
 * One element of a member's position that can stand in the way of a text: a red line, a utility
 * threshold, or a fixed vote. Explanations are minimal sets of these.
 */
export type PositionElement =
  | { readonly type: 'rejects'; readonly member: MemberId; readonly clause: ClauseId }
  | { readonly type: 'requires'; readonly member: MemberId; readonly clause: ClauseId }
  | { readonly type: 'yes-at'; readonly member: MemberId; readonly yesAt: number }
  | { readonly type: 'no-below'; readonly member: MemberId; readonly noBelow: number }
  | { readonly type: 'vote'; readonly member: MemberId }
  | { readonly type: 'position'; readonly member: MemberId };

/** The elements of a member's position, in a stable order. */
export function elementsOf(decision: Decision, member: MemberId): PositionElement[] {
  const p = positionOf(decision, member);
  if (p.vote !== null) return [{ type: 'vote', member }];
  // Crossing an abstain-red-line also shields the member from a utility-based no, so lifting that red
  // line alone could make its vote worse; such a position is kept or lifted as a whole.
  if (p.onRedLine === 'abstain' && p.noBelow !== null && p.rejects.length + p.requires.length > 0) {
    return [{ type: 'position', member }];
  }
  const out: PositionElement[] = [];
  for (const clause of p.rejects) out.push({ type: 'rejects', member, clause });
  for (const clause of p.requires) out.push({ type: 'requires', member, clause });
  out.push({ type: 'yes-at', member, yesAt: p.yesAt });
  if (p.noBelow !== null) out.push({ type: 'no-below', member, noBelow: p.noBelow });
  return out;
}

/** Same element (same member, same kind, same clause). */
export function sameElement(a: PositionElement, b: PositionElement): boolean {
  if (a.member !== b.member || a.type !== b.type) return false;
  if ((a.type === 'rejects' || a.type === 'requires') && (b.type === 'rejects' || b.type === 'requires')) {
    return a.clause === b.clause;
  }
  return true;
}

/**
 * The decision with only the given elements of the members' positions in force: every other member
 * gets the default position (yes on any text) and every other element of a kept member is lifted.
 */
export function decisionWithOnly(decision: Decision, kept: readonly PositionElement[]): Decision {
  const positions = new Map<MemberId, Position>();
  const members = new Set(kept.map((e) => e.member));
  for (const member of members) {
    const original = positionOf(decision, member);
    const mine = kept.filter((e) => e.member === member);
    const has = (type: PositionElement['type'], clause?: ClauseId) =>
      mine.some((e) => e.type === type && (clause === undefined || ('clause' in e && e.clause === clause)));
    if (original.vote !== null || mine.some((e) => e.type === 'position')) {
      positions.set(member, has('vote') || has('position') ? original : DEFAULT_POSITION);
      continue;
    }
    positions.set(member, {
      ...original,
      rejects: original.rejects.filter((c) => has('rejects', c)),
      requires: original.requires.filter((c) => has('requires', c)),
      yesAt: has('yes-at') ? original.yesAt : Number.NEGATIVE_INFINITY,
      noBelow: has('no-below') ? original.noBelow : null,
    });
  }
  return { ...decision, positions };
}

/** The largest utility a member can reach on any text of the decision. */
export function bestUtility(decision: Decision, member: MemberId): number {
  const p = positionOf(decision, member);
  let u = 0;
  for (const c of decision.clauses) {
    const v = p.values[c.id] ?? 0;
    if (c.fixed || v > 0) u += v;
  }
  return u;
}

/** An element in a diplomat's words. */
export function describeElement(decision: Decision, e: PositionElement): string {
  const name = decision.body.names[e.member] ?? e.member;
  const p = positionOf(decision, e.member);
  const fixed = (c: ClauseId) => decision.clauses.some((k) => k.id === c && k.fixed);
  const defined = (c: ClauseId) => decision.clauses.some((k) => k.id === c);
  const act = p.onRedLine === 'no' ? 'votes no on' : 'abstains on';
  switch (e.type) {
    case 'rejects':
      return `${name} rejects \`${e.clause}\`${fixed(e.clause) ? ' (a fixed clause, which cannot be dropped)' : ''}: it ${act} any text that contains it`;
    case 'requires':
      return `${name} requires \`${e.clause}\`${defined(e.clause) ? '' : ' (which this decision does not define)'}: it ${act} any text without it`;
    case 'yes-at':
      return `${name} votes yes only on a text worth at least ${fmt(e.yesAt)} to it, and no text is worth more than ${fmt(bestUtility(decision, e.member))}`;
    case 'no-below':
      return `${name} votes no on any text worth less than ${fmt(e.noBelow)} to it`;
    case 'vote':
      return `${name} ${voteWords(p.vote)}`;
    case 'position':
      return `${name}'s position as a whole (${[...p.rejects.map((c) => `rejects \`${c}\``), ...p.requires.map((c) => `requires \`${c}\``)].join(', ')}, abstaining when they are crossed; yes at ${fmt(p.yesAt)}, no below ${fmt(p.noBelow ?? 0)})`;
    default: {
      const never: never = e;
      throw new Error(`unexpected element ${JSON.stringify(never)}`);
    }
  }
}

function voteWords(vote: Position['vote']): string {
  if (vote === null) return 'has no fixed vote';
  if (typeof vote === 'string') return `has decided to vote ${vote as CastVote} whatever the text`;
  return `may vote ${vote.no > 0 ? 'no' : 'other than yes'} whatever the text (${formatDistribution(vote)})`;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}
