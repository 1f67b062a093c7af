import { PERMANENT_SEAT_CODES } from '../council/permanent-members.ts';
import type { Council } from '../council/seats.ts';
import type { PowerGame, PowerRule } from './games.ts';

/** A body described by its seats: who holds a veto and how many affirmative votes a decision needs. */
export interface VetoBody {
  readonly members: readonly { readonly name: string; readonly veto: boolean }[];
  /** Affirmative votes required, veto holders included. */
  readonly quota: number;
}

/**
 * The a-priori game of a body where a decision needs `quota` affirmative votes including every veto holder
 * (Art. 27(3) for substantive matters): `all(count ≥ quota, every veto holder)`. Abstaining counts as not
 * voting yes, as in the voting-power literature; the Council's practice that a permanent member's abstention
 * is no veto is a matter for power in context (context.ts), not for a-priori power.
 * @example vetoBodyGame({ members: [{ name: 'A', veto: true }, { name: 'B', veto: false }], quota: 1 })
 */
export function vetoBodyGame(body: VetoBody): PowerGame {
  const ones = body.members.map(() => 1);
  const vetoWeights: number[] = body.members.map((m) => (m.veto ? 1 : 0));
  const vetoes = vetoWeights.reduce((a, b) => a + b, 0);
  const count: PowerRule = { type: 'weighted', quota: body.quota, weights: ones };
  const rule: PowerRule =
    vetoes === 0 ? count : { type: 'all', rules: [count, { type: 'weighted', quota: vetoes, weights: vetoWeights }] };
  return { players: body.members.map((m) => m.name), rule };
}

/**
 * The Council on a date as a game: its members (permanent members hold the veto) and its threshold.
 * @example councilGame(council).players // ['CHN', 'FRA', 'RUS', 'GBR', 'USA', …]
 */
export function councilGame(council: Council): PowerGame {
  return vetoBodyGame({
    members: council.members.map((m) => ({ name: m.code, veto: m.permanent })),
    quota: council.threshold,
  });
}

/** A reform model of the Council: its seats and the affirmative votes it is assumed to need. */
export interface ReformModel {
  readonly id: ReformModelId;
  readonly title: string;
  readonly seats: readonly {
    readonly label: string;
    readonly count: number;
    readonly veto: boolean;
    readonly names?: readonly string[];
  }[];
  readonly quota: number;
  /** Where the seats and the quota come from, and which part is our assumption. */
  readonly source: string;
}

/** The built-in reform models. */
export type ReformModelId = 'model-a' | 'model-b' | 'g4';

const P5 = {
  label: 'permanent with veto',
  count: PERMANENT_SEAT_CODES.length,
  veto: true,
  names: [...PERMANENT_SEAT_CODES],
};

/** The built-in reform models, by id. */
export const REFORM_MODELS: Readonly<Record<ReformModelId, ReformModel>> = {
  // High-level Panel on Threats, Challenges and Change, "A more secure world" (A/59/565, 2 Dec 2004),
  // paras 252-253: Model A adds six permanent seats without veto and three two-year elected seats (24).
  // The panel proposed no voting threshold; 14 of 24 is our assumption (adjustable with --quota).
  'model-a': {
    id: 'model-a',
    title: '2004 High-level Panel, Model A (24 members)',
    seats: [
      P5,
      { label: 'new permanent without veto', count: 6, veto: false },
      { label: 'elected two-year', count: 13, veto: false },
    ],
    quota: 14,
    source:
      'A/59/565 (2004) paras 252-253: 5 permanent with veto + 6 new permanent without veto + 13 two-year seats; the panel set no threshold, 14 of 24 is assumed',
  },
  // Same report, para 253: Model B adds no permanent seat, creates eight four-year renewable seats and one
  // new two-year seat (24). Threshold again our assumption: 14 of 24.
  'model-b': {
    id: 'model-b',
    title: '2004 High-level Panel, Model B (24 members)',
    seats: [
      P5,
      { label: 'four-year renewable', count: 8, veto: false },
      { label: 'elected two-year', count: 11, veto: false },
    ],
    quota: 14,
    source:
      'A/59/565 (2004) para 253: 5 permanent with veto + 8 four-year renewable + 11 two-year seats; the panel set no threshold, 14 of 24 is assumed',
  },
  // G4 draft resolution A/59/L.64 (6 July 2005): six new permanent members (Brazil, Germany, India, Japan
  // and two African states) who would not exercise the veto until a review 15 years on, plus four new
  // elected seats (25). The draft amends Art. 27; the figure of 14 votes is as we recall it and could not be
  // checked here (UNCONFIRMED).
  g4: {
    id: 'g4',
    title: 'G4 proposal, A/59/L.64 (25 members)',
    seats: [
      P5,
      { label: 'new permanent without veto', count: 6, veto: false, names: ['BRA', 'DEU', 'IND', 'JPN', 'AF1', 'AF2'] },
      { label: 'elected two-year', count: 14, veto: false },
    ],
    quota: 14,
    source:
      'A/59/L.64 (2005): 5 permanent with veto + 6 new permanent without veto (G4 + 2 African) + 14 elected; 14 of 25 votes (UNCONFIRMED)',
  },
};

/**
 * The a-priori game of a reform model; `quota` overrides the model's assumed threshold. Unnamed seats are
 * named by kind and number (`NP1`, `R1`, `E1`).
 * @example reformModelGame(REFORM_MODELS['model-a']).players.length // 24
 */
export function reformModelGame(model: ReformModel, quota = model.quota): PowerGame {
  const prefix: Record<string, string> = {
    'new permanent without veto': 'NP',
    'four-year renewable': 'R',
    'elected two-year': 'E',
  };
  const members = model.seats.flatMap((seat) =>
    Array.from({ length: seat.count }, (_, i) => ({
      name: seat.names?.[i] ?? `${prefix[seat.label] ?? 'S'}${i + 1}`,
      veto: seat.veto,
    })),
  );
  return vetoBodyGame({ members, quota });
}
