import { assertNever, type EngineError, fail, ok, type Result } from '../errors.ts';

/**
 * A voting rule over the players of a game: a weighted majority (`total weight of the yes side ≥ quota`),
 * or every (`all`) / at least one (`any`) of several rules. Weights may be large (populations) and may have
 * up to 9 decimals; each weighted rule is scaled to whole numbers before counting.
 */
export type PowerRule =
  | { readonly type: 'weighted'; readonly quota: number; readonly weights: readonly number[] }
  | { readonly type: 'all'; readonly rules: readonly PowerRule[] }
  | { readonly type: 'any'; readonly rules: readonly PowerRule[] };

/** A simple game: named players and the rule that says which coalitions win. */
export interface PowerGame {
  readonly players: readonly string[];
  readonly rule: PowerRule;
}

/** One weighted rule with whole-number weights and quota, as the counting methods use it. */
export interface WeightedLeaf {
  readonly quota: number;
  readonly weights: readonly number[];
  readonly total: number;
  /** The power of ten the rule's weights were multiplied by to make them whole (1 if they already were). */
  readonly scale: number;
}

/** The rule as a tree of leaf indices into {@link NormalGame.leaves}. */
export type RuleTree =
  | { readonly type: 'leaf'; readonly leaf: number }
  | { readonly type: 'all' | 'any'; readonly children: readonly RuleTree[] };

/** A checked game: whole-number weights, leaves flattened, ready for counting. */
export interface NormalGame {
  readonly players: readonly string[];
  readonly tree: RuleTree;
  readonly leaves: readonly WeightedLeaf[];
}

const MAX_DECIMALS = 9;

/**
 * Checks a game and scales every weighted rule to whole numbers. Errors are `game/invalid` and name the
 * field (`rule.all[0].weights[3]`).
 * @example normalizeGame({ players: ['a', 'b'], rule: { type: 'weighted', quota: 2, weights: [1, 1] } })
 */
export function normalizeGame(game: PowerGame): Result<NormalGame> {
  const errors: EngineError[] = [];
  const n = game.players.length;
  if (n === 0) errors.push(invalid('players', 'a game needs at least one player'));
  const seen = new Set<string>();
  game.players.forEach((p, i) => {
    if (p.trim() === '') errors.push(invalid(`players[${i}]`, 'a player name cannot be empty'));
    else if (seen.has(p)) errors.push(invalid(`players[${i}]`, `player ${p} is listed twice`));
    seen.add(p);
  });
  const leaves: WeightedLeaf[] = [];
  const tree = normalizeRule(game.rule, 'rule', n, leaves, errors);
  if (errors.length > 0 || tree === null) return fail(...errors);
  return ok({ players: [...game.players], tree, leaves });
}

function normalizeRule(
  rule: PowerRule,
  path: string,
  n: number,
  leaves: WeightedLeaf[],
  errors: EngineError[],
): RuleTree | null {
  if (rule.type === 'all' || rule.type === 'any') {
    if (rule.rules.length === 0)
      errors.push(invalid(`${path}.${rule.type}`, `an "${rule.type}" rule needs at least one rule`));
    const children = rule.rules.map((r, i) => normalizeRule(r, `${path}.${rule.type}[${i}]`, n, leaves, errors));
    return children.every((c) => c !== null) ? { type: rule.type, children: children as RuleTree[] } : null;
  }
  const leaf = normalizeLeaf(rule.quota, rule.weights, path, n, errors);
  if (leaf === null) return null;
  leaves.push(leaf);
  return { type: 'leaf', leaf: leaves.length - 1 };
}

