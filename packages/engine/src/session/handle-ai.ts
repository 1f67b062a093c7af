import { DEFAULT_STRATEGY } from '../negotiation/strategies.ts';
import { actorName, type SessionActor } from './actors.ts';
import type { AssignAiCommand, ReleaseAiCommand } from './commands.ts';
import type { HandlerContext, HandlerResult } from './context.ts';
import { conflict } from './refusals.ts';
import type { SessionRefusal, SessionState } from './state.ts';

/**
 * Extension `assign-ai` (issue 15) → `ai-assigned`: the chair hands an empty seat to an AI delegation.
 * Refused (409) when the seat is held by an AI already (`session/seat-held-by-ai`) or a person has acted
 * for it (`session/seat-claimed`).
 */
export function assignAi(ctx: HandlerContext<AssignAiCommand>): HandlerResult {
  const { seat } = ctx.command;
  const held = ctx.state.ai.find((a) => a.member === seat);
  if (held) {
    return conflict('session/seat-held-by-ai', `seat:${seat} is held by an AI delegation already (${held.strategy})`);
  }
  if (ctx.state.claimed.some((c) => c.member === seat)) {
    return conflict('session/seat-claimed', `seat:${seat} is not empty: a person has acted for it`);
  }
  const strategy = ctx.command.strategy ?? DEFAULT_STRATEGY;
  return [{ type: 'ai-assigned', actor: actorName(ctx.actor), seat, strategy }];
}

/** Extension `release-ai` (issue 15) → `ai-released`: the chair takes a seat back; 409 `session/not-ai` otherwise. */
export function releaseAi(ctx: HandlerContext<ReleaseAiCommand>): HandlerResult {
  const { seat } = ctx.command;
  if (!ctx.state.ai.some((a) => a.member === seat)) {
    return conflict('session/not-ai', `seat:${seat} is not held by an AI delegation`);
  }
  return [{ type: 'ai-released', actor: actorName(ctx.actor), seat }];
}

/**
 * 409 when a seat's command comes from the wrong hand: a person's command for a seat an AI delegation
 * holds (`session/seat-held-by-ai`: the chair must take it back first), or an AI delegation's command for
 * a seat it does not hold (`session/not-ai`: it was released).
 */
export function holderRefusal(state: SessionState, actor: SessionActor): SessionRefusal | null {
  if (actor.type !== 'seat') return null;
  const held = state.ai.find((a) => a.member === actor.member);
  if (actor.ai === undefined) {
    return held
      ? conflict(
          'session/seat-held-by-ai',
          `seat:${actor.member} is held by an AI delegation (${held.strategy}); the chair must take it back first`,
        )
      : null;
  }
  return held ? null : conflict('session/not-ai', `seat:${actor.member} is not held by an AI delegation`);
}
