import { clauseId } from '../ids.ts';
import type { Instrument } from '../rules/instrument.ts';
import { createDecision } from '../scenario/create-decision.ts';
import { DEFAULT_POSITION, type Position } from '../scenario/position.ts';
import type { Decision } from '../scenario/types.ts';

/** A position written in short: every field optional, clause ids as plain strings. */
export interface PositionSpec {
  readonly rejects?: readonly string[];
  readonly requires?: readonly string[];
  readonly onRedLine?: 'no' | 'abstain';
  readonly values?: Readonly<Record<string, number>>;
  readonly yesAt?: number;
  readonly noBelow?: number | null;
  readonly vote?: Position['vote'];
}

/** A decision written in short, for tests and benchmarks. */
export interface DecisionSpec {
  readonly id?: string;
  readonly instrument?: Instrument;
  /** Clause ids; a trailing `!` marks a fixed clause (`'ceasefire!'`). */
  readonly clauses: readonly string[];
  /** Default: every clause. */
  readonly tabled?: readonly string[];
  /** Default: the 15 members `P1`..`P5`, `E1`..`E10`, threshold 9, `P1`..`P5` permanent. */
  readonly members?: readonly string[];
  readonly permanent?: readonly string[];
  readonly threshold?: number;
  readonly positions?: Readonly<Record<string, PositionSpec>>;
}

/** The default test body: five permanent members and ten elected, threshold 9. */
export const TEST_MEMBERS: readonly string[] = [
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  ...Array.from({ length: 10 }, (_, i) => `E${i + 1}`),
];

/** Fills a short position with the defaults of scenarios.md. */
export function positionFrom(spec: PositionSpec): Position {
  return {
    ...DEFAULT_POSITION,
    ...(spec.rejects ? { rejects: spec.rejects.map(clauseId) } : {}),
    ...(spec.requires ? { requires: spec.requires.map(clauseId) } : {}),
    ...(spec.onRedLine ? { onRedLine: spec.onRedLine } : {}),
    ...(spec.values ? { values: spec.values } : {}),
    ...(spec.yesAt !== undefined ? { yesAt: spec.yesAt } : {}),
    ...(spec.noBelow !== undefined ? { noBelow: spec.noBelow } : {}),
    ...(spec.vote !== undefined ? { vote: spec.vote } : {}),
  };
}

/**
 * Builds a resolved {@link Decision} from a short spec (a custom body), through the engine's own
 * {@link createDecision}.
 * @example decisionFrom({ clauses: ['a', 'b!'], positions: { P1: { rejects: ['a'] } } })
 */
export function decisionFrom(spec: DecisionSpec): Decision {
  return createDecision({
    ...spec,
    clauses: spec.clauses.map((raw) => (raw.endsWith('!') ? { id: raw.slice(0, -1), fixed: true } : raw)),
    members: spec.members ?? TEST_MEMBERS,
    permanent: spec.permanent ?? (spec.members ? [] : TEST_MEMBERS.slice(0, 5)),
    positions: Object.fromEntries(Object.entries(spec.positions ?? {}).map(([m, p]) => [m, positionFrom(p)])),
  });
}
