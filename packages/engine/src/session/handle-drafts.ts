import { actorName } from './actors.ts';
import type {
  AcceptAmendmentCommand,
  CirculateDraftCommand,
  ProposeAmendmentCommand,
  WithdrawAmendmentCommand,
  WithdrawDraftCommand,
} from './commands.ts';
import {
  findAmendment,
  findDraft,
  type HandlerContext,
  type HandlerResult,
  isPenholder,
  notUnderSilence,
  noVoteOn,
  onTable,
  openVote,
} from './context.ts';
import { conflict, isRefusal, unknown } from './refusals.ts';
import { amendText } from './text.ts';

/** `circulate-draft` → `draft-circulated`; a seat that circulates holds the pen. */
export function circulateDraft(ctx: HandlerContext<CirculateDraftCommand>): HandlerResult {
  const c = ctx.command;
  if (ctx.state.drafts.some((d) => d.id === c.draftId)) {
    return conflict('session/duplicate-id', `draftId: a draft "${c.draftId}" was already circulated`);
  }
  return [
    {
      type: 'draft-circulated',
      actor: actorName(ctx.actor),
      draftId: c.draftId,
      instrument: c.instrument,
      clauses: c.clauses,
      penholder: ctx.member,
      ...(c.reserve && c.reserve.length > 0 ? { reserve: c.reserve } : {}),
      ...(c.fixed && c.fixed.length > 0 ? { fixed: c.fixed } : {}),
    },
  ];
}

/** `propose-amendment` → `amendment-proposed`. Amendment ids are unique in the session. */
export function proposeAmendment(ctx: HandlerContext<ProposeAmendmentCommand>): HandlerResult {
  const c = ctx.command;
  const draft = findDraft(ctx.state, c.draftId);
  if (isRefusal(draft)) return draft;
  const refused = onTable(draft) ?? notUnderSilence(draft, 'amendments are proposed');
  if (refused) return refused;
  if (ctx.state.drafts.some((d) => d.amendments.some((a) => a.id === c.amendmentId))) {
    return conflict('session/duplicate-id', `amendmentId: an amendment "${c.amendmentId}" was already proposed`);
  }
  if (c.clauseId !== undefined && !draft.clauses.some((x) => x.id === c.clauseId)) {
    return unknown(
      'session/unknown-clause',
      'clauseId',
      `clauseId: draft "${draft.id}" has no clause "${c.clauseId}" in its text`,
    );
  }
  const applied = amendText(draft.clauses, { op: c.op, clauseId: c.clauseId ?? null, clause: c.clause ?? null });
  if (!applied.ok) return conflict('session/duplicate-id', `clause.id: ${applied.why}`);
  return [
    {
      type: 'amendment-proposed',
      actor: actorName(ctx.actor),
      draftId: c.draftId,
      amendmentId: c.amendmentId,
      op: c.op,
      ...(c.clauseId !== undefined ? { clauseId: c.clauseId } : {}),
      ...(c.clause !== undefined ? { clause: c.clause } : {}),
    },
  ];
}

/** `accept-amendment` → `draft-revised`: the penholder takes an amendment into the text. */
export function acceptAmendment(ctx: HandlerContext<AcceptAmendmentCommand>): HandlerResult {
  const c = ctx.command;
  const draft = findDraft(ctx.state, c.draftId);
  if (isRefusal(draft)) return draft;
  const amendment = findAmendment(draft, c.amendmentId);
  if (isRefusal(amendment)) return amendment;
  const refused =
    isPenholder(ctx, draft, 'accept-amendment') ??
    onTable(draft) ??
    notUnderSilence(draft, 'amendments are accepted') ??
    noVoteOn(ctx.state, draft.id, 'accept amendments');
  if (refused) return refused;
  if (amendment.status === 'lapsed') {
    return conflict('session/amendment-lapsed', `amendment "${amendment.id}" no longer applies to the text`);
  }
  if (amendment.status !== 'proposed') {
    return conflict('session/amendment-decided', `amendment "${amendment.id}" is already ${amendment.status}`);
  }
  const applied = amendText(draft.clauses, amendment);
  if (!applied.ok) return conflict('session/amendment-lapsed', `amendment "${amendment.id}": ${applied.why}`);
  return [
    {
      type: 'draft-revised',
      actor: actorName(ctx.actor),
      draftId: draft.id,
      amendmentId: amendment.id,
      by: 'accepted',
      draftVersion: draft.version + 1,
      clauses: applied.clauses,
    },
  ];
}

/** Extension `withdraw-draft` (Rule 35: at any time before the vote) → `draft-withdrawn`. */
export function withdrawDraft(ctx: HandlerContext<WithdrawDraftCommand>): HandlerResult {
  const draft = findDraft(ctx.state, ctx.command.draftId);
  if (isRefusal(draft)) return draft;
  const refused =
    isPenholder(ctx, draft, 'withdraw-draft') ?? onTable(draft) ?? noVoteOn(ctx.state, draft.id, 'withdraw it');
  if (refused) return refused;
  return [{ type: 'draft-withdrawn', actor: actorName(ctx.actor), draftId: draft.id }];
}

/** Extension `withdraw-amendment` → `amendment-withdrawn`, by the seat that proposed it. */
export function withdrawAmendment(ctx: HandlerContext<WithdrawAmendmentCommand>): HandlerResult {
  const c = ctx.command;
  const draft = findDraft(ctx.state, c.draftId);
  if (isRefusal(draft)) return draft;
  const amendment = findAmendment(draft, c.amendmentId);
  if (isRefusal(amendment)) return amendment;
  if (amendment.proposer !== ctx.member) {
    return conflict('session/not-proposer', `amendment "${amendment.id}" was proposed by seat:${amendment.proposer}`);
  }
  if (amendment.status !== 'proposed') {
    return conflict('session/amendment-decided', `amendment "${amendment.id}" is already ${amendment.status}`);
  }
  const open = openVote(ctx.state);
  if (open?.amendmentId === amendment.id) {
    return conflict('session/vote-in-progress', `vote "${open.id}" on amendment "${amendment.id}" is open`);
  }
  return [{ type: 'amendment-withdrawn', actor: actorName(ctx.actor), draftId: draft.id, amendmentId: amendment.id }];
}
