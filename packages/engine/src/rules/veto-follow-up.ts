import type { IsoDate, MemberId } from '../ids.ts';
import type { Outcome } from './outcome.ts';
import { addWorkingDays } from './silence.ts';

/** GA resolution 76/262 (26 April 2022): the General Assembly debates every veto within 10 working days. */
export const GA_76_262_FROM = '2022-04-26' as IsoDate;

/** The event a veto emits after 26 April 2022, for the caller to act on. */
export interface GaVetoDebateDue {
  readonly type: 'ga-veto-debate-due';
  readonly vetoedBy: readonly MemberId[];
  /** Ten working days after the veto, counting weekends only (the UN holiday calendar is not known). */
  readonly deadline: IsoDate;
  readonly explanation: string;
}

/**
 * The follow-up a vetoed draft triggers under GA res 76/262, or none: on or after 26 April 2022 the
 * President of the General Assembly convenes a debate within ten working days (unless an emergency
 * special session on the same situation is meeting), and the vetoing members speak first.
 * @example gaVetoFollowUp(outcome, isoDate('2024-04-18'))?.deadline // '2024-05-02'
 */
export function gaVetoFollowUp(
  outcome: Outcome,
  date: IsoDate,
  options: { readonly emergencySpecialSession?: boolean } = {},
): GaVetoDebateDue | null {
  if (outcome.reason !== 'veto' || date < GA_76_262_FROM || options.emergencySpecialSession) return null;
  const deadline = addWorkingDays(date, 10);
  return {
    type: 'ga-veto-debate-due',
    vetoedBy: outcome.vetoes,
    deadline,
    explanation: `Under GA resolution 76/262 the General Assembly meets within ten working days (by ${deadline}, before UN holidays) to debate the veto; ${outcome.vetoes.join(' and ')} ${outcome.vetoes.length > 1 ? 'have' : 'has'} precedence on the speakers' list, and the Council is invited to report 72 hours before.`,
  };
}
