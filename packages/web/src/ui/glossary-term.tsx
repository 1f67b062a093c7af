import type { Instrument } from '@horseshoe/engine';
import { useId, useState } from 'react';
import { INSTRUMENT_GLOSSARY } from '../words/sentences.ts';

/**
 * An instrument's name with its glossary line as a tooltip: shown on hover and keyboard focus, and
 * toggled by a tap (phones have no hover).
 */
export function GlossaryTerm({ instrument, children }: { instrument: Instrument; children?: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const entry = INSTRUMENT_GLOSSARY[instrument];
  return (
    <span className={`term-wrap${open ? ' open' : ''}`}>
      <button
        type="button"
        className="term"
        aria-describedby={id}
        aria-expanded={open}
        data-testid="glossary-term"
        onClick={() => setOpen(!open)}
        onBlur={() => setOpen(false)}
      >
        {children ?? entry.name}
      </button>
      <span role="tooltip" id={id} className="term-tip">
        {entry.meaning}
      </span>
    </span>
  );
}
