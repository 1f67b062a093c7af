import { actorName } from './actors.ts';
import type { EndSessionCommand, GiveFloorCommand, InscribeSpeakerCommand, SetTimerCommand } from './commands.ts';
import { type HandlerContext, type HandlerResult, openVote } from './context.ts';
import { conflict } from './refusals.ts';

/** `inscribe-speaker` → `speaker-inscribed` with the list after. */
export function inscribeSpeaker(ctx: HandlerContext<InscribeSpeakerCommand>): HandlerResult {
  const member = ctx.member;
  if (member === null) throw new Error('inscribe-speaker reached the handler without a seat');
  if (ctx.state.speakers.includes(member)) {
    return conflict('session/already-inscribed', `seat:${member} is already on the list of speakers`);
  }
  return [{ type: 'speaker-inscribed', actor: actorName(ctx.actor), speakers: [...ctx.state.speakers, member] }];
}

/** `give-floor` → `floor-given` to `seat` (default: the next inscribed), taken off the list. */
export function giveFloor(ctx: HandlerContext<GiveFloorCommand>): HandlerResult {
  const next = ctx.command.seat ?? ctx.state.speakers[0];
  if (next === undefined) {
    return conflict('session/no-speaker', 'give-floor: the list of speakers is empty; name a seat');
  }
  return [
    {
      type: 'floor-given',
      actor: actorName(ctx.actor),
      seat: next,
      speakers: ctx.state.speakers.filter((m) => m !== next),
    },
  ];
}

/** `set-timer` → `timer-started`; a running timer is replaced; `timer-ended` follows when it runs out. */
export function setTimer(ctx: HandlerContext<SetTimerCommand>): HandlerResult {
  const seconds = ctx.command.seconds;
  const endsAt = new Date(Date.parse(ctx.now) + seconds * 1000).toISOString();
  return [{ type: 'timer-started', actor: actorName(ctx.actor), seconds, endsAt }];
}

/** Extension `end-session` → `session-ended`, once no vote is open. */
export function endSession(ctx: HandlerContext<EndSessionCommand>): HandlerResult {
  const open = openVote(ctx.state);
  if (open) return conflict('session/vote-in-progress', `vote "${open.id}" is still open: close it first`);
  return [{ type: 'session-ended', actor: actorName(ctx.actor) }];
}
