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
  const noun = instrumentNoun(decision.instrument);
  const free = decision.clauses.filter((c) => !c.fixed).length;
  return (
    <section className="panel search" aria-labelledby="search-title" data-testid="search-panel">
      <h2 id="search-title">Which texts can pass</h2>
      <p className="muted">
        Exact search over the {free} clause{free === 1 ? '' : 's'} that {free === 1 ? 'is' : 'are'} not fixed, as a{' '}
        {noun}, by the engine in the browser.
      </p>
      <h3>Closest passing texts to the one tabled</h3>
      <SearchAnswer result={adoptable} onUseText={onUseText} />
      {deadlock ? <DeadlockView deadlock={deadlock} /> : null}
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
      {interest ? <InterestView interest={interest} /> : null}
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

function DeadlockView({ deadlock }: { deadlock: Deadlock }) {
  return (
    <div className="deadlock" data-testid="deadlock">
      <p>
        <strong>Why:</strong> {deadlock.summary}
      </p>
      {deadlock.conflictWords.length > 0 ? (
        <ul>
          {deadlock.conflictWords.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function InterestView({ interest }: { interest: BestInterest }) {
  return (
    <div className="interest" data-testid="best-interest">
      <h3>In {interest.member}'s best interest</h3>
      <div className="table-scroll">
        <table className="power-table">
          <thead>
            <tr>
              <th scope="col">Instrument</th>
              <th scope="col">Best passing text for {interest.member}</th>
              <th scope="col">Utility</th>
            </tr>
          </thead>
          <tbody>
            {interest.options.map((o) => (
              <tr key={o.instrument}>
                <th scope="row">{instrumentNoun(o.instrument)}</th>
                <td>{o.text ? <code>{o.text.join(', ') || '(no clauses)'}</code> : 'none passes'}</td>
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
      </div>
      <p>{interest.summary}</p>
    </div>
  );
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
