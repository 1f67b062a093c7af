import { type DecisionRule, type Instrument, ruleFor } from '../rules/instrument.ts';
import { type Council, permanentCodes } from './seats.ts';

/**
 * The decision rule of an instrument in the Council on its date: its threshold and its permanent
 * members as veto holders.
 * @example councilRule(councilOn('1950-06-27').value, 'resolution') // substantive, 7 needed, SUN among the veto holders
 */
export function councilRule(council: Council, instrument: Instrument): DecisionRule {
  return ruleFor(instrument, { threshold: council.threshold, vetoHolders: permanentCodes(council) });
}
