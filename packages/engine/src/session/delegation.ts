import type { ClauseId, MemberId } from '../ids.ts';
import { isConsensusInstrument } from '../rules/instrument.ts';
import {
  type CastVote,
  DEFAULT_POSITION,
  describeVoteReason,
  type Position,
  predictVote,
  utilityOf,
} from '../scenario/position.ts';
import { modalVote } from '../scenario/probability.ts';
import { adviceFor, visiblePositions } from './advice.ts';
import type { SessionClause, SessionCommand } from './commands.ts';
import type { DistributiveOmit } from './events.ts';
import type { SessionAmendment, SessionDraft, SessionState } from './state.ts';
import { amendText } from './text.ts';
import { viewFor } from './view.ts';

/** A command an AI delegation would send (the caller gives it a `commandId` and sends it as the seat). */
export interface DelegationAction {
  readonly command: DistributiveOmit<SessionCommand, 'commandId'>;
  /** Why, in words (for the timeline: AI actions are marked as such). */
  readonly reason: string;
}

/**
 * The start of issue 15's AI delegations: what a delegation acting strictly by its stated position does
 * next, as session commands of its own seat, computed ONLY from what that seat may see (the state with
 * other seats' private positions removed, as `viewFor` gives it). In order:
 * 1. in an open vote it has not cast, it votes as its position predicts (a distribution: its most likely
 *    vote; `absent`: it does not vote); on an amendment, yes when the amended text serves it better, no
 *    when worse, abstain when equal;
 * 2. on a consensus text on the table it objects when the text crosses its red line (predicted no), and
 *    withdraws its objection when a revision no longer does;
 * 3. under silence, it breaks silence on a text it would vote no on;
 * 4. on a text it would vote no on, it proposes the first change of the smallest edit that wins it
 *    (the exact search, via `adviceFor`), unless it already proposed it;
 * 5. as penholder, it accepts a pending amendment that neither lowers its utility nor worsens its vote.
 * Deterministic: the same state gives the same actions. Named negotiation strategies (hard-liner,
 * Boulware and Conceder curves, tit-for-tat) play on top of it in `@horseshoe/engine/negotiation`.
 * @example delegationActions(state, memberId('RUS')).map((a) => a.command.type) // ['object', 'propose-amendment']
 */
export function delegationActions(state: SessionState, seat: MemberId): DelegationAction[] {
  if (state.status === 'ended' || !state.body.members.some((m) => m.code === seat)) return [];
  const seen: SessionState = { ...state, positions: viewFor(state, { type: 'seat', member: seat }).positions };
  const own = (draftId: string): Position => visiblePositions(seen, seat, draftId).get(seat) ?? DEFAULT_POSITION;
  const actions: DelegationAction[] = [];
  for (const vote of seen.votes) {
    if (vote.status !== 'open' || vote.casts[seat] !== undefined) continue;
    const draft = seen.drafts.find((d) => d.id === vote.draftId);
    if (!draft) continue;
    const cast = voteOn(draft, own(draft.id), vote.amendmentId);
    if (cast) actions.push({ command: { type: 'cast-vote', voteId: vote.id, vote: cast.vote }, reason: cast.reason });
  }
  for (const draft of seen.drafts) {
    if (draft.status !== 'circulated') continue;
    const position = own(draft.id);
    const predicted = predictVote(position, new Set(draft.clauses.map((c) => c.id)));
    const no = modalVote(predicted.vote) === 'no';
    const why = describeVoteReason(predicted.reason);
    const objected = draft.objections.some((o) => o.member === seat);
    if (draft.silence.type === 'under-silence') {
      if (no) actions.push({ command: { type: 'break-silence', draftId: draft.id, reason: why }, reason: why });
      continue;
    }
    if (isConsensusInstrument(draft.instrument) && no && !objected) {
      actions.push({ command: { type: 'object', draftId: draft.id, reason: why }, reason: why });
    }
    if (objected && !no) {
      actions.push({ command: { type: 'withdraw-objection', draftId: draft.id }, reason: `no longer ${why}` });
    }
    if (no) {
      const proposal = winningChange(seen, seat, draft);
      if (proposal) actions.push(proposal);
    }
    if (draft.penholder === seat) {
      for (const a of draft.amendments.filter((x) => x.status === 'proposed')) {
        if (serves(draft, position, a)) {
          actions.push({
            command: { type: 'accept-amendment', draftId: draft.id, amendmentId: a.id },
            reason: `amendment "${a.id}" does not cost the penholder`,
          });
        }
      }
    }
  }
  return actions;
}

