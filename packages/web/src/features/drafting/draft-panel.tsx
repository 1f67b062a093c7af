import type { Draft } from '@horseshoe/drafting';
import { memo, useState } from 'react';
import { linesCiting, type SentenceView, sentenceViews } from './draft-model.ts';
import './drafting.css';

interface DraftPanelProps {
  /** Opens the drafted YAML in the app (the editor and the chamber evaluate it at once). */
  readonly onOpen: (fileName: string, text: string) => void;
}

type Drafted = { readonly yaml: string; readonly sentences: SentenceView[]; readonly decisions: number };

/** The drafting package (wink-nlp's model, chrono-node) is loaded only when a report is drafted. */
const loadDrafting = () => import('@horseshoe/drafting');

/**
 * Paste a news report, get a drafted scenario: it opens in the editor and the chamber at once, and
 * here each sentence of the report is highlighted by what was read from it; selecting one highlights
 * the fields of the drafted file that cite it.
 */
export const DraftPanel = memo(function DraftPanel({ onOpen }: DraftPanelProps) {
  const [article, setArticle] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [drafted, setDrafted] = useState<Drafted | null>(null);
  const [selected, setSelected] = useState<number | null>(null);

  const draft = async () => {
    setBusy(true);
    setError(null);
    try {
      const { draftScenario, renderDraft } = await loadDrafting();
      const result = draftScenario(article, date === '' ? {} : { date });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      const yaml = renderDraft(result.draft as Draft, 'the pasted report');
      setDrafted({ yaml, sentences: sentenceViews(result.draft), decisions: result.draft.scenario.decisions.length });
      setSelected(null);
      onOpen('drafted-scenario.yaml', yaml);
    } catch (e) {
      setError(`The drafting module could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel drafting" aria-labelledby="drafting-title">
      <h2 id="drafting-title">Draft a scenario from a report</h2>
      <p className="drafting-hint">
        Paste an English news report or UN press release about the Council. The draft quotes the sentence behind every
        field; check each one.
      </p>
      <label className="drafting-field">
        Report
        <textarea
          rows={6}
          value={article}
          onChange={(e) => setArticle(e.target.value)}
          spellCheck={false}
          data-testid="draft-article"
        />
      </label>
      <div className="drafting-row">
        <label>
          Report’s date (for “on Thursday” and the Council’s members){' '}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="draft-date" />
        </label>
        <button
          type="button"
          onClick={() => void draft()}
          disabled={busy || article.trim() === ''}
          data-testid="draft-button"
        >
          {busy ? 'Drafting…' : 'Draft scenario'}
        </button>
      </div>
      {error ? (
        <p role="alert" className="error-banner" data-testid="draft-error">
          {error}
        </p>
      ) : null}
      {drafted ? <DraftedView drafted={drafted} selected={selected} onSelect={setSelected} /> : null}
    </section>
  );
});

function DraftedView({
  drafted,
  selected,
  onSelect,
}: {
  drafted: Drafted;
  selected: number | null;
  onSelect: (n: number | null) => void;
}) {
  const marked = selected === null ? new Set<number>() : linesCiting(drafted.yaml, selected);
  const used = drafted.sentences.filter((s) => s.kind === 'used').length;
  const left = drafted.sentences.filter((s) => s.kind === 'unhandled').length;
  return (
    <>
      <p role="status" data-testid="draft-summary">
        Drafted {drafted.decisions} decision{drafted.decisions === 1 ? '' : 's'} from {used} sentence
        {used === 1 ? '' : 's'}; {left} sentence{left === 1 ? '' : 's'} about the Council left for you (listed at the
        end of the file). It is open in the chamber and the editor below.
      </p>
      <div className="drafting-columns">
        <ol className="drafting-sentences" data-testid="draft-sentences" aria-label="Sentences of the report">
          {drafted.sentences.map((s) => (
            <li key={s.n} className={`sentence ${s.kind}${selected === s.n ? ' selected' : ''}`} data-sentence={s.n}>
              <button
                type="button"
                className="link"
                aria-pressed={selected === s.n}
                onClick={() => onSelect(selected === s.n ? null : s.n)}
                disabled={s.kind !== 'used'}
              >
                <span className="sentence-n">[s{s.n}]</span> {s.text}
              </button>
              {s.kind === 'used' ? <span className="sentence-fields">→ {s.fields.join(', ')}</span> : null}
              {s.kind === 'unhandled' ? <span className="sentence-fields">not read: handle by hand</span> : null}
            </li>
          ))}
        </ol>
        <section aria-label="The drafted scenario file">
          <pre className="drafting-yaml" data-testid="draft-yaml">
            {drafted.yaml.split('\n').map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, in order
              <span key={i} className={marked.has(i) ? 'yaml-line cited' : 'yaml-line'}>
                {line}
                {'\n'}
              </span>
            ))}
          </pre>
        </section>
      </div>
    </>
  );
}
