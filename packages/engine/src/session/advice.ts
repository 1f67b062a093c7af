import type { ClauseId, MemberId } from '../ids.ts';
import { type OutcomeSummary, outcomeSummary } from '../rules/outcome-summary.ts';
import { evaluateDecision } from '../scenario/evaluate.ts';
import { type CastVote, describeVoteReason, type Position, type VoteDistribution } from '../scenario/position.ts';
import type { Clause, Decision } from '../scenario/types.ts';
import { keyHolders } from '../search/key-holders.ts';
import type { SolveControl } from '../search/solve.ts';
import type { SessionDraft, SessionState } from './state.ts';
import { maySeePosition } from './view.ts';

/** The engine's advice to one seat on one draft, from what that seat may see. */
export interface DraftAdvice {
  readonly draftId: string;
  readonly instrument: SessionDraft['instrument'];
  /** The clause ids of the text as it stands. */
  readonly text: readonly ClauseId[];
  /** Whether the text passes (adopted, or agreed for a consensus text) on the positions the seat may see. */
  readonly passes: boolean;
  /** Exact probability of passing (0 or 1 unless a position gives a vote distribution). */
  readonly probability: number;
  readonly outcome: OutcomeSummary;
  /** Every member's predicted vote and why; `known` is false for a member whose position the seat cannot see. */
  readonly votes: readonly {
    readonly member: MemberId;
    readonly vote: CastVote | VoteDistribution;
    readonly reason: string;
    readonly known: boolean;
  }[];
  /** Other members whose position the seat cannot see, assumed to hold the engine's default position (yes on every text). */
  readonly assumed: readonly MemberId[];
  /** Who stands in the way, why, and the single cheapest edit that would win each (exact search). */
  readonly blockers: readonly {
    readonly member: MemberId;
    readonly kind: 'veto' | 'objection' | 'withheld';
    readonly reason: string;
    readonly edit: {
      readonly add: readonly ClauseId[];
      readonly remove: readonly ClauseId[];
      readonly passes: boolean;
    } | null;
    readonly noEditExists: boolean;
  }[];
  /** True when this seat's vote alone flips the outcome. */
  readonly pivotal: boolean;
  /** Every member whose vote alone flips the outcome. */
  readonly pivotalMembers: readonly MemberId[];
  /** The advice in one or two sentences. */
  readonly summary: string;
}

/**
 * Advice for `seat` on every draft on the table (or on `draftId`), computed ONLY from what that seat may
 * see: its own positions (private or public) and the other members' public positions; a member whose
 * position it cannot see is assumed to hold the default position (votes yes), and `assumed` says so.
 * The engine decides the text (`evaluateDecision`), finds who blocks it and the cheapest edit that wins
 * each blocker over the clauses known to the session (the text, its reserve, proposed amendments), and
 * whether the seat is pivotal (`keyHolders`).
 * @example adviceFor(state, memberId('GBR'))[0]?.blockers[0]?.edit?.remove // ['blame-lna']
 */
export function adviceFor(
  state: SessionState,
  seat: MemberId,
  options: { readonly draftId?: string; readonly search?: SolveControl } = {},
): DraftAdvice[] {
  return state.drafts
    .filter((d) => d.status === 'circulated' && (options.draftId === undefined || d.id === options.draftId))
    .map((d) => adviseOn(state, seat, d, options.search ?? {}));
}

/** The positions `seat` may see on a draft: per member, the draft's own statement, else the general one. */
export function visiblePositions(state: SessionState, seat: MemberId, draftId: string): Map<MemberId, Position> {
  const viewer = { type: 'seat', member: seat } as const;
  const out = new Map<MemberId, Position>();
  for (const m of state.body.members) {
    const seen = state.positions.filter((p) => p.member === m.code && maySeePosition(viewer, p));
    const own = seen.find((p) => p.draftId === draftId) ?? seen.find((p) => p.draftId === null);
    if (own) out.set(m.code, own.position);
  }
  return out;
}

/** The draft as an engine decision on the positions `seat` may see. */
export function decisionFor(state: SessionState, seat: MemberId, draft: SessionDraft): Decision {
  const pool = [...draft.clauses, ...draft.reserve];
  for (const a of draft.amendments) if (a.clause && !pool.some((c) => c.id === a.clause?.id)) pool.push(a.clause);
  const clauses: Clause[] = pool.map((c) => ({ id: c.id, text: c.text, fixed: draft.fixed.includes(c.id) }));
  return {
    id: draft.id,
    instrument: draft.instrument,
    clauses,
    tabled: draft.clauses.map((c) => c.id),
    body: {
      members: state.body.members.map((m) => m.code),
      permanent: state.body.members.filter((m) => m.permanent).map((m) => m.code),
      threshold: state.body.threshold,
      names: Object.fromEntries(state.body.members.map((m) => [m.code, m.name])),
      date: state.body.custom ? null : state.date,
    },
    positions: visiblePositions(state, seat, draft.id),
  };
}

function adviseOn(state: SessionState, seat: MemberId, draft: SessionDraft, search: SolveControl): DraftAdvice {
  const decision = decisionFor(state, seat, draft);
  const e = evaluateDecision(decision);
  const keys = keyHolders(decision, search);
  const reasonOf = (m: MemberId) => {
    const v = e.votes.find((x) => x.member === m);
    if (!v) return '';
    if (!v.byDefault) return describeVoteReason(v.reason);
    return m === seat ? 'no position stated: yes by default' : 'position unknown to you: assumed yes (default)';
  };
  const assumed = e.votes.filter((v) => v.byDefault && v.member !== seat).map((v) => v.member);
  const blockers = keys.blockers.map((b) => ({
    member: b.member,
    kind: b.kind,
    reason: reasonOf(b.member),
    edit: b.edit ? { add: b.edit.add, remove: b.edit.remove, passes: b.edit.passes } : null,
    noEditExists: b.noEditExists,
  }));
  const pivotalMembers = keys.pivotal.map((p) => p.member);
  const pivotal = pivotalMembers.includes(seat);
  return {
    draftId: draft.id,
    instrument: draft.instrument,
    text: e.text,
    passes: e.passed,
    probability: e.probability,
    outcome: outcomeSummary(e.outcome, { date: state.date, seats: state.body.members.length }),
    votes: e.votes.map((v) => ({ member: v.member, vote: v.vote, reason: reasonOf(v.member), known: !v.byDefault })),
    assumed,
    blockers,
    pivotal,
    pivotalMembers,
    summary: summarise(draft.id, e.passed, blockers, pivotal, assumed.length),
  };
}

function summarise(
  draftId: string,
  passes: boolean,
  blockers: DraftAdvice['blockers'],
  pivotal: boolean,
  assumed: number,
): string {
  const parts: string[] = [passes ? `"${draftId}" passes as it stands.` : `"${draftId}" does not pass as it stands.`];
  for (const b of blockers) {
    const edit = b.edit
      ? `${[...b.edit.add.map((c) => `add ${c}`), ...b.edit.remove.map((c) => `remove ${c}`)].join(', ')} would win it${b.edit.passes ? ' and the text would pass' : ', but the text would still not pass'}`
      : b.noEditExists
        ? 'no edit of the text wins it'
        : 'the search stopped before finding an edit';
    parts.push(`${b.member} blocks it (${b.kind}: ${b.reason}); ${edit}.`);
  }
  if (pivotal) parts.push('Your vote alone decides it.');
  if (assumed > 0) {
    parts.push(`${assumed} other member${assumed === 1 ? '' : 's'} assumed to vote yes (positions unknown to you).`);
  }
  return parts.join(' ');
}
