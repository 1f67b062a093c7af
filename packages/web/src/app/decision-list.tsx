import type { DecisionEvaluation } from '@horseshoe/engine';
import { percent, verdictOf } from '../features/chamber/views.ts';

interface DecisionListProps {
  readonly evaluations: readonly DecisionEvaluation[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
}

/** Every decision of the scenario with its verdict, as the engine evaluated it; one is selected. */
export function DecisionList({ evaluations, selected, onSelect }: DecisionListProps) {
  return (
    <nav className="panel decisions" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      <ol className="decision-list">
        {evaluations.map((e, i) => (
          <li key={e.decision.id}>
            <button
              type="button"
              className={`decision-item ${e.passed ? 'passed' : 'failed'}${i === selected ? ' current' : ''}`}
              aria-current={i === selected ? 'true' : undefined}
              data-decision={e.decision.id}
              onClick={() => onSelect(i)}
            >
              <span className="decision-id">{e.decision.id}</span>
              <span className="decision-verdict" data-testid="decision-verdict">
                <span aria-hidden="true">{e.passed ? '✓ ' : '✗ '}</span>
                {verdictOf(e)}
                {e.certain ? '' : ` (${percent(e.probability)})`}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
