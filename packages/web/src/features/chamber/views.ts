import { type DecisionEvaluation, type Instrument, isConsensusInstrument, type OutcomeReason } from '@horseshoe/engine';
import { voteSentence } from '../../words/sentences.ts';
import type { SeatView } from './chamber.tsx';
import type { TallyView } from './tally-bar.tsx';
import { VOTE_KINDS, type VoteKind, voteKind } from './vote-style.ts';

/** The chamber's seats for an evaluation, with the engine's reasons as sentences. */
export function seatsOf(evaluation: DecisionEvaluation): SeatView[] {
  return evaluation.votes.map((v) => ({
    code: v.member,
    name: v.name,
    permanent: v.permanent,
    vote: v.vote,
    reason: voteSentence(v.name, v.vote, v.reason, evaluation.decision.clauses, evaluation.decision.instrument),
  }));
}

/** How many seats show each kind of vote, and the engine's threshold. */
export function tallyOf(evaluation: DecisionEvaluation): TallyView {
  const counts = Object.fromEntries(VOTE_KINDS.map((k) => [k, 0])) as Record<VoteKind, number>;
  for (const v of evaluation.votes) counts[voteKind(v.vote)] += 1;
  return { counts, threshold: evaluation.outcome.threshold, seats: evaluation.votes.length };
}

/** The verdict in two or three words: "Adopted", "Agreed", "Vetoed", "Blocked", "Not adopted". */
export function verdictOf(evaluation: DecisionEvaluation): string {
  if (!evaluation.certain) return evaluation.passed ? 'Likely to pass' : 'Likely to fail';
  return outcomeWord(evaluation.outcome.reason, isConsensusInstrument(evaluation.decision.instrument));
}

/** An outcome in a word or two; a consensus text is "Agreed" rather than "Adopted". */
export function outcomeWord(reason: OutcomeReason, consensus: boolean): string {
  switch (reason) {
    case 'adopted':
      return consensus ? 'Agreed' : 'Adopted';
    case 'veto':
      return 'Vetoed';
    case 'objection':
      return 'Blocked';
    case 'insufficient-votes':
      return 'Not adopted';
    default: {
      const never: never = reason;
      throw new Error(`unexpected outcome reason ${String(never)}`);
    }
  }
}

/** "62.5%": the exact probability, written to at most one decimal. */
export function percent(p: number): string {
  const value = Math.round(p * 1000) / 10;
  return `${value}%`;
}

/** The instrument names users see in the selector. */
export const INSTRUMENT_LABEL: Readonly<Record<Instrument, string>> = {
  resolution: 'Resolution (vote, veto applies)',
  procedural: 'Procedural vote (no veto)',
  'presidential-statement': 'Presidential statement (consensus)',
  'press-statement': 'Press statement (consensus)',
  'press-elements': 'Press elements (consensus)',
};
