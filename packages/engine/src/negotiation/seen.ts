import type { ClauseId, MemberId } from '../ids.ts';
import { type Position, predictVote } from '../scenario/position.ts';
import { modalVote } from '../scenario/probability.ts';
import type { Clause, Decision } from '../scenario/types.ts';
import { searchUnder } from '../search/search.ts';
import type { SessionClause } from '../session/commands.ts';
import type { SessionDraft } from '../session/state.ts';
import type { SessionView } from '../session/view.ts';

/**
 * The positions a seat sees on a draft in its view: per member, the draft's own statement, else the
 * general one (the view holds only public positions and the seat's own).
 */
export function seenPositions(view: SessionView, draftId: string): Map<MemberId, Position> {
  const out = new Map<MemberId, Position>();
  for (const m of view.members) {
    const stated = view.positions.filter((p) => p.member === m.code);
    const p = stated.find((x) => x.draftId === draftId) ?? stated.find((x) => x.draftId === null);
    if (p) out.set(m.code, p.position);
  }
  return out;
}

/** Every clause known on a draft: its text, its reserve, the clauses of its amendments. */
export function clausePool(draft: SessionDraft): SessionClause[] {
  const pool: SessionClause[] = [...draft.clauses, ...draft.reserve];
  for (const a of draft.amendments) if (a.clause && !pool.some((c) => c.id === a.clause?.id)) pool.push(a.clause);
  return pool;
}

/** The draft as an engine decision (its text tabled) on the given positions. */
export function decisionOn(
  view: SessionView,
  draft: SessionDraft,
  positions: ReadonlyMap<MemberId, Position>,
): Decision {
  const clauses: Clause[] = clausePool(draft).map((c) => ({
    id: c.id,
    text: c.text,
    fixed: draft.fixed.includes(c.id),
  }));
  return {
    id: draft.id,
    instrument: draft.instrument,
    clauses,
    tabled: draft.clauses.map((c) => c.id),
    body: {
      members: view.members.map((m) => m.code),
      permanent: view.members.filter((m) => m.permanent).map((m) => m.code),
      threshold: view.threshold,
      names: Object.fromEntries(view.members.map((m) => [m.code, m.name])),
      date: null,
    },
    positions,
  };
}

/** The clause ids of a draft's text. */
export function textSet(draft: SessionDraft): Set<ClauseId> {
  return new Set(draft.clauses.map((c) => c.id));
}

/** True when the position votes yes on the text (its most likely vote). */
export function votesYes(position: Position, text: ReadonlySet<ClauseId>): boolean {
  return modalVote(predictVote(position, text).vote) === 'yes';
}

/**
 * The smallest edit of a draft's text that wins the yes of `position`, by the exact search over the
 * draft's clauses for that member alone: the text closest to the draft's on which it votes yes. Null
 * when no text of the draft's clauses wins its yes.
 */
export function winningText(
  view: SessionView,
  draft: SessionDraft,
  member: MemberId,
  position: Position,
): readonly ClauseId[] | null {
  // A question about one member alone: the decision's clauses, with that member as its whole body.
  const all = decisionOn(view, draft, new Map([[member, position]]));
  const d: Decision = { ...all, body: { ...all.body, members: [member], permanent: [], threshold: 0 } };
  return searchUnder(d, { requirement: new Map([[member, 'yes']]), countNeeded: 0 }).texts[0]?.clauses ?? null;
}

/**
 * The most utility `position` can get from a text of the draft's clauses without crossing its red
 * lines (null when every text crosses one, or its vote is fixed): the fixed and required clauses, and
 * every other clause it values above zero that it does not reject. Exact: utility is a sum over clauses.
 */
export function bestUtility(draft: SessionDraft, position: Position): number | null {
  if (position.vote !== null) return null;
  const pool = clausePool(draft).map((c) => c.id);
  const forced = new Set([...draft.fixed, ...position.requires]);
  if (position.requires.some((c) => !pool.includes(c))) return null;
  if (position.rejects.some((c) => forced.has(c))) return null;
  let u = 0;
  for (const c of pool) {
    const v = position.values[c] ?? 0;
    if (forced.has(c)) u += v;
    else if (v > 0 && !position.rejects.includes(c)) u += v;
  }
  return u;
}

/** True when the position is the default one (a member with nothing to ask for). */
export function isDefaultPosition(p: Position): boolean {
  return (
    p.vote === null &&
    p.rejects.length === 0 &&
    p.requires.length === 0 &&
    Object.values(p.values).every((v) => v === 0) &&
    p.yesAt <= 0 &&
    p.noBelow === null
  );
}

/**
 * The least a penholder settles for: the worst text it could get (its opening utility minus the sum of
 * its clause values in absolute value), so that at the deadline it takes its best text that can pass
 * rather than none (its red lines and `noBelow` still decide its own vote).
 */
export function reserveOf(p: Position, uMax: number): number {
  const losses = Object.values(p.values).reduce((sum, v) => sum + Math.abs(v), 0);
  return uMax - losses;
}

/** A number as the transcript writes it. */
export function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(2)));
}
