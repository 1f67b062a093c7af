import { type RecordDecision, RecordDecisionListSchema } from '@horseshoe/protocol';
import { useEffect, useId, useRef, useState } from 'react';
import { fetchParsed } from '../../state/fetch-parsed.ts';
import { ScrollRegion } from '../../ui/scroll-region.tsx';
import { unDocumentUrl } from './un-document.ts';

/** The members the record names as casting vetoes, with the names people use. */
const VETO_MEMBERS: readonly (readonly [string, string])[] = [
  ['CHN', 'China'],
  ['FRA', 'France'],
  ['GBR', 'United Kingdom'],
  ['RUS', 'Russian Federation (since 1992)'],
  ['SUN', 'Soviet Union (to 1991)'],
  ['USA', 'United States'],
];
const DECADES = Array.from({ length: 9 }, (_, i) => 1940 + i * 10);
// The API answers at most 500 decisions; more than that is said, not counted.
const LIMIT = 500;

interface Filters {
  readonly text: string;
  readonly vetoedBy: string;
  readonly decade: string;
  readonly outcome: string;
}

const NO_FILTERS: Filters = { text: '', vetoedBy: '', decade: '', outcome: '' };

/** The query string of `GET /api/record/decisions` (protocol's `RecordSearchQuerySchema`) for the filters. */
function recordQuery(f: Filters): string {
  const q = new URLSearchParams({ limit: String(LIMIT) });
  if (f.text.trim()) q.set('text', f.text.trim());
  if (f.vetoedBy) q.set('vetoedBy', f.vetoedBy);
  if (f.decade) {
    q.set('from', f.decade);
    q.set('to', String(Number(f.decade) + 9));
  }
  if (f.outcome) q.set('outcome', f.outcome);
  return q.toString();
}

/** Searches the record: words, vetoing member, decade, kind and outcome, with links to the UN documents. */
export function RecordSearchPanel() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [answer, setAnswer] = useState<readonly RecordDecision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const countId = useId();
  // Only the answer to the latest query is shown (an earlier one may arrive after it).
  const latest = useRef(0);
  useEffect(() => {
    const query = recordQuery(filters);
    const asked = ++latest.current;
    // Typing waits a moment; the selects answer at once.
    const timer = setTimeout(
      () => {
        fetchParsed(`/api/record/decisions?${query}`, RecordDecisionListSchema)
          .then((rows) => {
            if (asked !== latest.current) return;
            setAnswer(rows);
            setError(null);
          })
          .catch((e: unknown) => {
            if (asked === latest.current) setError(e instanceof Error ? e.message : String(e));
          });
      },
      filters.text ? 250 : 0,
    );
    return () => clearTimeout(timer);
  }, [filters]);
  const set = (field: keyof Filters) => (e: { target: { value: string } }) =>
    setFilters((f) => ({ ...f, [field]: e.target.value }));
  return (
    <div className="record-search" data-testid="record-search">
      <h3>Search the record</h3>
      <search>
        <form className="field-row" onSubmit={(e) => e.preventDefault()}>
          <label>
            Words (topic or symbol)
            <input type="search" value={filters.text} onChange={set('text')} placeholder="e.g. Syria, S/RES/1970" />
          </label>
          <label>
            Vetoed by
            <select value={filters.vetoedBy} onChange={set('vetoedBy')}>
              <option value="">any member</option>
              {VETO_MEMBERS.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Decade
            <select value={filters.decade} onChange={set('decade')}>
              <option value="">any</option>
              {DECADES.map((d) => (
                <option key={d} value={d}>
                  {d}s
                </option>
              ))}
            </select>
          </label>
          <label>
            Instrument and outcome
            <select value={filters.outcome} onChange={set('outcome')}>
              <option value="">any</option>
              <option value="adopted">Resolution, adopted</option>
              <option value="vetoed">Draft resolution, vetoed</option>
              <option value="not-adopted">Draft resolution, not adopted (too few votes)</option>
              <option value="prst">Presidential statement</option>
            </select>
          </label>
        </form>
      </search>
      {error ? <p role="alert">{error}</p> : null}
      <p id={countId} aria-live="polite" data-testid="record-count">
        {answer ? countWords(answer.length) : 'Searching…'}
      </p>
      {answer && answer.length > 0 ? (
        <ScrollRegion className="record-results-scroll" label="Decisions found">
          <ol className="record-results">
            {answer.map((r) => (
              <RecordRow key={r.id} row={r} />
            ))}
          </ol>
        </ScrollRegion>
      ) : null}
    </div>
  );
}

/** One decision found: date, symbol (linked to the UN document), outcome, vote and topic. */
export function RecordRow({ row }: { row: RecordDecision }) {
  const url = unDocumentUrl(row.symbol);
  return (
    <li className={`record-row outcome-${row.outcome.replace(' ', '-')}`} data-testid="record-row">
      <time dateTime={row.date}>{row.date}</time>
      <span>
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {row.symbol}
          </a>
        ) : (
          row.symbol
        )}{' '}
        — {row.outcome}
        {row.vote ? ` (${row.vote})` : ''}
        {row.vetoedBy ? `, vetoed by ${row.vetoedBy.replaceAll(';', ', ')}` : ''}
      </span>
      <span className="muted">{row.topic}</span>
    </li>
  );
}

/** "14 decisions match.", or "500 or more decisions match (the first 500 are shown)." at the API's limit. */
function countWords(n: number): string {
  if (n >= LIMIT) return `${LIMIT} or more decisions match (the first ${LIMIT} are shown).`;
  return `${n} decision${n === 1 ? '' : 's'} match${n === 1 ? 'es' : ''}.`;
}
