import { instrumentNoun, isConsensusInstrument } from '../rules/instrument.ts';
import { actorName } from './actors.ts';
import type {
  AdoptByConsensusCommand,
  BreakSilenceCommand,
  ObjectCommand,
  PutUnderSilenceCommand,
  StatePositionCommand,
  WithdrawObjectionCommand,
} from './commands.ts';
import {
  findDraft,
  type HandlerContext,
  type HandlerResult,
  isPenholder,
  notUnderSilence,
  onTable,
} from './context.ts';
import { decideConsensus } from './decide.ts';
import { conflict, invalid, isRefusal } from './refusals.ts';

/** `state-position` → `position-stated`, for the acting seat only. */
export function statePosition(ctx: HandlerContext<StatePositionCommand>): HandlerResult {
  const c = ctx.command;
  if (c.draftId !== undefined) {
    const draft = findDraft(ctx.state, c.draftId);
    if (isRefusal(draft)) return draft;
  }
  const member = ctx.member;
  if (member === null) throw new Error('state-position reached the handler without a seat');
  return [
    {
      type: 'position-stated',
      actor: actorName(ctx.actor),
      member,
      position: c.position,
      visibility: c.visibility,
      ...(c.draftId !== undefined ? { draftId: c.draftId } : {}),
    },
  ];
}

/** `object` → `objection-raised` (a second objection by the same seat replaces its reason). */
export function object(ctx: HandlerContext<ObjectCommand>): HandlerResult {
  const c = ctx.command;
  const draft = findDraft(ctx.state, c.draftId);
  if (isRefusal(draft)) return draft;
  const refused = onTable(draft) ?? notUnderSilence(draft, 'objections are raised');
  if (refused) return refused;
  return [{ type: 'objection-raised', actor: actorName(ctx.actor), draftId: draft.id, reason: c.reason }];
}

/** `withdraw-objection` → `objection-withdrawn`, by the seat that objected. */
export function withdrawObjection(ctx: HandlerContext<WithdrawObjectionCommand>): HandlerResult {
  const draft = findDraft(ctx.state, ctx.command.draftId);
  if (isRefusal(draft)) return draft;
  if (!draft.objections.some((o) => o.member === ctx.member)) {
    return conflict('session/no-objection', `seat:${ctx.member} has no objection standing against draft "${draft.id}"`);
  }
  return [{ type: 'objection-withdrawn', actor: actorName(ctx.actor), draftId: draft.id }];
}

/**
 * `put-under-silence` → `silence-started`, by the penholder or the chair. Silence means "agreed unless
 * someone objects", so it cannot start while an objection stands.
 */
export function putUnderSilence(ctx: HandlerContext<PutUnderSilenceCommand>): HandlerResult {
  const c = ctx.command;
  const draft = findDraft(ctx.state, c.draftId);
  if (isRefusal(draft)) return draft;
  const refused =
    (ctx.member === null ? null : isPenholder(ctx, draft, 'put-under-silence')) ??
    onTable(draft) ??
    notUnderSilence(draft, 'a new silence starts');
  if (refused) return refused;
  if (draft.silence.type === 'agreed') {
    return conflict(
      'session/silence-passed',
      `draft "${draft.id}" already passed silence; revise the text before a new silence`,
    );
  }
  if (draft.objections.length > 0) {
    const who = draft.objections.map((o) => `seat:${o.member}`).join(', ');
    return conflict(
      'session/objection-stands',
      `draft "${draft.id}": an objection stands (${who}); silence needs none`,
    );
  }
  if (Date.parse(c.until) <= Date.parse(ctx.now)) {
    return invalid('until', `${c.until} is not later than now (${ctx.now})`);
  }
  const until = new Date(c.until).toISOString();
  return [{ type: 'silence-started', actor: actorName(ctx.actor), draftId: draft.id, until }];
}

/** `break-silence` → `silence-broken`: the text goes back to negotiation. */
export function breakSilence(ctx: HandlerContext<BreakSilenceCommand>): HandlerResult {
  const c = ctx.command;
  const draft = findDraft(ctx.state, c.draftId);
  if (isRefusal(draft)) return draft;
  const refused = onTable(draft);
  if (refused) return refused;
  if (draft.silence.type !== 'under-silence') {
    return conflict(
      'session/not-under-silence',
      `draft "${draft.id}" is not under silence${draft.silence.type === 'agreed' ? ' (its silence has passed)' : ''}`,
    );
  }
  return [{ type: 'silence-broken', actor: actorName(ctx.actor), draftId: draft.id, reason: c.reason }];
}

/**
 * `adopt-by-consensus` → `consensus-adopted`, or `consensus-blocked` naming the objecting seats (the
 * engine's consensus rule decides; a blocked text stays on the table).
 */
export function adoptByConsensus(ctx: HandlerContext<AdoptByConsensusCommand>): HandlerResult {
  const draft = findDraft(ctx.state, ctx.command.draftId);
  if (isRefusal(draft)) return draft;
  const refused = onTable(draft) ?? notUnderSilence(draft, 'the chair takes the text');
  if (refused) return refused;
  if (!isConsensusInstrument(draft.instrument)) {
    return conflict(
      'session/wrong-instrument',
      `draft "${draft.id}" is a ${instrumentNoun(draft.instrument)}: it is put to the vote (open-vote), not adopted by consensus`,
    );
  }
  const { objectors, outcome } = decideConsensus(ctx.state, draft.id);
  const actor = actorName(ctx.actor);
  return outcome.adopted
    ? [{ type: 'consensus-adopted', actor, draftId: draft.id, outcome }]
    : [{ type: 'consensus-blocked', actor, draftId: draft.id, objectors, outcome }];
}