const RANK: Readonly<Record<CastVote, number>> = { no: 0, absent: 1, abstain: 1, yes: 2 };

/**
 * A member's vote on a draft (its most likely vote; `null`: it casts none) or on an amendment to it
 * (yes when the amended text serves it better, no when worse). Shared with the AI delegations.
 */
export function voteOn(draft: SessionDraft, position: Position, amendmentId: string | null) {
  const text = new Set(draft.clauses.map((c) => c.id));
  const now = predictVote(position, text);
  if (amendmentId === null) {
    const vote = modalVote(now.vote);
    return vote === 'absent' ? null : { vote, reason: describeVoteReason(now.reason) };
  }
  const a = draft.amendments.find((x) => x.id === amendmentId);
  const amended = a ? amendText(draft.clauses, a) : null;
  if (!amended?.ok) return null;
  const after = new Set(amended.clauses.map((c) => c.id));
  const [v0, v1] = [RANK[modalVote(now.vote)], RANK[modalVote(predictVote(position, after).vote)]];
  const [u0, u1] = [utilityOf(position, text), utilityOf(position, after)];
  const better = v1 > v0 || (v1 === v0 && u1 > u0);
  const worse = v1 < v0 || (v1 === v0 && u1 < u0);
  const vote = better ? 'yes' : worse ? 'no' : 'abstain';
  return {
    vote,
    reason: `the amended text serves it ${better ? 'better' : worse ? 'worse' : 'no differently'}`,
  } as const;
}

function serves(draft: SessionDraft, position: Position, a: SessionAmendment): boolean {
  const amended = amendText(draft.clauses, a);
  if (!amended.ok) return false;
  const before = new Set(draft.clauses.map((c) => c.id));
  const after = new Set(amended.clauses.map((c) => c.id));
  const v0 = RANK[modalVote(predictVote(position, before).vote)];
  const v1 = RANK[modalVote(predictVote(position, after).vote)];
  return v1 >= v0 && utilityOf(position, after) >= utilityOf(position, before);
}

function winningChange(seen: SessionState, seat: MemberId, draft: SessionDraft): DelegationAction | null {
  const advice = adviceFor(seen, seat, { draftId: draft.id })[0];
  const edit = advice?.blockers.find((b) => b.member === seat)?.edit;
  if (!edit) return null;
  const remove: ClauseId | undefined = edit.remove[0];
  const add: ClauseId | undefined = edit.add[0];
  const pool: SessionClause[] = [...draft.reserve, ...draft.amendments.flatMap((a) => (a.clause ? [a.clause] : []))];
  const op = remove !== undefined ? 'delete' : 'add';
  const clauseId = remove ?? add;
  if (clauseId === undefined) return null;
  const id = `${seat}-${draft.id}-${op}-${clauseId}`;
  if (seen.drafts.some((d) => d.amendments.some((a) => a.id === id))) return null;
  const reason = `the smallest edit that wins ${seat}: ${op} ${clauseId}`;
  if (op === 'delete') {
    return { command: { type: 'propose-amendment', draftId: draft.id, amendmentId: id, op, clauseId }, reason };
  }
  const clause = pool.find((c) => c.id === clauseId);
  return clause
    ? { command: { type: 'propose-amendment', draftId: draft.id, amendmentId: id, op, clause }, reason }
    : null;
}
