// Kept as an independent reference: the weight DP now counts Holler by lightest weight class
// (minimal-winning-classes.ts); the tests check the two against each other on games too large to enumerate.
import type { WeightedLeaf } from '../games.ts';
import { countExactly, moduliFor, SMALL_MODULUS_BITS } from '../modular.ts';
import { checkStop, type StopCheck } from './stop.ts';

/** Cell updates {@link countMinimalWinningMembership} would spend (summed over moduli). */
export function membershipWork(leaf: WeightedLeaf): number {
  return 3 * leaf.weights.length * leaf.quota * moduliFor(leaf.weights.length + 1, SMALL_MODULUS_BITS);
}

/** Bytes {@link countMinimalWinningMembership} holds: one weight row per player, of doubles. */
export function membershipMemory(leaf: WeightedLeaf): number {
  return 8 * (leaf.weights.length + 2) * leaf.quota;
}

/**
 * The minimal winning coalitions of one weighted rule, and per player those that contain it (Holler), by
 * generating functions over weight and lightest member, O(n · q) per modulus. With the players heaviest
 * first, a coalition wins minimally exactly when it wins and loses without its lightest member j. A forward
 * table P_k(t) counts subsets of the first k players of weight t < q; a backward table H_k(t) counts the ways
 * to complete a coalition of weight t with players after k so that it ends minimal winning:
 * H_k(t) = H_{k+1}(t) + [t ≥ q − w_{k+1}] + [t + w_{k+1} < q] · H_{k+1}(t + w_{k+1}).
 * Player k is in Σ_t P_{k−1}(t) · ([t ≥ q − w_k] + [t + w_k < q] · H_k(t + w_k)) of them. That sum multiplies
 * residues, so it runs modulo 25-bit primes (products below 2^50 are exact in a double).
 */
export function countMinimalWinningMembership(
  leaf: WeightedLeaf,
  stop?: StopCheck,
): { count: bigint; membership: bigint[] } {
  const weights = leaf.weights;
  const n = weights.length;
  const q = leaf.quota;
  const order = weights.map((_, i) => i).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  const desc = order.map((i) => weights[i] ?? 0);
  // H[k]: completions after the first k players (k = 0..n), rows of q cells; every row but the last (all
  // zero) is rewritten for each modulus, so both tables are allocated once.
  const H = new Float64Array((n + 1) * q);
  const P = new Float64Array(q);
  const cells = countExactly(
    n + 1,
    (m) => {
      for (let k = n - 1; k >= 0; k--) {
        if (k % 16 === 0) checkStop(stop);
        const w = desc[k] ?? 0;
        const from = (k + 1) * q;
        const to = k * q;
        const split = Math.max(0, q - w);
        for (let t = 0; t < split; t++) {
          const x = (H[from + t] as number) + (H[from + t + w] as number);
          H[to + t] = x - m * +(x >= m);
        }
        for (let t = split; t < q; t++) {
          const x = (H[from + t] as number) + 1;
          H[to + t] = x - m * +(x >= m);
        }
      }
      const out = new Float64Array(n + 1);
      P.fill(0);
      P[0] = 1;
      let total = 0;
      // The players added to P so far weigh `reach` in all: no cell of P above it is non-zero yet.
      let reach = 0;
      for (let k = 0; k < n; k++) {
        if (k % 16 === 0) checkStop(stop);
        const w = desc[k] ?? 0;
        const row = (k + 1) * q;
        let last = 0;
        let inner = 0;
        for (let t = Math.max(0, q - w); t < q; t++) {
          last += P[t] as number;
          last -= m * +(last >= m);
        }
        // Products of 25-bit residues stay below 2^50, so four of them (plus a residue) sum exactly below 2^53
        // before one reduction; x − m·⌊x/m⌋ is exact in doubles, ⌊x/m⌋ off by one at most.
        const top = Math.min(q - w, reach + 1);
        let t = 0;
        for (; t + 3 < top; t += 4) {
          inner +=
            (P[t] as number) * (H[row + t + w] as number) +
            (P[t + 1] as number) * (H[row + t + 1 + w] as number) +
            (P[t + 2] as number) * (H[row + t + 2 + w] as number) +
            (P[t + 3] as number) * (H[row + t + 3 + w] as number);
          inner -= m * Math.floor(inner / m);
          inner += m * +(inner < 0) - m * +(inner >= m);
        }
        for (; t < top; t++) inner = (inner + (P[t] as number) * (H[row + t + w] as number)) % m;
        let x = last + inner;
        x -= m * +(x >= m);
        out[order[k] ?? 0] = x;
        total += last;
        total -= m * +(total >= m);
        for (let t = Math.min(q - 1 - w, reach); t >= 0; t--) {
          const y = (P[t + w] as number) + (P[t] as number);
          P[t + w] = y - m * +(y >= m);
        }
        reach += w;
      }
      out[n] = total;
      return out;
    },
    SMALL_MODULUS_BITS,
  );
  return { count: cells[n] ?? 0n, membership: cells.slice(0, n) };
}
