import { INSTRUMENTS, type Instrument } from '@horseshoe/engine';
import { useState } from 'react';
import { INSTRUMENT_GLOSSARY } from '../../words/sentences.ts';
import { scenarioTemplate } from './template.ts';

/**
 * "New scenario": a title, a date, an instrument and the clauses' texts, without writing YAML. The
 * app opens the commented file it makes; members' positions are then set by clicking their seats.
 */
export function NewScenarioForm({ onCreate }: { onCreate: (fileName: string, text: string) => void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('2019-04-18');
  const [instrument, setInstrument] = useState<Instrument>('resolution');
  const [clauses, setClauses] = useState<string[]>(['', '']);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="new-scenario">
        New scenario…
      </button>
    );
  }
  return (
    <form
      className="new-scenario"
      aria-label="New scenario"
      onSubmit={(e) => {
        e.preventDefault();
        onCreate('new-scenario.yaml', scenarioTemplate({ title, date, instrument, clauses }));
        setOpen(false);
      }}
    >
      <label>
        Title
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="A new scenario" />
      </label>
      <label>
        Date (the Council of that day)
        <input type="date" value={date} required min="1946-01-17" onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        Instrument
        <select value={instrument} onChange={(e) => setInstrument(e.target.value as Instrument)}>
          {INSTRUMENTS.map((i) => (
            <option key={i} value={i}>
              {INSTRUMENT_GLOSSARY[i].name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Clauses of the text</legend>
        {clauses.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in a list the user edits in place
          <label key={i}>
            Clause {i + 1}
            <input
              type="text"
              value={c}
              placeholder="e.g. Calls for a ceasefire."
              onChange={(e) => setClauses(clauses.map((x, j) => (j === i ? e.target.value : x)))}
            />
          </label>
        ))}
        <button type="button" onClick={() => setClauses([...clauses, ''])}>
          Add a clause
        </button>
      </fieldset>
      <div className="file-actions">
        <button type="submit">Create and open</button>
        <button type="button" className="link" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
