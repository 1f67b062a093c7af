import {
  CaseListSchema,
  type CreateSessionBody,
  type CreateSessionResponse,
  formatScenarioError,
  parseScenario,
} from '@horseshoe/protocol';
import { useCallback, useEffect, useId, useState } from 'react';
import { fetchParsed, fetchText } from '../state/fetch-parsed.ts';
import { sessionApi } from './api.ts';
import { SessionLinks } from './lobby-links.tsx';

type Source = 'case' | 'file' | 'blank';

const KEPT = 'horseshoe-lobby-sessions';

interface Kept {
  readonly title: string;
  readonly created: CreateSessionResponse;
}

function readKept(): Kept[] {
  try {
    return JSON.parse(window.localStorage.getItem(KEPT) ?? '[]') as Kept[];
  } catch {
    return [];
  }
}

/** Title and date of a scenario file, or its first errors. */
function readScenario(text: string, name: string): { title: string; date: string | null } | { error: string } {
  const parsed = parseScenario(text, name);
  if (!parsed.ok) return { error: parsed.errors.slice(0, 3).map(formatScenarioError).join('; ') };
  return { title: parsed.scenario.title, date: parsed.scenario.date };
}

/**
 * The lobby: create a session from a case of the library, an uploaded scenario file, or a date and an
 * agenda title; then hand out the links (copy, open, QR code). Sessions created here are listed again.
 */
export function Lobby() {
  const base = useId();
  const [source, setSource] = useState<Source>('case');
  const [cases, setCases] = useState<{ file: string; title: string }[]>([]);
  const [caseFile, setCaseFile] = useState('');
  const [scenario, setScenario] = useState<{ text: string; name: string } | null>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState<Kept[]>(readKept);
  const [shown, setShown] = useState<Kept | null>(null);

  useEffect(() => {
    fetchParsed('/api/cases', CaseListSchema)
      .then((r) => {
        setCases(r.cases.map((c) => ({ file: c.file, title: c.title ?? c.file })));
        setCaseFile((f) => f || (r.cases[0]?.file ?? ''));
      })
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  }, []);

  const takeScenario = useCallback((text: string, name: string) => {
    const read = readScenario(text, name);
    if ('error' in read) {
      setScenario(null);
      setProblem(read.error);
      return;
    }
    setProblem(null);
    setScenario({ text, name });
    setTitle(read.title);
    if (read.date) setDate(read.date);
  }, []);

  useEffect(() => {
    if (source !== 'case' || !caseFile) return;
    fetchText(`/api/cases/${encodeURIComponent(caseFile)}`)
      .then((text) => takeScenario(text, caseFile))
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  }, [source, caseFile, takeScenario]);

  const create = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const withScenario = source !== 'blank' && scenario;
      const created = await sessionApi.create({
        title,
        date: date as CreateSessionBody['date'],
        ...(withScenario ? { scenario: scenario.text } : {}),
      });
      const entry = { title, created };
      const next = [entry, ...kept].slice(0, 20);
      window.localStorage.setItem(KEPT, JSON.stringify(next));
      setKept(next);
      setShown(entry);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="session-app lobby">
      <header className="session-header">
        <p className="session-brand">Horseshoe · live session</p>
        <h1>Start a session</h1>
      </header>
      <main>
        <form
          className="session-panel lobby-form"
          data-testid="lobby-form"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <fieldset>
            <legend>Start from</legend>
            {(
              [
                ['case', 'a case of the library'],
                ['file', 'a scenario file'],
                ['blank', 'a date and an agenda item'],
              ] as const
            ).map(([value, words]) => (
              <label key={value} className="check">
                <input
                  type="radio"
                  name="source"
                  value={value}
                  checked={source === value}
                  onChange={() => setSource(value)}
                  data-testid={`source-${value}`}
                />
                {words}
              </label>
            ))}
          </fieldset>
          {source === 'case' ? (
            <>
              <label htmlFor={`${base}-case`}>Case</label>
              <select
                id={`${base}-case`}
                value={caseFile}
                onChange={(e) => setCaseFile(e.target.value)}
                data-testid="lobby-case"
              >
                {cases.map((c) => (
                  <option key={c.file} value={c.file}>
                    {c.title}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          {source === 'file' ? (
            <>
              <label htmlFor={`${base}-file`}>Scenario file (YAML or JSON)</label>
              <input
                id={`${base}-file`}
                type="file"
                accept=".yaml,.yml,.json"
                data-testid="lobby-file"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void file.text().then((text) => takeScenario(text, file.name));
                }}
              />
            </>
          ) : null}
          <label htmlFor={`${base}-title`}>Agenda item (title)</label>
          <input
            id={`${base}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            data-testid="lobby-title"
          />
          <label htmlFor={`${base}-date`}>Date (the Council's composition on that day)</label>
          <input
            id={`${base}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
            data-testid="lobby-date"
          />
          <button
            type="submit"
            disabled={busy || title.trim() === '' || date === '' || (source !== 'blank' && !scenario)}
            data-testid="lobby-create"
          >
            Create the session
          </button>
          {problem ? (
            <p className="session-refusal" role="alert">
              {problem}
            </p>
          ) : null}
        </form>
        {shown ? <SessionLinks created={shown.created} title={shown.title} /> : null}
        {kept.length > 0 ? (
          <section className="session-panel" aria-labelledby="kept-title">
            <h2 id="kept-title">Sessions created in this browser</h2>
            <ul>
              {kept.map((k) => (
                <li key={k.created.id}>
                  <button type="button" onClick={() => setShown(k)}>
                    Show the links of “{k.title}”
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </div>
  );
}
