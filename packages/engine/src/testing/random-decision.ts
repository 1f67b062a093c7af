import type { Instrument } from '../rules/instrument.ts';
import type { Decision } from '../scenario/types.ts';
import { type DecisionSpec, decisionFrom, type PositionSpec, TEST_MEMBERS } from './decisions.ts';

/** A deterministic source of numbers in [0, 1): randomness is always an argument. */
export type Rng = () => number;

/**
 * A small seeded generator (mulberry32).
 * @example const rng = seededRng(2024); rng() // 0.…
 */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link randomDecision}. */
export interface RandomDecisionOptions {
  readonly clauses: number;
  /** Default: the 15-member test body. */
  readonly members?: readonly string[];
  readonly permanent?: readonly string[];
  readonly threshold?: number;
  /** Default: chosen at random among all instruments. */
  readonly instrument?: Instrument;
  /** Share of clauses each member values (default 0.4). */
  readonly density?: number;
  /** Chance that a member has a fixed vote or a distribution (default 0.1 each). */
  readonly fixedVotes?: number;
  /** Expected number of red lines per member (default 0.6). */
  readonly redLines?: number;
  /** Share of clauses that are fixed (default 0.1). */
  readonly fixedClauses?: number;
}

const INSTRUMENTS: readonly Instrument[] = [
  'resolution',
  'procedural',
  'presidential-statement',
  'press-statement',
  'press-elements',
];

/**
 * A random decision with random positions (integer values in −5..5, red lines, thresholds, some fixed
 * votes and distributions): the input of the brute-force comparison and of the benchmarks.
 */
export function randomDecision(rng: Rng, options: RandomDecisionOptions): Decision {
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const clauses = Array.from({ length: options.clauses }, (_, i) => `c${i}`);
  const fixedShare = options.fixedClauses ?? 0.1;
  const specClauses = clauses.map((c) => (rng() < fixedShare ? `${c}!` : c));
  const tabled = clauses.filter(() => rng() < 0.6);
  const members = options.members ?? TEST_MEMBERS;
  const positions: Record<string, PositionSpec> = {};
  for (const m of members) positions[m] = randomPosition(rng, int, clauses, options);
  const spec: DecisionSpec = {
    instrument: options.instrument ?? (INSTRUMENTS[int(0, INSTRUMENTS.length - 1)] as Instrument),
    clauses: specClauses,
    tabled,
    positions,
    ...(options.members ? { members: options.members } : {}),
    ...(options.permanent ? { permanent: options.permanent } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  };
  return decisionFrom(spec);
}

function randomPosition(
  rng: Rng,
  int: (lo: number, hi: number) => number,
  clauses: readonly string[],
  options: RandomDecisionOptions,
): PositionSpec {
  const fixedVotes = options.fixedVotes ?? 0.1;
  const r = rng();
  if (r < fixedVotes) return { vote: (['yes', 'no', 'abstain', 'absent'] as const)[int(0, 3)] };
  if (r < 2 * fixedVotes) {
    const yes = int(0, 4) / 4;
    const no = int(0, 4 - yes * 4) / 4;
    return { vote: { yes, no, abstain: 1 - yes - no, absent: 0 } };
  }
  const pick = () => clauses[int(0, clauses.length - 1)] as string;
  const rejects: string[] = [];
  const requires: string[] = [];
  const redLines = options.redLines ?? 0.6;
  for (let i = 0; i < 3; i++) {
    if (rng() < redLines / 6) rejects.push(pick());
    if (rng() < redLines / 6) requires.push(pick());
  }
  const values: Record<string, number> = {};
  let positive = 0;
  for (const c of clauses) {
    if (rng() < (options.density ?? 0.4)) {
      const v = int(-5, 5);
      values[c] = v;
      positive += Math.max(0, v);
    }
  }
  const yesAt = int(-2, Math.max(0, Math.round(positive / 3)));
  const noBelow = rng() < 0.5 ? null : yesAt - int(0, 4);
  return {
    rejects,
    requires,
    onRedLine: rng() < 0.8 ? 'no' : 'abstain',
    values,
    yesAt,
    noBelow,
  };
}

/** Options of {@link blocDecision}. */
export interface BlocDecisionOptions {
  readonly clauses: number;
  readonly members: number;
  readonly blocs: number;
  readonly threshold: number;
}

/**
 * A General-Assembly-sized custom body: members in a handful of blocs, each member holding its bloc's
 * position with small changes of its own (a few values nudged by ±1, its yes threshold moved by ±1).
 */
export function blocDecision(rng: Rng, options: BlocDecisionOptions): Decision {
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const clauses = Array.from({ length: options.clauses }, (_, i) => `c${i}`);
  const blocs = Array.from({ length: options.blocs }, () =>
    randomPosition(rng, int, clauses, { clauses: options.clauses, fixedVotes: 0, redLines: 0.8, density: 0.5 }),
  );
  const members = Array.from({ length: options.members }, (_, i) => `M${i + 1}`);
  const positions: Record<string, PositionSpec> = {};
  for (const m of members) {
    const bloc = blocs[int(0, blocs.length - 1)] as PositionSpec;
    const values: Record<string, number> = { ...bloc.values };
    for (let i = 0; i < 3; i++) {
      const c = clauses[int(0, clauses.length - 1)] as string;
      values[c] = (values[c] ?? 0) + (rng() < 0.5 ? -1 : 1);
    }
    positions[m] = { ...bloc, values, yesAt: (bloc.yesAt ?? 0) + int(-1, 1) };
  }
  return decisionFrom({
    instrument: 'resolution',
    clauses,
    tabled: clauses.filter(() => rng() < 0.6),
    members,
    permanent: [],
    threshold: options.threshold,
    positions,
  });
}
