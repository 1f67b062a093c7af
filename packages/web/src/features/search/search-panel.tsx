import { type Decision, instrumentNoun, memberId } from '@horseshoe/engine';
import { type FoundText, type SearchResult, searchTexts } from '@horseshoe/engine/search';
import { memo, useMemo, useState } from 'react';

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
  const best = useMemo(() => (member ? search(decision, member) : null), [decision, member]);
  const noun = instrumentNoun(decision.instrument);
  return (
    <section className="panel search" aria-labelledby="search-title" data-testid="search-panel">
      <h2 id="search-title">Which texts can pass</h2>
      <p className="muted">
        Exact search over the {decision.clauses.filter((c) => !c.fixed).length} clauses that are not fixed, as a {noun},
        by the engine in the browser.
      </p>
      <h3>Closest passing texts to the one tabled</h3>
      <SearchAnswer result={adoptable} onUseText={onUseText} />
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
      {best ? <SearchAnswer result={best} onUseText={onUseText} /> : null}
    </section>
  );
}

function search(decision: Decision, member: string | undefined): SearchResult {
  const stopAt = performance.now() + TIME_BUDGET_MS;
  return searchTexts(decision, {
    top: member ? 1 : 3,
    ...(member ? { for: memberId(member) } : {}),
    shouldStop: () => performance.now() > stopAt,
  });
}

function SearchAnswer({ result, onUseText }: { result: SearchResult; onUseText: (c: readonly string[]) => void }) {
  if (result.texts.length === 0) {
    return (
      <p className="search-none" data-testid="search-none">
        {result.status === 'infeasible'
          ? `✗ No text made of these clauses can pass as a ${instrumentNoun(result.instrument)}: it is proven that every combination fails.`
          : `Stopped after ${TIME_BUDGET_MS / 1000} s without finding a passing text (not proven impossible).`}
      </p>
    );
  }
  return (
    <ol className="found-texts">
      {result.texts.map((t) => (
        <FoundTextItem key={t.clauses.join(',')} text={t} onUseText={onUseText} />
      ))}
      {result.status === 'time-limit' ? (
        <li className="muted">Stopped at the time limit: best found so far, bound {result.bound}.</li>
      ) : null}
    </ol>
  );
}

function FoundTextItem({ text, onUseText }: { text: FoundText; onUseText: (c: readonly string[]) => void }) {
  const changes =
    text.changes === 0
      ? 'the text as tabled'
      : [...text.added.map((c) => `+${c}`), ...text.removed.map((c) => `−${c}`)].join(' ');
  return (
    <li className="found-text" data-testid="found-text">
      <div>
        <span aria-hidden="true">✓ </span>
        <code>{text.clauses.length > 0 ? text.clauses.join(', ') : '(no clauses)'}</code>{' '}
        <span className="muted">
          — {changes}
          {text.utility !== null ? `; utility ${text.utility}` : ''}
        </span>
      </div>
      <div className="muted">{text.outcome.explanation}</div>
      {text.changes > 0 ? (
        <button type="button" onClick={() => onUseText(text.clauses)}>
          Use this text
        </button>
      ) : null}
    </li>
  );
}
