import type { Rational } from './rational.ts';

/**
 * What a counting method found about a game, from which every index follows (indices.ts). Counts are exact.
 * A method leaves a part `null` when it cannot compute it, and says why in `unavailable`.
 */
export interface PowerCounts {
  readonly n: number;
  /** Winning coalitions among the 2^n. */
  readonly winning: bigint;
  /** Per player: coalitions S of the others such that S loses and S plus the player wins. */
  readonly swings: readonly bigint[];
  /** Per player and size s = |S|: those swing coalitions of size s (needed for Shapley–Shubik). */
  readonly swingsBySize: readonly (readonly bigint[])[] | null;
  /** Per player: Σ over winning coalitions where the player is critical of 1 / (number of critical members). */
  readonly johnstonRaw: readonly Rational[] | null;
  readonly minimalWinning: MinimalWinningCounts | null;
  /** Why a part is missing, by the index it would have fed. */
  readonly unavailable: Readonly<Partial<Record<IndexName, string>>>;
  /** True when the caller's stop check (a time limit) cut off some part; those parts are in `unavailable`. */
  readonly stopped?: boolean;
}

/** Counts over minimal winning coalitions (Deegan–Packel and Holler). */
export interface MinimalWinningCounts {
  readonly count: bigint;
  /** Per player: minimal winning coalitions that contain it. */
  readonly membership: readonly bigint[];
  /** Per player: Σ over the minimal winning coalitions that contain it of 1 / size (null: not computed). */
  readonly sizeWeighted: readonly Rational[] | null;
}

/** The indices Horseshoe computes, by their JSON key. */
export type IndexName =
  | 'shapleyShubik'
  | 'banzhaf'
  | 'penrose'
  | 'colemanPrevent'
  | 'colemanInitiate'
  | 'johnston'
  | 'deeganPackel'
  | 'holler';

/** Every {@link IndexName}, in display order. */
export const INDEX_NAMES: readonly IndexName[] = [
  'shapleyShubik',
  'banzhaf',
  'penrose',
  'colemanPrevent',
  'colemanInitiate',
  'johnston',
  'deeganPackel',
  'holler',
];

/** The name of each index as a researcher writes it. */
export const INDEX_LABELS: Readonly<Record<IndexName, string>> = {
  shapleyShubik: 'Shapley–Shubik',
  banzhaf: 'Banzhaf (normalized)',
  penrose: 'Penrose (absolute Banzhaf)',
  colemanPrevent: 'Coleman power to prevent',
  colemanInitiate: 'Coleman power to initiate',
  johnston: 'Johnston',
  deeganPackel: 'Deegan–Packel',
  holler: 'Holler public good',
};
