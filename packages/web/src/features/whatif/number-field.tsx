import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number | null;
  /** Called with a number, or `null` when the field is emptied and `allowEmpty` is set. */
  readonly onCommit: (value: number | null) => void;
  readonly allowEmpty?: boolean;
  readonly step?: number;
  readonly min?: number;
  readonly max?: number;
  readonly placeholder?: string;
  /** Keeps the label for screen readers only (for inputs in a table whose headers say what they are). */
  readonly hideLabel?: boolean;
  /** A message shown beside the field, which is then marked invalid. */
  readonly error?: string | null;
}

/**
 * A number input that keeps what the user is typing ("-", "0.") and reports a value only when the
 * text is a number (or empty, when allowed), so a half-typed number never reaches the scenario.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onCommit, allowEmpty, step, min, max, placeholder, hideLabel, error } = props;
  const errorId = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    setText((current) => (Number(current) === value && current !== '' ? current : value === null ? '' : String(value)));
  }, [value]);
  return (
    <label className="number-field">
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        value={text}
        step={step ?? 1}
        min={min}
        max={max}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (next.trim() === '') {
            if (allowEmpty) onCommit(null);
          } else if (Number.isFinite(Number(next))) {
            onCommit(Number(next));
          }
        }}
      />
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}
