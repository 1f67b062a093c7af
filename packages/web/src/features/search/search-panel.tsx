import { type Decision, instrumentNoun, memberId } from '@horseshoe/engine';
import {
  type BestInterest,
  bestInterest,
  type Deadlock,
  explainDeadlock,
  type FoundText,
  type SearchResult,
  searchTexts,
} from '@horseshoe/engine/search';
import { memo, useMemo, useState } from 'react';
import { ScrollRegion } from '../../ui/scroll-region.tsx';
import { clauseLabel, instrumentWithArticle, interestSentence, withClauseTexts } from '../../words/sentences.ts';

/** How long one search may run in the browser before it reports the best text found and its bound. */
const TIME_BUDGET_MS = 2000;

interface SearchPanelProps {
  readonly decision: Decision;
  /** Replaces the decision's text with a found one (a what-if the user can undo). */
  readonly onUseText: (clauses: readonly string[]) => void;
}

/** Which texts can pass (fewest changes first) and the best passing text for one member. */
export const SearchPanel = memo(SearchPanelView, (a, b) => a.decision === b.decision);

function SearchPanelView({ decision, onUseText }: SearchPanelProps) {
  const [member, setMember] = useState<string>('');
  const adoptable = useMemo(() => search(decision, undefined), [decision]);
  const deadlock = useMemo(
    () => (adoptable.status === 'infeasible' ? explainDeadlock(decision, budget()) : null),
    [decision, adoptable],
  );
  const best = useMemo(() => (member ? search(decision, member) : null), [decision, member]);
  const interest = useMemo(
    () => (member ? bestInterest(decision, memberId(member), budget()) : null),
    [decision, member],
  );
  const free = decision.clauses.filter((c) => !c.fixed).length;
  return (
    <section className="panel search" aria-labelledby="search-title" data-testid="search-panel">
      <h2 id="search-title">Which texts can pass</h2>
      <p className="muted">
        Exact search over the {free} clause{free === 1 ? '' : 's'} that {free === 1 ? 'is' : 'are'} not fixed, as{' '}
        {instrumentWithArticle(decision.instrument)}, by the engine in the browser.
      </p>
      <h3>Closest passing texts to the one tabled</h3>
      {deadlock ? (
        <DeadlockView deadlock={deadlock} decision={decision} />
      ) : (
        <SearchAnswer result={adoptable} decision={decision} onUseText={onUseText} />
      )}
      <label>
        Best passing text for a member
        <select value={member} onChange={(e) => setMember(e.target.value)} data-testid="search-member">
          <option value="">Choose a member…</option>
          {decision.body.members.map((m) => (
            <option key={m} value={m}>
              {decision.body.names[m] ?? m} ({m})
            </option>
          ))}
        </select>
      </label>
      {best ? <SearchAnswer result={best} decision={decision} onUseText={onUseText} /> : null}
      {interest ? <InterestView interest={interest} decision={decision} /> : null}
    </section>
  );
}

/** A time limit for one search in the browser (no MILP solver here: branch and bound only). */
function budget() {
  const stopAt = performance.now() + TIME_BUDGET_MS;
  return { shouldStop: () => performance.now() > stopAt };
}

function search(decision: Decision, member: string | undefined): SearchResult {
  return searchTexts(decision, { top: member ? 1 : 3, ...(member ? { for: memberId(member) } : {}), ...budget() });
}

/** Why no text passes, said once: the rule, the conflicting red lines, and (for a vote) the most yes votes. */
function DeadlockView({ deadlock, decision }: { deadlock: Deadlock; decision: Decision }) {
  const words = deadlock.conflictWords.map((w) => withClauseTexts(w, decision.clauses));
  return (
    <div className="deadlock search-none" data-testid="deadlock">
      <p data-testid="search-none">✗ {deadlock.headline}</p>
      {words.length > 0 ? (
        <>
          <p>Why: these positions cannot all be met by one text.</p>
          <ul>
            {words.map((w) => (
              <li key={w}>{w}.</li>
            ))}
          </ul>
        </>
      ) : null}
      {deadlock.mostYesWords ? <p>{deadlock.mostYesWords}</p> : null}
    </div>
  );
}

function InterestView({ interest, decision }: { interest: BestInterest; decision: Decision }) {
  const name = decision.body.names[interest.member] ?? interest.member;
  const text = (clauses: readonly string[]) =>
    clauses.length === 0 ? '(no clauses)' : clauses.map((c) => `“${clauseLabel(decision.clauses, c)}”`).join(', ');
  return (
    <div className="interest" data-testid="best-interest">
      <h3>In the best interest of {name}</h3>
      <ScrollRegion className="table-scroll" label={`Best passing texts for ${name}`}>
        <table className="power-table">
          <thead>
            <tr>
              <th scope="col">Instrument</th>
              <th scope="col">Best passing text for {name}</th>
              <th scope="col">Worth to it</th>
            </tr>
          </thead>
          <tbody>
            {interest.options.map((o) => (
              <tr key={o.instrument}>
                <th scope="row">{instrumentNoun(o.instrument)}</th>
                <td>{o.text ? text(o.text) : 'none passes'}</td>
                <td>{o.utility ?? '—'}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">no decision</th>
              <td>—</td>
              <td>0</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        {interestSentence(
          name,
          interest.best,
          interest.bestUtility,
          interest.options.flatMap((o) => (o.utility === null ? [] : [o.utility])),
        )}
      </p>
    </div>
  );
}

function SearchAnswer({
  result,
  decision,
  onUseText,
}: {
  result: SearchResult;
  decision: Decision;
  onUseText: (c: readonly string[]) => void;
}) {
  if (result.texts.length === 0) {
    return (
      <p className="search-none" data-testid="search-none">
        {result.status === 'infeasible'
          ? `✗ No text made of these clauses can pass as ${instrumentWithArticle(result.instrument)}: it is proven that every combination fails.`
          : `Stopped after ${TIME_BUDGET_MS / 1000} s without finding a passing text (not proven impossible).`}
      </p>
    );
  }
  return (
    <ol className="found-texts">
      {result.texts.map((t) => (
        <FoundTextItem key={t.clauses.join(',')} text={t} decision={decision} onUseText={onUseText} />
      ))}
      {result.status === 'time-limit' ? (
        <li className="muted">Stopped at the time limit: best found so far, bound {result.bound}.</li>
      ) : null}
    </ol>
  );
}

function FoundTextItem({
  text,
  decision,
  onUseText,
}: {
  text: FoundText;
  decision: Decision;
  onUseText: (c: readonly string[]) => void;
}) {
  const label = (c: string) => `“${clauseLabel(decision.clauses, c)}”`;
  const changes =
    text.changes === 0
      ? 'the text as tabled'
      : [...text.added.map((c) => `adds ${label(c)}`), ...text.removed.map((c) => `drops ${label(c)}`)].join('; ');
  return (
    <li className="found-text" data-testid="found-text">
      <div>
        <span aria-hidden="true">✓ </span>
        {changes}
        {text.utility !== null ? <span className="muted"> (worth {text.utility} to the member)</span> : null}
      </div>
      <div className="muted">{withClauseTexts(text.outcome.explanation, decision.clauses)}</div>
      {text.changes > 0 ? (
        <button type="button" onClick={() => onUseText(text.clauses)}>
          Use this text
        </button>
      ) : null}
    </li>
  );
}
