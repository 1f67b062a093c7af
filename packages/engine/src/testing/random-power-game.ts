// The random weighted games of the power benchmarks (issue 17): weights uniform on 1..100, quota half the
// total weight plus one, drawn with seededRng so that every run (and every other program given the same
// weights) sees the same game.
import type { PowerGame } from '../power/games.ts';
import { seededRng } from './random-decision.ts';

/**
 * A random weighted game of `n` players p1..pn: each weight uniform on 1..100 (`1 + ⌊100·u⌋`), quota
 * ⌊total / 2⌋ + 1. The seed defaults to `n`, so "the 200-player game" names one game.
 * @example randomWeightedGame(50).rule // { type: 'weighted', quota: ..., weights: [...] }
 */
export function randomWeightedGame(n: number, seed = n): PowerGame & { rule: { type: 'weighted' } } {
  const rnd = seededRng(seed);
  const weights = Array.from({ length: n }, () => 1 + Math.floor(rnd() * 100));
  const total = weights.reduce((a, b) => a + b, 0);
  return {
    players: weights.map((_, i) => `p${i + 1}`),
    rule: { type: 'weighted', quota: Math.floor(total / 2) + 1, weights },
  };
}
