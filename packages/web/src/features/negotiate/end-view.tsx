import { type Decision, isConsensusInstrument, type MemberId } from '@horseshoe/engine';
import { compareWithSearch, type NegotiationResult, type SearchComparison } from '@horseshoe/engine/negotiation';
import { useMemo } from 'react';
import { withClauseTexts } from '../../words/sentences.ts';
import { outcomeWord } from '../chamber/views.ts';
import { comparisonWords } from './comparison-words.ts';

/** How long the exact search behind the comparison may run in the browser. */
const SEARCH_BUDGET_MS = 2000;

interface EndViewProps {
  readonly decision: Decision;
  readonly penholder: MemberId;
  readonly result: NegotiationResult;
}

/** Where the talks ended: the outcome in the President's words, and the end against the exact search. */
export function NegotiationEnd({ decision, penholder, result }: EndViewProps) {
  // The search runs once the last step is shown (not while the talks are stepped through).
  const comparison: SearchComparison = useMemo(() => {
    const stopAt = performance.now() + SEARCH_BUDGET_MS;
    return compareWithSearch(
      decision,
      penholder,
      { passed: result.passed, utility: result.penholderUtility },
      { shouldStop: () => performance.now() > stopAt },
    );
  }, [decision, penholder, result]);
  const verdict = outcomeWord(result.outcome.reason, isConsensusInstrument(decision.instrument));
  return (
    <div className={`negotiate-end verdict ${result.passed ? 'passed' : 'failed'}`} data-testid="negotiate-end">
      <h3>
        <span aria-hidden="true">{result.passed ? '✓ ' : '✗ '}</span>
        {verdict} after {result.rounds} round{result.rounds === 1 ? '' : 's'}
      </h3>
      <p data-testid="negotiate-outcome">{withClauseTexts(result.outcome.explanation, decision.clauses)}</p>
      <h4>Against the exact search</h4>
      <ul data-testid="negotiate-comparison">
        {comparisonWords(decision, penholder, result, comparison).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
