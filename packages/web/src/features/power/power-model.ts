import type { Body } from '@horseshoe/engine';
import {
  computePower,
  type IndexName,
  type PowerGame,
  type PowerResult,
  REFORM_MODELS,
  type ReformModelId,
  rationalToNumber,
  reformModelGame,
  vetoBodyGame,
} from '@horseshoe/engine/power';

/** One body to compare: its game and which player stands for each kind of seat. */
export interface ComparedBody {
  readonly id: string;
  readonly title: string;
  readonly game: PowerGame;
  /** Kind of seat → index of a player holding one (seats of one kind have equal power). */
  readonly kinds: readonly { readonly label: string; readonly player: number; readonly count: number }[];
}

/** The a-priori game of a decision's body: its threshold, with the veto for its permanent members. */
export function bodyGame(body: Body, title: string): ComparedBody {
  const game = vetoBodyGame({
    members: body.members.map((m) => ({ name: m, veto: body.permanent.includes(m) })),
    quota: body.threshold,
  });
  const firstPermanent = body.members.findIndex((m) => body.permanent.includes(m));
  const firstElected = body.members.findIndex((m) => !body.permanent.includes(m));
  const kinds = [
    ...(firstPermanent >= 0
      ? [{ label: 'permanent with veto', player: firstPermanent, count: body.permanent.length }]
      : []),
    ...(firstElected >= 0
      ? [{ label: 'elected two-year', player: firstElected, count: body.members.length - body.permanent.length }]
      : []),
  ];
  return { id: 'body', title, game, kinds };
}

/** A built-in reform model as a compared body, with its quota (default: the model's assumed one). */
export function reformBody(id: ReformModelId, quota?: number): ComparedBody {
  const model = REFORM_MODELS[id];
  const game = reformModelGame(model, quota ?? model.quota);
  let offset = 0;
  const kinds = model.seats.map((seat) => {
    const kind = { label: seat.label, player: offset, count: seat.count };
    offset += seat.count;
    return kind;
  });
  return { id, title: model.title, game, kinds };
}

/** The power of one seat of each kind under one index, as a number (for charts). */
export function seatPower(result: PowerResult, body: ComparedBody, index: IndexName): Map<string, number | null> {
  const values = result.indices[index];
  return new Map(
    body.kinds.map((k) => {
      const v = values.available ? values.values[k.player] : undefined;
      return [k.label, v === undefined ? null : rationalToNumber(v)];
    }),
  );
}

/** Computes the exact indices of a compared body, or the engine's reason it cannot. */
export function powerOf(body: ComparedBody): { ok: true; result: PowerResult } | { ok: false; message: string } {
  const r = computePower(body.game);
  return r.ok ? { ok: true, result: r.value } : { ok: false, message: r.errors.map((e) => e.message).join('; ') };
}

/** The seats of a reform model. */
export function modelSeats(id: ReformModelId): number {
  return REFORM_MODELS[id].seats.reduce((n, s) => n + s.count, 0);
}

/**
 * Why a number of votes needed cannot be used for a reform model (it must be a whole number from 1
 * to the model's seats), or null when it can.
 * @example quotaError('model-a', 0) // "Votes needed must be a whole number from 1 to 24."
 */
export function quotaError(id: ReformModelId, quota: number | null): string | null {
  const seats = modelSeats(id);
  if (quota === null || !Number.isInteger(quota) || quota < 1 || quota > seats) {
    return `Votes needed must be a whole number from 1 to ${seats}.`;
  }
  return null;
}
