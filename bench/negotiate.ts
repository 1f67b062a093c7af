// Benchmark of the AI delegations (issue 15): `npm run bench -- negotiate [--negotiate-cases=N]
// [--negotiate-seed=S] [--negotiate-strategy=NAME]` (the seed of the random decisions, default 15; the
// strategy of every member, default the engine's default).
// 1,000 random decisions (seeded) of 20 clauses × 15 members, instruments at random, no fixed votes or
// distributions (the session counts a member's most likely vote, the search its least favourable one), every
// member on the default strategy, P1 (a permanent member) holding the pen, 10 rounds. Reports the time per
// negotiation (the talks and the votes through the session reducer; the exact search for the comparison is
// not timed), the share of decisions where a passing text exists and the talks reach one, the mean utility
// gap of the penholder to its exact best passing text, and the mean rounds.
import { memberId } from '@horseshoe/engine';
import {
  compareWithSearch,
  DEFAULT_STRATEGY,
  isStrategyName,
  negotiate,
  STRATEGY_NAMES,
} from '@horseshoe/engine/negotiation';
import { randomDecision, seededRng } from '@horseshoe/engine/testing';
import { type BenchRow, rowFromTimes } from '../scripts/bench-lib.ts';

const flag = (name: string, fallback: number) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};

export async function run(): Promise<BenchRow[]> {
  const cases = flag('negotiate-cases', 1000);
  const seed = flag('negotiate-seed', 15);
  const named = process.argv.find((a) => a.startsWith('--negotiate-strategy='))?.split('=')[1] ?? DEFAULT_STRATEGY;
  if (!isStrategyName(named)) throw new Error(`--negotiate-strategy: expected one of ${STRATEGY_NAMES.join(', ')}`);
  const rng = seededRng(seed);
  const penholder = memberId('P1');
  const times: number[] = [];
  const cpus: number[] = [];
  let peak = process.memoryUsage().rss;
  let exists = 0;
  let reached = 0;
  let passedWithout = 0;
  let rounds = 0;
  const gaps: number[] = [];
  for (let i = 0; i < cases; i++) {
    const decision = randomDecision(rng, { clauses: 20, fixedVotes: 0 });
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const strategies = new Map(decision.body.members.map((m) => [m, named] as const));
    const r = negotiate({ decision, penholder, rounds: 10, rng: seededRng(i), strategies });
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(c0);
    cpus.push((cpu.user + cpu.system) / 1000);
    peak = Math.max(peak, process.memoryUsage().rss);
    rounds += r.rounds;
    const c = compareWithSearch(decision, penholder, { passed: r.passed, utility: r.penholderUtility });
    if (c.passingTextExists) {
      exists += 1;
      if (r.passed) reached += 1;
      if (c.gap !== null) gaps.push(c.gap);
    } else if (r.passed) {
      passedWithout += 1;
    }
  }
  const pct = exists ? (100 * reached) / exists : 0;
  const gap = gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : 0;
  const note =
    `seed ${seed}, ${named}: passing text existed in ${exists}/${cases}; talks reached one in ${reached} (${pct.toFixed(1)} %, target ≥ 95 %); ` +
    `mean penholder gap ${gap.toFixed(2)}; mean rounds ${(rounds / cases).toFixed(2)}; ` +
    `CPU median ${median(cpus).toFixed(1)} ms` +
    (passedWithout ? `; INCONSISTENT: ${passedWithout} passed where the search found none` : '');
  return [
    rowFromTimes('negotiate', 'negotiation, 20 clauses × 15 members (per decision)', times, peak, {
      targetMs: 50,
      note,
    }),
  ];
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
