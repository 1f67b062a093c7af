// The dense search family of issue 17: 15 members (5 permanent, threshold 9) whose positions touch many
// clauses, so the search cannot ignore most of the text. Seeded, so a benchmark names its instances.
import type { Decision } from '../scenario/types.ts';
import { type DecisionSpec, decisionFrom, type PositionSpec, TEST_MEMBERS } from './decisions.ts';
import type { Rng } from './random-decision.ts';

/** Options of {@link denseDecision}. */
export interface DenseDecisionOptions {
  readonly clauses: number;
}

/**
 * A resolution with `clauses` clauses c0.. (a random 60 % tabled) before the 15-member test body (5
 * permanent, threshold 9). Each member: values ~30 % of the clauses (integers −5..5, each clause with
 * probability 0.3); with probability 1/3 rejects one or two clauses; with probability 1/4 requires one;
 * with probability 1/5 abstains (rather than votes no) on a red line; with probability 1/2 has `yesAt`
 * uniform in −2..4 (else the default 0); with probability 0.4 has `noBelow` = `yesAt` − (0..3).
 * @example denseDecision(seededRng(200), { clauses: 200 })
 */
export function denseDecision(rng: Rng, options: DenseDecisionOptions): Decision {
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const clauses = Array.from({ length: options.clauses }, (_, i) => `c${i}`);
  const pick = () => clauses[int(0, clauses.length - 1)] as string;
  const positions: Record<string, PositionSpec> = {};
  for (const m of TEST_MEMBERS) {
    const values: Record<string, number> = {};
    for (const c of clauses) if (rng() < 0.3) values[c] = int(-5, 5);
    const rejects = rng() < 1 / 3 ? Array.from({ length: int(1, 2) }, pick) : [];
    const requires = rng() < 1 / 4 ? [pick()] : [];
    const onRedLine = rng() < 1 / 5 ? 'abstain' : 'no';
    const yesAt = rng() < 1 / 2 ? int(-2, 4) : 0;
    const noBelow = rng() < 0.4 ? yesAt - int(0, 3) : null;
    positions[m] = { rejects: [...new Set(rejects)], requires, onRedLine, values, yesAt, noBelow };
  }
  const spec: DecisionSpec = {
    instrument: 'resolution',
    clauses,
    tabled: clauses.filter(() => rng() < 0.6),
    positions,
  };
  return decisionFrom(spec);
}