function normalizeLeaf(
  quota: number,
  weights: readonly number[],
  path: string,
  n: number,
  errors: EngineError[],
): WeightedLeaf | null {
  const before = errors.length;
  if (weights.length !== n) {
    errors.push(invalid(`${path}.weights`, `${weights.length} weights for ${n} players`));
    return null;
  }
  let decimals = decimalsOf(quota);
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) errors.push(invalid(`${path}.weights[${i}]`, `weight ${w} must be a number ≥ 0`));
    decimals = Math.max(decimals, decimalsOf(w));
  });
  if (!Number.isFinite(quota) || quota <= 0) errors.push(invalid(`${path}.quota`, `quota ${quota} must be > 0`));
  if (decimals > MAX_DECIMALS)
    errors.push(invalid(path, `weights and quota may have at most ${MAX_DECIMALS} decimals`));
  if (errors.length > before) return null;
  const scale = 10 ** decimals;
  const scaled = weights.map((w) => Math.round(w * scale));
  const q = Math.round(quota * scale);
  const total = scaled.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(q)) {
    errors.push(invalid(path, `the total weight ${total} is too large to count exactly (limit 2^53)`));
    return null;
  }
  if (q > total) {
    errors.push(
      invalid(`${path}.quota`, `quota ${quota} exceeds the total weight ${total / scale}: no coalition wins`),
    );
    return null;
  }
  return { quota: q, weights: scaled, total, scale };
}

function decimalsOf(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  const [mantissa = '', exponent] = String(x).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

function invalid(field: string, message: string): EngineError {
  return { code: 'game/invalid', message: `${field}: ${message}`, details: { field } };
}

/** True when a coalition whose weight on each leaf is `sums[leaf]` wins under `tree`. */
export function winsWith(tree: RuleTree, leaves: readonly WeightedLeaf[], sums: ArrayLike<number>): boolean {
  switch (tree.type) {
    case 'leaf':
      return (sums[tree.leaf] ?? 0) >= (leaves[tree.leaf]?.quota ?? 0);
    case 'all':
      return tree.children.every((c) => winsWith(c, leaves, sums));
    case 'any':
      return tree.children.some((c) => winsWith(c, leaves, sums));
    default:
      return assertNever(tree);
  }
}

/**
 * The smallest whole quota that is at least `percent`% of the total weight, computed exactly.
 * @example quotaFromShare([100, 200, 700], 65) // 650
 */
export function quotaFromShare(weights: readonly number[], percent: number): number {
  const decimals = Math.max(decimalsOf(percent), ...weights.map(decimalsOf));
  const scale = 10n ** BigInt(decimals);
  const total = weights.reduce((a, w) => a + BigInt(Math.round(w * Number(scale))), 0n);
  const p = BigInt(Math.round(percent * Number(scale)));
  // quota (in weight units × scale) = ceil(total × p / (100 × scale)), then back to weight units.
  const numerator = total * p;
  const denominator = 100n * scale;
  const scaledQuota = (numerator + denominator - 1n) / denominator;
  return Number(scaledQuota) / Number(scale);
}

/**
 * The rule in one line: `weights 7,1,… ≥ 39`, or `all(…)` / `any(…)`; long weight lists are summarised.
 * @example describeRule({ type: 'weighted', quota: 3, weights: [2, 1, 1] }) // 'weights 2,1,1 ≥ 3 (of 4)'
 */
export function describeRule(rule: PowerRule): string {
  switch (rule.type) {
    case 'weighted': {
      const total = rule.weights.reduce((a, b) => a + b, 0);
      const distinct = new Set(rule.weights);
      const list =
        distinct.size === 1
          ? `count × ${rule.weights[0]}`
          : rule.weights.length <= 16
            ? `weights ${rule.weights.join(',')}`
            : `${rule.weights.length} weights`;
      return distinct.size === 1 && rule.weights[0] === 1
        ? `count ≥ ${rule.quota} (of ${rule.weights.length})`
        : `${list} ≥ ${rule.quota} (of ${total})`;
    }
    case 'all':
    case 'any':
      return `${rule.type}(${rule.rules.map(describeRule).join('; ')})`;
    default:
      return assertNever(rule);
  }
}
