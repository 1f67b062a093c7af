// The distribution of "the others' votes" for every member at once, in O(n² log n) instead of O(n³).
import { checkStop, type StopCheck, unlessStopped } from './methods/stop.ts';

/**
 * One member's vote as it matters to a decision: the probability of a yes, and of a no that blocks (a veto
 * holder's no under the substantive rule, any no under consensus). Everything else counts as neither.
 */
export interface VoteFactor {
  readonly yes: number;
  readonly block: number;
}

/**
 * The others' votes seen by one member: `clear[y]` is the probability that exactly y of them vote yes and
 * none casts a blocking no, `blocked[y]` that y vote yes and at least one casts a blocking no.
 */
export interface OthersDistribution {
  readonly clear: Float64Array;
  readonly blocked: Float64Array;
}

/** The work of {@link leaveOneOut} on n members and k vote models, in member-by-state steps. */
export function leaveOneOutWork(n: number, k: number): number {
  return k * n * (n + 1) * Math.max(1, Math.ceil(Math.log2(Math.max(n, 2))));
}

/**
 * Calls `visit(i, others)` for each member i in order, with the exact distribution of the other members'
 * votes under each of the k vote models (`models[j][i]` is member i's vote under model j).
 *
 * Method: divide and conquer. A range of members receives the product of every member outside it; it
 * passes to its left half that product times the right half's members, and to its right half that
 * product times the left half's members, so each member's leaf receives the product of all the others.
 * Every level multiplies n member factors into states of length at most n + 1: O(n²) per level, log₂ n
 * levels, and only sums of products of probabilities (no division or subtraction, so no cancellation).
 * Memory is O(k · n · log n). `stop` is checked after every member factor (at most n + 1 cells each);
 * when it says stop, the walk ends and the members already visited are final.
 * @returns the number of members visited (n unless stopped)
 */
export function leaveOneOut(
  models: readonly (readonly VoteFactor[])[],
  visit: (member: number, others: readonly OthersDistribution[]) => void,
  stop?: StopCheck,
): number {
  const n = models[0]?.length ?? 0;
  let visited = 0;
  const walk = (lo: number, hi: number, outside: readonly OthersDistribution[], degree: number): boolean => {
    if (hi - lo === 1) {
      visit(lo, outside);
      visited = hi;
      return true;
    }
    const mid = lo + Math.floor((hi - lo) / 2);
    const left = times(models, outside, degree, mid, hi, stop);
    if (left === null || !walk(lo, mid, left, degree + (hi - mid))) return false;
    const right = times(models, outside, degree, lo, mid, stop);
    return right !== null && walk(mid, hi, right, degree + (mid - lo));
  };
  if (n === 0) return 0;
  const one = (): OthersDistribution => {
    const clear = new Float64Array(n);
    clear[0] = 1;
    return { clear, blocked: new Float64Array(n) };
  };
  walk(0, n, models.map(one), 0);
  return visited;
}

/** `outside` (states up to `degree` yes votes) times members from..to-1, for every model; null if stopped. */
function times(
  models: readonly (readonly VoteFactor[])[],
  outside: readonly OthersDistribution[],
  degree: number,
  from: number,
  to: number,
  stop: StopCheck | undefined,
): OthersDistribution[] | null {
  return unlessStopped(() =>
    outside.map((start, j) => {
      const clear = Float64Array.from(start.clear);
      const blocked = Float64Array.from(start.blocked);
      const factors = models[j] as readonly VoteFactor[];
      let top = degree;
      for (let i = from; i < to; i++) {
        checkStop(stop);
        const { yes, block } = factors[i] as VoteFactor;
        const other = Math.max(0, 1 - yes - block);
        // In place from the top down: cell y+1 takes y's yes before y is overwritten.
        for (let y = top; y >= 0; y--) {
          const c = clear[y] as number;
          const b = blocked[y] as number;
          if (c === 0 && b === 0) continue;
          clear[y + 1] = (clear[y + 1] as number) + c * yes;
          blocked[y + 1] = (blocked[y + 1] as number) + b * yes;
          clear[y] = c * other;
          blocked[y] = b * other + (c + b) * block;
        }
        top++;
      }
      return { clear, blocked };
    }),
  );
}
