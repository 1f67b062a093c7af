import { PERMANENT_SEAT_CODES } from '../council/permanent-members.ts';
import { type ClauseId, clauseId, type MemberId, memberId } from '../ids.ts';
import type { Instrument } from '../rules/instrument.ts';
import { DEFAULT_POSITION, type Position } from './position.ts';
import type { Body, Clause, Decision } from './types.ts';

/** The short description {@link createDecision} accepts: plain strings, partial positions. */
export interface DecisionSpec {
  readonly id?: string;
  readonly instrument?: Instrument;
  /** Member codes; default the five permanent members and ten elected ones `E1`…`E10`. */
  readonly members?: readonly string[];
  /** Veto holders; default `CHN FRA RUS GBR USA` (those present in `members`). */
  readonly permanent?: readonly string[];
  /** Default 9. */
  readonly threshold?: number;
  /** Clause ids (non-fixed) or full clauses. */
  readonly clauses?: readonly (string | { readonly id: string; readonly fixed?: boolean; readonly text?: string })[];
  /** Default: every clause. */
  readonly tabled?: readonly string[];
  /** Partial positions, every missing field at its default. */
  readonly positions?: Readonly<Record<string, Partial<Position>>>;
}

const P5: readonly string[] = PERMANENT_SEAT_CODES;
const E10 = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10'];

/**
 * Builds a valid {@link Decision} from a short description, for tests, examples and what-ifs.
 * It does not check the description: scenario files are checked by `@horseshoe/protocol`.
 * @example createDecision({ instrument: 'resolution', clauses: ['ceasefire'], positions: { RUS: { rejects: [clauseId('ceasefire')] } } })
 */
export function createDecision(spec: DecisionSpec = {}): Decision {
  const members = (spec.members ?? [...P5, ...E10]).map(memberId);
  const permanent = (spec.permanent ?? P5).map(memberId).filter((m) => members.includes(m));
  const body: Body = {
    members,
    permanent,
    threshold: spec.threshold ?? 9,
    names: Object.fromEntries(members.map((m) => [m, m])),
    date: null,
  };
  const clauses: Clause[] = (spec.clauses ?? []).map((c) =>
    typeof c === 'string'
      ? { id: clauseId(c), text: null, fixed: false }
      : { id: clauseId(c.id), text: c.text ?? null, fixed: c.fixed ?? false },
  );
  const positions = new Map<MemberId, Position>(
    Object.entries(spec.positions ?? {}).map(([code, p]) => [memberId(code), { ...DEFAULT_POSITION, ...p }]),
  );
  const tabled: ClauseId[] = spec.tabled ? spec.tabled.map(clauseId) : clauses.map((c) => c.id);
  return { id: spec.id ?? 'draft', instrument: spec.instrument ?? 'resolution', clauses, tabled, body, positions };
}
