import { assertNever } from '../errors.ts';
import type { MemberId } from '../ids.ts';

/** What the Council is asked to decide, as named in scenario files. */
export type Instrument = 'resolution' | 'procedural' | 'presidential-statement' | 'press-statement' | 'press-elements';

/** Instruments agreed by consensus, weakest last. */
export type ConsensusInstrument = Extract<Instrument, 'presidential-statement' | 'press-statement' | 'press-elements'>;

/** Every instrument, strongest first: the order in which a failed text falls back. */
export const INSTRUMENTS: readonly Instrument[] = [
  'resolution',
  'procedural',
  'presidential-statement',
  'press-statement',
  'press-elements',
];

/** The consensus instruments, strongest first. */
export const CONSENSUS_INSTRUMENTS: readonly ConsensusInstrument[] = [
  'presidential-statement',
  'press-statement',
  'press-elements',
];

/**
 * How a body decides one question. A closed union: every switch over it ends in `assertNever`.
 * - `substantive`: Art. 27(3), `threshold` yes votes and no `no` from a veto holder;
 * - `procedural`: Art. 27(2), `threshold` yes votes, no veto;
 * - `consensus`: no vote is taken; any one member's objection (a `no`) blocks.
 */
export type DecisionRule =
  | { readonly type: 'substantive'; readonly threshold: number; readonly vetoHolders: readonly MemberId[] }
  | { readonly type: 'procedural'; readonly threshold: number }
  | { readonly type: 'consensus'; readonly instrument: ConsensusInstrument };

/** True for the instruments agreed by consensus. */
export function isConsensusInstrument(instrument: Instrument): instrument is ConsensusInstrument {
  return (CONSENSUS_INSTRUMENTS as readonly Instrument[]).includes(instrument);
}

/**
 * The decision rule for an instrument in a body with the given threshold and veto holders.
 * @example ruleFor('resolution', { threshold: 9, vetoHolders: p5 })
 */
export function ruleFor(
  instrument: Instrument,
  body: { readonly threshold: number; readonly vetoHolders: readonly MemberId[] },
): DecisionRule {
  switch (instrument) {
    case 'resolution':
      return { type: 'substantive', threshold: body.threshold, vetoHolders: body.vetoHolders };
    case 'procedural':
      return { type: 'procedural', threshold: body.threshold };
    case 'presidential-statement':
    case 'press-statement':
    case 'press-elements':
      return { type: 'consensus', instrument };
    default:
      return assertNever(instrument);
  }
}

/** The noun a diplomat uses for a text under this instrument. */
export function instrumentNoun(instrument: Instrument): string {
  switch (instrument) {
    case 'resolution':
      return 'draft resolution';
    case 'procedural':
      return 'procedural motion';
    case 'presidential-statement':
      return 'presidential statement';
    case 'press-statement':
      return 'press statement';
    case 'press-elements':
      return 'press elements';
    default:
      return assertNever(instrument);
  }
}
