import type { Decision } from '@horseshoe/engine';
import { type KeyboardEvent, type ReactNode, useMemo } from 'react';
import { ScrollRegion } from '../../ui/scroll-region.tsx';
import { clauseLabel } from '../../words/sentences.ts';
import { Chamber } from '../chamber/chamber.tsx';
import { TallyChart } from '../chamber/tally-chart.tsx';
import { seatsOf, tallyOf } from '../chamber/views.ts';
import { evaluationAt, type NegotiationFrame } from './frames.ts';
import { usePlayer } from './use-player.ts';

interface StepperProps {
  readonly decision: Decision;
  readonly frames: readonly NegotiationFrame[];
  /** The frame shown (within range). */
  readonly step: number;
  readonly onStep: (step: number) => void;
  /** Shown under the last frame: the outcome and the comparison with the exact search. */
  readonly end: ReactNode;
  readonly onSelectMember: (code: string) => void;
}

/**
 * The talks step by step: Back, Play/Pause and Next (also the arrow keys, Home and End), a slider and the
 * list of steps; the chamber shows each member's predicted vote on the text on the table at the step.
 */
export function NegotiationStepper({ decision, frames, step, onStep, end, onSelectMember }: StepperProps) {
  const { playing, toggle, pause } = usePlayer(step, frames.length, onStep);
  const frame = frames[step];
  const evaluation = useMemo(() => (frame ? evaluationAt(decision, frame.text) : null), [decision, frame]);
  if (!frame || !evaluation) return null;
  const last = frames.length - 1;
  const go = (to: number) => {
    pause();
    onStep(Math.max(0, Math.min(last, to)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    const to = { ArrowLeft: step - 1, ArrowRight: step + 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  const position = `Step ${step + 1} of ${frames.length}`;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the arrow keys step through the talks from any control of the player (each is a button or the slider)
    <div className="negotiate-player" onKeyDown={onKeyDown} data-testid="negotiate-player">
      <fieldset className="negotiate-controls">
        <legend className="visually-hidden">Step through the talks</legend>
        <button type="button" onClick={() => go(step - 1)} aria-disabled={step === 0} aria-keyshortcuts="ArrowLeft">
          <span aria-hidden="true">◀ </span>Back
        </button>
        <button type="button" onClick={toggle} data-testid="negotiate-play">
          {playing ? (
            <>
              <span aria-hidden="true">❚❚ </span>Pause
            </>
          ) : (
            <>
              <span aria-hidden="true">▶ </span>Play
            </>
          )}
        </button>
        <button type="button" onClick={() => go(step + 1)} aria-disabled={step === last} aria-keyshortcuts="ArrowRight">
          Next<span aria-hidden="true"> ▶</span>
        </button>
        <label className="negotiate-slider">
          <span data-testid="negotiate-position">{position}</span>
          <input
            type="range"
            min={0}
            max={last}
            value={step}
            aria-valuetext={`${position}: ${frame.stage}`}
            onChange={(e) => go(Number(e.target.value))}
          />
        </label>
      </fieldset>
      <p className="visually-hidden" aria-live="polite" data-testid="negotiate-announcement">
        {`${position}. ${frame.stage}. ${frame.words}`}
      </p>
      <div className="negotiate-frame" data-testid="negotiate-frame" data-step={step} data-action={frame.action}>
        <h3>
          {frame.stage}
          <span className="muted"> · {position}</span>
        </h3>
        <p className="negotiate-action" data-testid="negotiate-action">
          {frame.words}
        </p>
        <TextOnTable decision={decision} frame={frame} />
        <Chamber
          seats={seatsOf(evaluation)}
          selected={null}
          onSelect={onSelectMember}
          caption={`Predicted votes on the text on the table at ${frame.stage.toLowerCase()}`}
        />
        <TallyChart tally={tallyOf(evaluation)} />
      </div>
      {step === last ? end : null}
      <h3 id="negotiate-steps-title">Every step</h3>
      <ScrollRegion className="negotiate-steps" label="Every step of the talks">
        <ol>
          {frames.map((f, i) => (
            <li key={f.id}>
              <button
                type="button"
                className="link"
                aria-current={i === step ? 'step' : undefined}
                onClick={() => go(i)}
              >
                <span className="negotiate-stage">{f.stage}:</span> {f.words}
              </button>
            </li>
          ))}
        </ol>
      </ScrollRegion>
    </div>
  );
}

/** The text on the table at a frame, as its clauses read, with what the frame added or deleted. */
function TextOnTable({ decision, frame }: { decision: Decision; frame: NegotiationFrame }) {
  return (
    <div className="negotiate-text">
      <h4>The text on the table</h4>
      {frame.text.length === 0 ? (
        <p className="muted">No clause.</p>
      ) : (
        <ol data-testid="negotiate-text">
          {frame.text.map((c) => (
            <li key={c} data-clause={c} className={frame.added.includes(c) ? 'added' : undefined}>
              {clauseLabel(decision.clauses, c)}
              {frame.added.includes(c) ? <span className="negotiate-change"> (added at this step)</span> : null}
            </li>
          ))}
        </ol>
      )}
      {frame.deleted.length > 0 ? (
        <p data-testid="negotiate-deleted">
          Deleted at this step:{' '}
          {frame.deleted.map((c, i) => (
            <span key={c}>
              {i > 0 ? ', ' : ''}
              <del data-clause={c}>{clauseLabel(decision.clauses, c)}</del>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
