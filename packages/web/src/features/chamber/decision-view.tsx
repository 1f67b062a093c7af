import { type DecisionEvaluation, instrumentNoun } from '@horseshoe/engine';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { GlossaryTerm } from '../../ui/glossary-term.tsx';
import { compareWithRecord } from '../../words/recorded.ts';
import { withClauseTexts } from '../../words/sentences.ts';
import { Chamber } from './chamber.tsx';
import { FallbackView } from './fallback-view.tsx';
import { TallyChart } from './tally-chart.tsx';
import { percent, seatsOf, tallyOf, verdictOf } from './views.ts';

interface DecisionViewProps {
  readonly evaluation: DecisionEvaluation;
  readonly selectedMember: string | null;
  readonly onSelectMember: (code: string) => void;
}

/** One decision: the chamber, the tally against the threshold and the outcome in one sentence. */
export function DecisionView({ evaluation, selectedMember, onSelectMember }: DecisionViewProps) {
  const { decision, outcome } = evaluation;
  const date = decision.body.date;
  const caption = date
    ? `The Council on ${formatDate(date)}`
    : `Custom body of ${decision.body.members.length} members`;
  const verdict = verdictOf(evaluation);
  // The fallback tries parts of the text: it may render a moment after the chamber, never before it.
  const deferred = useDeferredValue(evaluation);
  const announcement = useVerdictAnnouncement(decision.id, `${verdict}. ${outcome.explanation}`);
  return (
    <section className="decision-view" aria-labelledby="verdict">
      <div className={`verdict ${evaluation.passed ? 'passed' : 'failed'}`} data-testid="verdict">
        <h2 id="verdict">
          <span aria-hidden="true">{evaluation.passed ? '✓ ' : '✗ '}</span>
          {verdict}
          <span className="verdict-instrument">
            {' — '}
            <GlossaryTerm instrument={decision.instrument}>{instrumentNoun(decision.instrument)}</GlossaryTerm>
          </span>
        </h2>
        <p className="verdict-reason" data-testid="verdict-reason">
          {withClauseTexts(outcome.explanation, decision.clauses)}
        </p>
        {evaluation.certain ? null : (
          <p className="verdict-probability" data-testid="probability">
            Exact probability of {outcome.rule === 'consensus' ? 'agreement' : 'adoption'}:{' '}
            <strong>{percent(evaluation.probability)}</strong> (the sentence above assumes every uncertain member casts
            its most likely vote).
          </p>
        )}
        <RecordedLine evaluation={evaluation} />
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="verdict-announcement">
        {announcement}
      </p>
      <Chamber seats={seatsOf(evaluation)} selected={selectedMember} onSelect={onSelectMember} caption={caption} />
      <TallyChart tally={tallyOf(evaluation)} />
      <FallbackView evaluation={deferred} />
    </section>
  );
}

/** A case decision's recorded outcome beside the prediction (nothing for a decision never taken). */
function RecordedLine({ evaluation }: { evaluation: DecisionEvaluation }) {
  const c = compareWithRecord(evaluation);
  if (!c) return null;
  return (
    <p className={`recorded ${c.agrees ? 'agrees' : 'differs'}`} data-testid="recorded">
      <span aria-hidden="true">{c.agrees ? '✓ ' : '≠ '}</span>
      {c.recorded} {c.verdict}
    </p>
  );
}

/**
 * What the live region says: the new verdict when a what-if changes it on the same decision (not on
 * opening a case or choosing another decision, when the page itself shows it).
 */
function useVerdictAnnouncement(decisionId: string, verdict: string): string {
  const previous = useRef({ decisionId, verdict });
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = { decisionId, verdict };
    if (before.decisionId !== decisionId) setAnnouncement('');
    else if (before.verdict !== verdict) setAnnouncement(verdict);
  }, [decisionId, verdict]);
  return announcement;
}

// One formatter for the page: creating an Intl formatter per call costs most of a millisecond.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "18 April 2019". */
export function formatDate(date: string): string {
  return DATE_FORMAT.format(new Date(`${date}T00:00:00Z`));
}
