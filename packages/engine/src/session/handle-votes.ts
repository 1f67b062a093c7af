import { type Amendment, orderAmendments } from '../rules/amendments.ts';
import { instrumentNoun, isConsensusInstrument } from '../rules/instrument.ts';
import { actorName } from './actors.ts';
import type { CastVoteCommand, CloseVoteCommand, ExplainVoteCommand, OpenVoteCommand } from './commands.ts';
import {
  findAmendment,
  findDraft,
  findVote,
  type HandlerContext,
  type HandlerResult,
  notUnderSilence,
  onTable,
  openVote,
} from './context.ts';
import { decideSessionVote } from './decide.ts';
import type { UnstampedEvent } from './events.ts';
import { conflict, isRefusal, unknown } from './refusals.ts';
import type { SessionAmendment, SessionDraft } from './state.ts';
import { amendText, textIds } from './text.ts';

const KIND: Readonly<Record<SessionAmendment['op'], Amendment['kind']>> = {
  add: 'addition',
  delete: 'deletion',
  replace: 'substitution',
};

/**
 * The pending amendments of a draft in the order they must be voted (council-rules.md 2.8, Rule 36, via
 * `orderAmendments`): additions and deletions first, then substitutions; equal ranks in the order
 * proposed (the session has no measure of "furthest removed in substance").
 */
export function amendmentVotingOrder(draft: SessionDraft): SessionAmendment[] {
  const pending = draft.amendments.filter((a) => a.status === 'proposed');
  const order = orderAmendments(pending.map((a) => ({ id: a.id, kind: KIND[a.op], distance: 0 })));
  return order.map((o) => pending.find((a) => a.id === o.id) as SessionAmendment);
}

/**
 * `open-vote` → `vote-opened`, by the chair, one vote at a time, on a resolution or procedural draft:
 * its amendments first in Rule 36 order, then the draft as amended.
 */
export function openVoteOn(ctx: HandlerContext<OpenVoteCommand>): HandlerResult {
  const c = ctx.command;
  const s = ctx.state;
  const open = openVote(s);
  if (open) return conflict('session/vote-in-progress', `vote "${open.id}" is still open: close it first`);
  if (s.votes.some((v) => v.id === c.voteId)) {
    return conflict('session/duplicate-id', `voteId: a vote "${c.voteId}" was already opened`);
  }
  let draftId = c.draftId;
  if (draftId === undefined && c.amendmentId !== undefined) {
    draftId = s.drafts.find((d) => d.amendments.some((a) => a.id === c.amendmentId))?.id;
    if (draftId === undefined) {
      return unknown('session/unknown-amendment', 'amendmentId', `amendmentId: no amendment "${c.amendmentId}"`);
    }
  }
  const draft = findDraft(s, draftId ?? '');
  if (isRefusal(draft)) return draft;
  const refused = onTable(draft) ?? notUnderSilence(draft, 'the vote opens');
  if (refused) return refused;
  if (isConsensusInstrument(draft.instrument)) {
    return conflict(
      'session/wrong-instrument',
      `draft "${draft.id}" is ${instrumentNoun(draft.instrument)}: agreed by consensus (adopt-by-consensus), never voted`,
    );
  }
  const order = amendmentVotingOrder(draft);
  const base = { type: 'vote-opened' as const, actor: actorName(ctx.actor), voteId: c.voteId, draftId: draft.id };
  if (c.amendmentId === undefined) {
    if (order.length > 0) {
      return conflict(
        'session/amendments-pending',
        `draft "${draft.id}": amendments are voted before the draft (Rule 36); pending, in order: ${order.map((a) => a.id).join(', ')}`,
      );
    }
    return [{ ...base, text: textIds(draft) }];
  }
  const amendment = findAmendment(draft, c.amendmentId);
  if (isRefusal(amendment)) return amendment;
  if (amendment.status === 'lapsed') {
    return conflict('session/amendment-lapsed', `amendment "${amendment.id}" no longer applies to the text`);
  }
  if (amendment.status !== 'proposed') {
    return conflict('session/amendment-decided', `amendment "${amendment.id}" is already ${amendment.status}`);
  }
  const first = order[0];
  if (first && first.id !== amendment.id) {
    return conflict(
      'session/amendment-order',
      `amendment "${first.id}" is voted before "${amendment.id}" (Rule 36: additions and deletions first, then substitutions, in the order proposed)`,
    );
  }
  return [{ ...base, amendmentId: amendment.id, text: textIds(draft) }];
}

/** `cast-vote` → `vote-cast`, while the vote is open. */
export function castVote(ctx: HandlerContext<CastVoteCommand>): HandlerResult {
  const vote = findVote(ctx.state, ctx.command.voteId);
  if (isRefusal(vote)) return vote;
  if (vote.status !== 'open') return conflict('session/vote-closed', `vote "${vote.id}" is closed`);
  return [{ type: 'vote-cast', actor: actorName(ctx.actor), voteId: vote.id, vote: ctx.command.vote }];
}

/**
 * `close-vote` → `vote-closed` with every seat's vote and the engine's outcome; an adopted amendment
 * then changes the text (`draft-revised`).
 */
export function closeVote(ctx: HandlerContext<CloseVoteCommand>): HandlerResult {
  const vote = findVote(ctx.state, ctx.command.voteId);
  if (isRefusal(vote)) return vote;
  if (vote.status !== 'open') return conflict('session/vote-closed', `vote "${vote.id}" is already closed`);
  const { votes, outcome } = decideSessionVote(ctx.state, vote);
  const actor = actorName(ctx.actor);
  const closed: UnstampedEvent = {
    type: 'vote-closed',
    actor,
    voteId: vote.id,
    draftId: vote.draftId,
    ...(vote.amendmentId !== null ? { amendmentId: vote.amendmentId } : {}),
    votes,
    outcome,
  };
  const draft = ctx.state.drafts.find((d) => d.id === vote.draftId);
  const amendment = draft?.amendments.find((a) => a.id === vote.amendmentId);
  if (!draft || !amendment || !outcome.adopted) return [closed];
  const applied = amendText(draft.clauses, amendment);
  if (!applied.ok) throw new Error(`amendment ${amendment.id} stopped applying while its vote was open`);
  return [
    closed,
    {
      type: 'draft-revised',
      actor,
      draftId: draft.id,
      amendmentId: amendment.id,
      by: 'adopted',
      draftVersion: draft.version + 1,
      clauses: applied.clauses,
    },
  ];
}

/** `explain-vote` → `vote-explained`, by a seat that voted in it. */
export function explainVote(ctx: HandlerContext<ExplainVoteCommand>): HandlerResult {
  const vote = findVote(ctx.state, ctx.command.voteId);
  if (isRefusal(vote)) return vote;
  const member = ctx.member ?? '';
  if (vote.casts[member] === undefined) {
    return conflict('session/did-not-vote', `seat:${member} cast no vote in vote "${vote.id}": nothing to explain`);
  }
  return [{ type: 'vote-explained', actor: actorName(ctx.actor), voteId: vote.id, text: ctx.command.text }];
}
