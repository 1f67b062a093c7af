import { FIRST_DATE, LAST_DATE } from '@horseshoe/engine';
import { useEffect, useState } from 'react';
import type { ApplyResult } from '../../state/use-scenario.ts';

interface DateFieldProps {
  readonly label: string;
  /** The date in force; `null` disables the field (a custom body has no date). */
  readonly value: string | null;
  /** Commits a date; the engine's answer says whether it applied or why not. */
  readonly onCommit: (date: string) => ApplyResult;
}

/**
 * A date input that keeps what the user is typing and commits it only on Enter or when the field
 * loses focus. A date the engine refuses (no Council that day) stays in the field with the engine's
 * reason beside it; the decision keeps its last valid date.
 */
export function DateField({ label, value, onCommit }: DateFieldProps) {
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(value ?? '');
    setError(null);
  }, [value]);
  const commit = () => {
    if (value === null || text === value) {
      setError(null);
      return;
    }
    if (text === '') {
      setError(`Enter a date from ${FIRST_DATE} to ${LAST_DATE}.`);
      return;
    }
    const r = onCommit(text);
    setError(r.ok ? null : (r.errors[0]?.message ?? 'this date cannot be used'));
  };
  return (
    <label className="date-field">
      {label}
      <input
        type="date"
        value={text}
        disabled={value === null}
        min={FIRST_DATE}
        max={LAST_DATE}
        aria-invalid={error !== null}
        aria-describedby={error ? 'date-error' : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        title={value === null ? 'A custom body has no date' : 'The Council as it stood on this date (Enter to apply)'}
      />
      {error ? (
        <span id="date-error" className="field-error" role="alert" data-testid="date-error">
          {error}
        </span>
      ) : null}
    </label>
  );
}
