import type { DecisionEvaluation } from '@horseshoe/engine';
import { percent, verdictOf } from '../features/chamber/views.ts';
import { INSTRUMENT_GLOSSARY } from '../words/sentences.ts';

interface DecisionTabsProps {
  readonly evaluations: readonly DecisionEvaluation[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
}

/** Every decision of the scenario as a tab above the chamber, with its instrument and verdict. */
export function DecisionTabs({ evaluations, selected, onSelect }: DecisionTabsProps) {
  return (
    <nav className="decision-tabs" aria-label="Decisions" data-tour="decisions">
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
              <span className="decision-id">{INSTRUMENT_GLOSSARY[e.decision.instrument].name}</span>
              <span className="decision-name">{humanId(e.decision.id)}</span>
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

/** "uk-draft-resolution" → "uk draft resolution": a decision id read as words. */
function humanId(id: string): string {
  return id.replace(/[-_]+/g, ' ');
}
