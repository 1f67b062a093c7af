import { type RecordDecision, type RecordSearch, RecordSearchSchema } from '@horseshoe/protocol';
import { useEffect, useId, useRef, useState } from 'react';
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
const LIMIT = 50;

interface Filters {
  readonly text: string;
  readonly vetoedBy: string;
  readonly decade: string;
  readonly kind: string;
  readonly outcome: string;
}

const NO_FILTERS: Filters = { text: '', vetoedBy: '', decade: '', kind: '', outcome: '' };

/** Searches the record: words, vetoing member, decade, kind and outcome, with links to the UN documents. */
export function RecordSearchPanel() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [answer, setAnswer] = useState<RecordSearch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const countId = useId();
  // Only the answer to the latest query is shown (an earlier one may arrive after it).
  const latest = useRef(0);
  useEffect(() => {
    const query = new URLSearchParams({ ...filters, limit: String(LIMIT) });
    const asked = ++latest.current;
    // Typing waits a moment; the selects answer at once.
    const timer = setTimeout(
      () => {
        fetch(`/api/record/decisions?${query}`)
          .then(async (res) => {
            const body: unknown = await res.json();
            if (!res.ok) throw new Error((body as { error?: { message?: string } }).error?.message ?? res.statusText);
            if (asked !== latest.current) return;
            setAnswer(RecordSearchSchema.parse(body));
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
            Instrument
            <select value={filters.kind} onChange={set('kind')}>
              <option value="">any</option>
              <option value="resolution">Resolution (adopted)</option>
              <option value="draft">Draft resolution (not adopted)</option>
              <option value="prst">Presidential statement</option>
            </select>
          </label>
          <label>
            Outcome
            <select value={filters.outcome} onChange={set('outcome')}>
              <option value="">any</option>
              <option value="adopted">Adopted</option>
              <option value="vetoed">Vetoed</option>
              <option value="not-adopted">Not adopted (too few votes)</option>
              <option value="prst">Presidential statement</option>
            </select>
          </label>
        </form>
      </search>
      {error ? <p role="alert">{error}</p> : null}
      <p id={countId} aria-live="polite" data-testid="record-count">
        {answer
          ? `${answer.total} decision${answer.total === 1 ? '' : 's'} match${answer.total === 1 ? 'es' : ''}${answer.total > answer.rows.length ? ` (the first ${answer.rows.length} are shown)` : ''}.`
          : 'Searching…'}
      </p>
      {answer && answer.rows.length > 0 ? (
        <ScrollRegion className="record-results-scroll" label="Decisions found">
          <ol className="record-results">
            {answer.rows.map((r) => (
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
