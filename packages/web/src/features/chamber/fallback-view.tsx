import { type DecisionEvaluation, fallbackFor, listWords } from '@horseshoe/engine';
import { memo, useMemo } from 'react';
import { clauseLabel, instrumentWithArticle } from '../../words/sentences.ts';

/** For a text that fails: whether it, or a part of it, would pass as a weaker instrument (the engine's fallback). */
export const FallbackView = memo(FallbackList);

function FallbackList({ evaluation }: { evaluation: DecisionEvaluation }) {
  const fallback = useMemo(
    () => (evaluation.passed ? null : fallbackFor(evaluation.decision, new Set(evaluation.text))),
    [evaluation],
  );
  if (!fallback || fallback.options.length === 0) return null;
  return (
    <div className="fallback" data-testid="fallback">
      <h3>Would a weaker instrument pass?</h3>
      <ul>
        {fallback.options.map((o) => {
          const as = `As ${instrumentWithArticle(o.instrument)}`;
          const clauses = evaluation.decision.clauses;
          const blockers = listWords(o.blockers.map((b) => b.name));
          let text: string;
          if (o.whole.passed) text = `✓ ${as}, the same text would be agreed.`;
          else if (o.part)
            text = `✗ ${as}, ${blockers} would still block the whole text; without ${listWords(o.part.dropped.map((c) => `“${clauseLabel(clauses, c)}”`))} it would be agreed.`;
          else text = `✗ ${as}, ${blockers} would block it, and no part of the text would be agreed.`;
          return <li key={o.instrument}>{text}</li>;
        })}
      </ul>
      {fallback.exhaustive ? null : (
        <p className="muted">The text has too many clauses to try every part; this covers only the parts tried.</p>
      )}
    </div>
  );
}
