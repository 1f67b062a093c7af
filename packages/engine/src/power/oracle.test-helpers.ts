// A brute-force oracle for tests: every index straight from its textbook definition, over explicit
// coalitions and (for Shapley–Shubik) explicit orderings. Slow on purpose; only for games of ≤ 8 players.
import type { PowerRule } from './games.ts';
import { addRational, type Rational, rationalOf, ZERO } from './rational.ts';

export interface OracleIndices {
  shapleyShubik: Rational[];
  banzhaf: Rational[];
  penrose: Rational[];
  colemanPrevent: Rational[];
  colemanInitiate: Rational[];
  colemanAct: Rational;
  johnston: Rational[];
  deeganPackel: Rational[];
  holler: Rational[];
}

export function ruleWins(rule: PowerRule, coalition: readonly boolean[]): boolean {
  if (rule.type === 'all') return rule.rules.every((r) => ruleWins(r, coalition));
  if (rule.type === 'any') return rule.rules.some((r) => ruleWins(r, coalition));
  let sum = 0;
  rule.weights.forEach((w, i) => {
    if (coalition[i]) sum += w;
  });
  return sum >= rule.quota - 1e-9;
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, k) => [...p.slice(0, k), n - 1, ...p.slice(k)]),
  );
}

const share = (raw: Rational[]): Rational[] => {
  const total = raw.reduce(addRational, ZERO);
  return raw.map((r) => (total.num === 0n ? ZERO : rationalOf(r.num * total.den, r.den * total.num)));
};

export function oracle(n: number, rule: PowerRule): OracleIndices {
  const wins = (members: readonly number[]) => {
    const c = new Array<boolean>(n).fill(false);
    for (const m of members) c[m] = true;
    return ruleWins(rule, c);
  };
  const coalitions: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) coalitions.push([...Array(n).keys()].filter((i) => mask & (1 << i)));
  const pivots = new Array<number>(n).fill(0);
  const perms = permutations(n);
  for (const order of perms) {
    for (let k = 0; k < n; k++) {
      if (!wins(order.slice(0, k)) && wins(order.slice(0, k + 1))) {
        const who = order[k] ?? 0;
        pivots[who] = (pivots[who] ?? 0) + 1;
        break;
      }
    }
  }
  const swings = new Array<bigint>(n).fill(0n);
  let winning = 0n;
  const johnston: Rational[] = new Array(n).fill(ZERO);
  const minimal: number[][] = [];
  for (const S of coalitions) {
    if (!wins(S)) continue;
    winning++;
    const critical = S.filter((i) => !wins(S.filter((j) => j !== i)));
    for (const i of critical) {
      swings[i] = (swings[i] ?? 0n) + 1n;
      johnston[i] = addRational(johnston[i] ?? ZERO, rationalOf(1n, BigInt(critical.length)));
    }
    if (critical.length === S.length) minimal.push(S);
  }
  const totalSwings = swings.reduce((a, b) => a + b, 0n);
  const all = 1n << BigInt(n);
  const dpRaw = [...Array(n).keys()].map((i) =>
    minimal.filter((S) => S.includes(i)).reduce((acc, S) => addRational(acc, rationalOf(1n, BigInt(S.length))), ZERO),
  );
  return {
    shapleyShubik: pivots.map((p) => rationalOf(BigInt(p), BigInt(perms.length))),
    banzhaf: swings.map((s) => (totalSwings === 0n ? ZERO : rationalOf(s, totalSwings))),
    penrose: swings.map((s) => rationalOf(s, all / 2n)),
    colemanPrevent: swings.map((s) => rationalOf(s, winning)),
    colemanInitiate: swings.map((s) => rationalOf(s, all - winning)),
    colemanAct: rationalOf(winning, all),
    johnston: share(johnston),
    deeganPackel: dpRaw.map((r) => rationalOf(r.num, r.den * BigInt(minimal.length))),
    holler: share([...Array(n).keys()].map((i) => rationalOf(BigInt(minimal.filter((S) => S.includes(i)).length)))),
  };
}
