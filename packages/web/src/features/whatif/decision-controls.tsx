import { type ClauseId, type Decision, INSTRUMENTS, type Instrument } from '@horseshoe/engine';
import type { ApplyResult } from '../../state/use-scenario.ts';
import { INSTRUMENT_LABEL } from '../chamber/views.ts';
import { DateField } from './date-field.tsx';

interface DecisionControlsProps {
  readonly decision: Decision;
  readonly onToggleClause: (clause: ClauseId, included: boolean) => unknown;
  readonly onInstrument: (instrument: Instrument) => unknown;
  /** Sets the date whose composition the decision uses (disabled for a custom body). */
  readonly onDate: (date: string) => ApplyResult;
}

/** The what-ifs on the text: which clauses it contains, its instrument, and its date. */
export function DecisionControls({ decision, onToggleClause, onInstrument, onDate }: DecisionControlsProps) {
  const tabled = new Set(decision.tabled);
  const date = decision.body.date;
  return (
    <section className="panel what-ifs" aria-labelledby="what-ifs-title">
      <h2 id="what-ifs-title">What if…</h2>
      <div className="field-row">
        <label>
          Instrument
          <select value={decision.instrument} onChange={(e) => onInstrument(e.target.value as Instrument)}>
            {INSTRUMENTS.map((i) => (
              <option key={i} value={i}>
                {INSTRUMENT_LABEL[i]}
              </option>
            ))}
          </select>
        </label>
        <DateField label="Date (composition)" value={date} onCommit={onDate} />
      </div>
      <fieldset>
        <legend>Clauses in the text</legend>
        {decision.clauses.length === 0 ? <p className="muted">This decision has no clauses.</p> : null}
        <ul className="clause-list">
          {decision.clauses.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={tabled.has(c.id)}
                  disabled={c.fixed}
                  data-clause={c.id}
                  onChange={(e) => onToggleClause(c.id, e.target.checked)}
                />
                <code>{c.id}</code>
                {c.fixed ? <span className="badge">fixed</span> : null}
                {c.text ? <span className="clause-text">{c.text}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
