import { useEffect, useRef, useState } from 'react';

interface TourStep {
  readonly title: string;
  readonly text: string;
  /** A CSS selector of the part of the screen the step is about. */
  readonly target: string;
}

const STEPS: readonly TourStep[] = [
  {
    title: 'Three decisions, April 2019',
    text: 'The tabs are what the Council tried after the LNA moved on Tripoli: press elements on 5 April (agreed), a formal presidential statement (blocked) and the British draft resolution (vetoed). The page opens on the draft.',
    target: '[data-tour="decisions"]',
  },
  {
    title: 'The chamber',
    text: 'Each seat is a member, with its predicted vote: ✓ yes, ✗ no, – abstain. The five permanent members (★) sit at the head of the table. Russia’s no on the draft is a veto.',
    target: '.chamber',
  },
  {
    title: 'The outcome',
    text: 'Above the chamber, the outcome in the words the President would use; below it, the tally against the nine votes a resolution needs.',
    target: '[data-testid="verdict"]',
  },
  {
    title: 'What if…',
    text: 'Change the text here. Open the presidential statement and untick the clause naming the Libyan National Army: Russia then agrees, but the United States objects. That is the deadlock the press reported.',
    target: '.what-ifs',
  },
  {
    title: 'A member’s position',
    text: 'Select a seat to see why the member votes as it does, and change its red lines or its vote. Every change can be saved as a scenario file.',
    target: '.chamber .seat[data-member="RUS"]',
  },
];

/** A short guided tour of the founding case: five steps, each pointing at part of the screen. */
export function Tour({ onClose }: { onClose: () => void }) {
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = STEPS[step] ?? STEPS[0];
  useEffect(() => {
    heading.current?.focus();
    const target = current ? document.querySelector<HTMLElement>(current.target) : null;
    target?.classList.add('tour-target');
    target?.scrollIntoView?.({ block: 'nearest' });
    return () => target?.classList.remove('tour-target');
  }, [current]);
  if (!current) return null;
  const last = step === STEPS.length - 1;
  return (
    <section
      className="panel tour"
      aria-labelledby="tour-title"
      data-testid="tour"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="muted">
        Tour, step {step + 1} of {STEPS.length}
      </p>
      <h2 id="tour-title" ref={heading} tabIndex={-1}>
        {current.title}
      </h2>
      <p>{current.text}</p>
      <div className="file-actions">
        {step > 0 ? (
          <button type="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        ) : null}
        {last ? (
          <button type="button" onClick={onClose}>
            Done
          </button>
        ) : (
          <button type="button" onClick={() => setStep(step + 1)}>
            Next
          </button>
        )}
        {last ? null : (
          <button type="button" className="link" onClick={onClose}>
            Skip the tour
          </button>
        )}
      </div>
    </section>
  );
}
