import type { IsoDate, MemberId } from '../ids.ts';

/**
 * The silence procedure for consensus texts (council-rules.md section 3):
 * DRAFT → UNDER_SILENCE(deadline) → AGREED | SILENCE_BROKEN(by) → DRAFT.
 * Time is an argument: the caller says when the deadline has passed.
 */
export type SilenceState =
  | { readonly type: 'draft' }
  | { readonly type: 'under-silence'; readonly deadline: string }
  | { readonly type: 'agreed'; readonly at: string }
  | { readonly type: 'silence-broken'; readonly by: MemberId; readonly at: string };

/** What can happen to a text under the silence procedure. */
export type SilenceCommand =
  | { readonly type: 'circulate'; readonly deadline: string }
  | { readonly type: 'break-silence'; readonly member: MemberId; readonly at: string }
  | { readonly type: 'deadline-passed'; readonly at: string }
  | { readonly type: 'renegotiate' };

/** The event a transition emits, for the caller to record or broadcast. */
export type SilenceEvent =
  | { readonly type: 'put-under-silence'; readonly deadline: string }
  | { readonly type: 'silence-broken'; readonly member: MemberId }
  | { readonly type: 'agreed' }
  | { readonly type: 'back-to-draft' }
  | { readonly type: 'rejected'; readonly reason: string };

/**
 * Applies one command to the silence procedure and returns the next state with its events.
 * One objection from any member before the deadline sends the text back to negotiation.
 * @example applySilence({ type: 'draft' }, { type: 'circulate', deadline: '2019-04-06T12:00' })
 */
export function applySilence(
  state: SilenceState,
  command: SilenceCommand,
): { readonly state: SilenceState; readonly events: readonly SilenceEvent[] } {
  const reject = (reason: string) => ({ state, events: [{ type: 'rejected' as const, reason }] });
  switch (command.type) {
    case 'circulate':
      if (state.type !== 'draft') return reject(`cannot put a text under silence from state ${state.type}`);
      return {
        state: { type: 'under-silence', deadline: command.deadline },
        events: [{ type: 'put-under-silence', deadline: command.deadline }],
      };
    case 'break-silence':
      if (state.type !== 'under-silence') return reject(`silence can only be broken while a text is under silence`);
      if (command.at >= state.deadline) return reject(`silence was broken after the deadline ${state.deadline}`);
      return {
        state: { type: 'silence-broken', by: command.member, at: command.at },
        events: [{ type: 'silence-broken', member: command.member }, { type: 'back-to-draft' }],
      };
    case 'deadline-passed':
      if (state.type !== 'under-silence') return reject('no text is under silence');
      if (command.at < state.deadline) return reject(`the deadline ${state.deadline} has not passed`);
      return { state: { type: 'agreed', at: command.at }, events: [{ type: 'agreed' }] };
    case 'renegotiate':
      if (state.type !== 'silence-broken') return reject('only a text whose silence was broken goes back to draft');
      return { state: { type: 'draft' }, events: [{ type: 'back-to-draft' }] };
    default: {
      const never: never = command;
      throw new Error(`unexpected command ${JSON.stringify(never)}`);
    }
  }
}

/** Adds `n` working days (Monday–Friday) to a date. UN holidays are not known to the engine. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString().slice(0, 10) as IsoDate;
}
