import { CAST_VOTES, type CastVote, DISTRIBUTION_TOLERANCE, type VoteDistribution } from '@horseshoe/engine';
import { useEffect, useState } from 'react';
import type { ApplyResult } from '../../state/use-scenario.ts';
import { shareRemainder } from './share-remainder.ts';

interface DistributionFieldsProps {
  /** The distribution in force. */
  readonly distribution: VoteDistribution;
  /** Commits a distribution; the engine's answer says whether it applied or why not. */
  readonly onCommit: (distribution: VoteDistribution) => ApplyResult;
}

/**
 * The four shares of an uncertain vote. What the user types stays in the fields; the shares reach the
 * engine only when they are all numbers summing to 1. Until then the error is shown beside the
 * fields, with what is left to assign (or assigned too much) and a button per vote to settle it there,
 * and the member keeps its last valid distribution.
 */
export function DistributionFields({ distribution, onCommit }: DistributionFieldsProps) {
  const [texts, setTexts] = useState(() => textsOf(distribution));
  const [engineError, setEngineError] = useState<string | null>(null);
  useEffect(() => {
    setTexts((current) => (sameShares(current, distribution) ? current : textsOf(distribution)));
  }, [distribution]);
  const numbers = CAST_VOTES.map((v) => (texts[v].trim() === '' ? 0 : Number(texts[v])));
  const sum = numbers.reduce((s, p) => s + p, 0);
  const problem = numbers.some((p) => !Number.isFinite(p))
    ? 'Each share must be a number.'
    : Math.abs(sum - 1) > DISTRIBUTION_TOLERANCE
      ? `The shares sum to ${Math.round(sum * 1000) / 1000}; they must sum to 1.`
      : null;
  const remainder = shareRemainder({
    yes: numbers[0] ?? 0,
    no: numbers[1] ?? 0,
    abstain: numbers[2] ?? 0,
    absent: numbers[3] ?? 0,
  });
  const change = (vote: CastVote, text: string) => commitTexts({ ...texts, [vote]: text });
  const commitTexts = (next: Record<CastVote, string>) => {
    setTexts(next);
    const values = CAST_VOTES.map((v) => (next[v].trim() === '' ? 0 : Number(next[v])));
    const total = values.reduce((s, p) => s + p, 0);
    if (values.some((p) => !Number.isFinite(p)) || Math.abs(total - 1) > DISTRIBUTION_TOLERANCE) return;
    const [yes = 0, no = 0, abstain = 0, absent = 0] = values;
    const r = onCommit({ yes, no, abstain, absent });
    setEngineError(r.ok ? null : (r.errors[0]?.message ?? 'these shares cannot be used'));
  };
  const error = problem ?? engineError;
  return (
    <fieldset className="distribution" data-testid="distribution">
      <legend>Probabilities (must sum to 1)</legend>
      <div className="field-row">
        {CAST_VOTES.map((v) => (
          <label key={v} className="number-field">
            <span>{v}</span>
            <input
              type="number"
              inputMode="decimal"
              step={0.05}
              min={0}
              max={1}
              value={texts[v]}
              aria-invalid={error !== null}
              aria-describedby={error ? 'distribution-error' : undefined}
              onChange={(e) => change(v, e.target.value)}
            />
          </label>
        ))}
      </div>
      {error ? (
        <div id="distribution-error" className="warning" role="alert" data-testid="distribution-error">
          <p>
            {error}
            {remainder
              ? remainder.remainder > 0
                ? ` ${remainder.remainder} is left to assign.`
                : ` ${-remainder.remainder} too much is assigned.`
              : ''}{' '}
            The member keeps its last valid shares until then.
          </p>
          {remainder && remainder.fixes.length > 0 ? (
            <p className="share-fixes" data-testid="share-fixes">
              {remainder.fixes.map((f) => (
                <button
                  type="button"
                  key={f.vote}
                  onClick={() => commitTexts(textsOf({ ...f.shares }))}
                  data-vote={f.vote}
                >
                  {remainder.remainder > 0
                    ? `Give ${remainder.remainder} to ${f.vote}`
                    : `Take ${-remainder.remainder} from ${f.vote}`}
                </button>
              ))}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="muted">Sum: 1</p>
      )}
    </fieldset>
  );
}

function textsOf(d: Readonly<Record<CastVote, number>>): Record<CastVote, string> {
  return { yes: String(d.yes), no: String(d.no), abstain: String(d.abstain), absent: String(d.absent) };
}

function sameShares(texts: Record<CastVote, string>, d: VoteDistribution): boolean {
  return CAST_VOTES.every((v) => (texts[v].trim() === '' ? 0 : Number(texts[v])) === d[v]);
}
