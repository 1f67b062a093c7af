import type { Decision, MemberId } from '@horseshoe/engine';
import {
  DEFAULT_STRATEGY,
  isStrategyName,
  negotiate,
  STRATEGY_NAMES,
  type StrategyName,
  seededRng,
} from '@horseshoe/engine/negotiation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NegotiationEnd } from './end-view.tsx';
import './negotiate.css';
import { framesOf } from './frames.ts';
import {
  MAX_ROUNDS,
  type NegotiationSettings,
  readSettings,
  strategyMap,
  strategyOf,
  withStrategy,
  writeSettings,
} from './settings.ts';
import { NegotiationStepper } from './stepper.tsx';

interface NegotiatePanelProps {
  readonly decision: Decision;
  /** The settings and step as the address keeps them ('' for the defaults). */
  readonly address: string;
  readonly onAddress: (address: string) => void;
  readonly onClose: () => void;
  readonly onSelectMember: (code: string) => void;
  /** Moves focus to the panel's title once it is shown (it replaced the button that opened it). */
  readonly focusOnOpen: boolean;
}

const STRATEGY_LABEL: Readonly<Record<StrategyName, string>> = {
  'hard-liner': 'Hard-liner (never concedes)',
  boulware: 'Boulware (holds out until near the deadline)',
  conceder: 'Conceder (gives most of the way early)',
  'tit-for-tat': 'Tit-for-tat (concedes as the others concede)',
};

/**
 * The negotiation of the selected decision, played by the engine's AI delegations in the browser
 * (`negotiate` is pure) and shown step by step (docs/negotiate.md; issue 15, item 4).
 */
export function NegotiatePanel({
  decision,
  address,
  onAddress,
  onClose,
  onSelectMember,
  focusOnOpen,
}: NegotiatePanelProps) {
  const title = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the panel first shows
  useEffect(() => {
    if (focusOnOpen) title.current?.focus();
  }, []);
  const settings = useMemo(() => readSettings(address, decision), [address, decision]);
  const update = useCallback((s: NegotiationSettings) => onAddress(writeSettings(s)), [onAddress]);
  const { penholder, rounds, seed } = settings;
  const strategiesKey = JSON.stringify(settings.strategies);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the strategies are compared by their key, not their identity
  const played = useMemo(() => {
    try {
      const strategies = strategyMap(settings);
      const result = negotiate({ decision, penholder, rounds, strategies, rng: seededRng(seed) });
      return { ok: true as const, result, frames: framesOf(decision, result) };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [decision, penholder, rounds, seed, strategiesKey]);
  const step = played.ok ? Math.min(settings.step, played.frames.length - 1) : 0;
  const onStep = useCallback((s: number) => update({ ...settings, step: s }), [settings, update]);
  const name = (m: string) => decision.body.names[m] ?? m;
  return (
    <section className="panel negotiate" aria-labelledby="negotiate-title" data-testid="negotiate-panel">
      <div className="panel-head">
        <h2 id="negotiate-title" ref={title} tabIndex={-1}>
          Negotiate this text
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">
        An AI delegation per member plays the talks, as <code>horseshoe negotiate</code> does: each objects, asks for
        the change that would win it and votes as its position says; the penholder accepts amendments as its strategy
        allows. Computed by the engine in your browser.
      </p>
      <fieldset className="negotiate-settings">
        <legend>Talks</legend>
        <div className="negotiate-settings-row">
          <label className="negotiate-penholder">
            Penholder
            <select
              value={penholder}
              data-testid="negotiate-penholder"
              onChange={(e) => update({ ...settings, penholder: e.target.value as MemberId, step: 0 })}
            >
              {decision.body.members.map((m) => (
                <option key={m} value={m}>
                  {name(m)} ({m})
                </option>
              ))}
            </select>
          </label>
          <WholeNumberField
            label="Rounds"
            value={rounds}
            min={1}
            max={MAX_ROUNDS}
            testId="negotiate-rounds"
            onChange={(n) => update({ ...settings, rounds: n, step: 0 })}
          />
          <WholeNumberField
            label="Seed (speaking order)"
            value={seed}
            min={-(2 ** 31)}
            max={2 ** 31 - 1}
            testId="negotiate-seed"
            onChange={(n) => update({ ...settings, seed: n, step: 0 })}
          />
        </div>
        <details className="negotiate-strategies">
          <summary>Strategies by member (default: the file's `strategy:`, else {DEFAULT_STRATEGY})</summary>
          <p className="muted">
            A strategy sets how fast a delegation comes down from what it asks for, round by round; no strategy concedes
            a red line (docs/negotiate.md).
          </p>
          <div className="negotiate-strategy-grid">
            {decision.body.members.map((m) => (
              <label key={m}>
                {name(m)}
                <select
                  value={strategyOf(settings, decision, m)}
                  data-member={m}
                  onChange={(e) => {
                    if (isStrategyName(e.target.value)) update(withStrategy(settings, decision, m, e.target.value));
                  }}
                >
                  {STRATEGY_NAMES.map((s) => (
                    <option key={s} value={s}>
                      {STRATEGY_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </details>
      </fieldset>
      {played.ok ? (
        <NegotiationStepper
          decision={decision}
          frames={played.frames}
          step={step}
          onStep={onStep}
          onSelectMember={onSelectMember}
          end={<NegotiationEnd decision={decision} penholder={penholder} result={played.result} />}
        />
      ) : (
        <p role="alert" className="error-banner">
          The talks could not be played: {played.message}
        </p>
      )}
    </section>
  );
}

interface WholeNumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly testId: string;
  readonly onChange: (n: number) => void;
}

/** A whole-number input that lets the user clear and retype it: only a valid number is passed on. */
function WholeNumberField({ label, value, min, max, testId, onChange }: WholeNumberFieldProps) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText((t) => (Number(t) === value && t !== '' ? t : String(value))), [value]);
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
  return (
    <label>
      {label}
      <input
        type="number"
        inputMode="numeric"
        step={1}
        min={min}
        max={max}
        value={text}
        aria-invalid={!valid}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isInteger(v) && v >= min && v <= max) onChange(v);
        }}
        onBlur={() => {
          if (!valid) setText(String(value));
        }}
      />
    </label>
  );
}
