import { type DecisionEvaluation, isConsensusInstrument, listWords } from '@horseshoe/engine';
import { outcomeWord } from '../features/chamber/views.ts';
import { votedVerb } from './sentences.ts';

/** The recorded outcome of a case decision beside the prediction, in words. */
export interface RecordedComparison {
  /** "Recorded: Blocked (S/…)." */
  readonly recorded: string;
  /** True when the predicted outcome is the recorded one and every vote the record names was predicted. */
  readonly agrees: boolean;
  /** "The prediction agrees." or what differs. */
  readonly verdict: string;
}

/**
 * Compares a decision's `recorded:` result with the engine's prediction: the outcome, and each vote
 * the record names. Null when the decision has no recorded result (it was never put to the Council).
 * @example compareWithRecord(evaluation)?.verdict // "The prediction agrees with the record."
 */
export function compareWithRecord(evaluation: DecisionEvaluation): RecordedComparison | null {
  const { decision, outcome } = evaluation;
  const recorded = decision.recorded;
  if (!recorded) return null;
  const consensus = isConsensusInstrument(decision.instrument);
  const word = outcomeWord(recorded.outcome, consensus);
  const tally = recorded.tally ? `, ${recorded.tally.yes}-${recorded.tally.no}-${recorded.tally.abstain}` : '';
  const symbol = recorded.symbol ? ` (${recorded.symbol}${tally})` : tally ? ` (${tally.slice(2)})` : '';
  const named = [...recorded.votes].map(([member, vote]) => {
    const name = decision.body.names[member] ?? member;
    return `${name} ${votedVerb(vote, consensus)}`;
  });
  const differing = [...recorded.votes].flatMap(([member, vote]) => {
    const predicted = evaluation.votes.find((v) => v.member === member)?.vote;
    if (predicted === vote) return [];
    const name = decision.body.names[member] ?? member;
    return [`${name} (recorded ${vote}, predicted ${typeof predicted === 'string' ? predicted : 'uncertain'})`];
  });
  const sameOutcome = evaluation.certain && outcome.reason === recorded.outcome;
  const agrees = sameOutcome && differing.length === 0;
  const parts: string[] = [];
  if (!sameOutcome) parts.push(`the model predicts “${outcomeWord(outcome.reason, consensus)}”`);
  if (differing.length > 0) parts.push(`votes differ: ${listWords(differing)}`);
  return {
    recorded: `Recorded: ${word}${symbol}${named.length > 0 ? `; ${listWords(named)}` : ''}.`,
    agrees,
    verdict: agrees ? 'The prediction agrees with the record.' : `The prediction differs: ${parts.join('; ')}.`,
  };
}
