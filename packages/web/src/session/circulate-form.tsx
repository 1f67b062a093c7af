import type { ActorName, SessionState } from '@horseshoe/engine/session';
import { useId, useState } from 'react';
import type { SessionClient } from './session-client.ts';
import { whyNot } from './use-session.ts';

const INSTRUMENTS = [
  ['resolution', 'draft resolution'],
  ['presidential-statement', 'presidential statement'],
  ['press-statement', 'press statement'],
  ['press-elements', 'press elements'],
  ['procedural', 'procedural motion'],
] as const;

/** A clause id from its words: the first words in kebab case, made unique among `taken`. */
export function clauseIdFor(text: string, taken: readonly string[]): string {
  const stem =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9\s-]/g, '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 4)
      .join('-') || 'clause';
  let id = stem;
  for (let n = 2; taken.includes(id); n++) id = `${stem}-${n}`;
  return id;
}

/**
 * Circulate a new text (a seat that does becomes its penholder; the chair holds the pen itself): an id,
 * an instrument and one clause per line.
 */
export function CirculateForm({
  client,
  state,
  actor,
}: {
  client: SessionClient;
  state: SessionState;
  actor: ActorName;
}) {
  const base = useId();
  const [draftId, setDraftId] = useState('');
  const [instrument, setInstrument] = useState<(typeof INSTRUMENTS)[number][0]>('resolution');
  const [text, setText] = useState('');
  const clauses: { id: string; text: string }[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line)
      clauses.push({
        id: clauseIdFor(
          line,
          clauses.map((c) => c.id),
        ),
        text: line,
      });
  }
  const body = { type: 'circulate-draft', draftId: draftId.trim(), instrument, clauses };
  const reason =
    draftId.trim() === ''
      ? 'give the text an id'
      : clauses.length === 0
        ? 'write at least one clause'
        : whyNot(state, actor, body);
  return (
    <details className="session-panel circulate">
      <summary>Circulate a new text</summary>
      <form
        data-testid="circulate"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason !== null) return;
          client.send(body);
          setDraftId('');
          setText('');
        }}
      >
        <label htmlFor={`${base}-id`}>Id (short, e.g. uk-draft)</label>
        <input id={`${base}-id`} value={draftId} onChange={(e) => setDraftId(e.target.value)} />
        <label htmlFor={`${base}-instrument`}>Instrument</label>
        <select
          id={`${base}-instrument`}
          value={instrument}
          onChange={(e) => setInstrument(e.target.value as typeof instrument)}
        >
          {INSTRUMENTS.map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
        <label htmlFor={`${base}-text`}>Clauses, one per line</label>
        <textarea id={`${base}-text`} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={reason !== null}>
          Circulate
        </button>
        {reason ? <span className="command-why">{reason}</span> : null}
      </form>
    </details>
  );
}
