import type { Council } from '../council/seats.ts';
import { type EngineError, fail, ok, type Result } from '../errors.ts';
import type { Body } from '../scenario/types.ts';
import type { Tally } from './vote.ts';

/** An announced count: the votes cast, and optionally members present but not participating. */
export interface Counts {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly notParticipating?: number;
}

/** What the seats not in the count were: absent (the default) or present but not participating. */
export interface TallyOptions {
  readonly rest?: 'absent' | 'not-participating';
}

/**
 * The full tally of an announced count in a Council (or a body): every count a whole number, the
 * counts no more than the seats, and the seats not counted filled in as absent (or not
 * participating). Fails with `tally/invalid` or `tally/exceeds-seats`.
 * @example tallyFrom(council2022, { yes: 11, no: 1, abstain: 3 }) // ok: { yes: 11, no: 1, abstain: 3, absent: 0, notParticipating: 0 }
 */
export function tallyFrom(seats: Council | Body, counts: Counts, options: TallyOptions = {}): Result<Tally> {
  const size = 'size' in seats ? seats.size : seats.members.length;
  const notParticipating = counts.notParticipating ?? 0;
  const bad = (['yes', 'no', 'abstain'] as const).find((k) => !isCount(counts[k]));
  if (bad !== undefined || !isCount(notParticipating)) {
    const field = bad ?? 'notParticipating';
    return fail(
      invalid(
        'tally/invalid',
        `the ${field} count must be a whole number of votes, not ${String(counts[field])}`,
        counts,
      ),
    );
  }
  const total = counts.yes + counts.no + counts.abstain + notParticipating;
  if (total > size) {
    const where = seats.date ? `the Council had ${size} members on ${seats.date}` : `the body has ${size} members`;
    const sum = [counts.yes, counts.no, counts.abstain, ...(notParticipating ? [notParticipating] : [])].join('+');
    return fail(invalid('tally/exceeds-seats', `${sum} = ${total} votes, but ${where}`, { ...counts, seats: size }));
  }
  const rest = size - total;
  const restNotParticipating = options.rest === 'not-participating';
  return ok({
    yes: counts.yes,
    no: counts.no,
    abstain: counts.abstain,
    absent: restNotParticipating ? 0 : rest,
    notParticipating: notParticipating + (restNotParticipating ? rest : 0),
  });
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

function invalid(code: EngineError['code'], message: string, details: object): EngineError {
  return { code, message, details: { ...details } };
}
