// Benchmarks of the exact search over texts (issues 4 and 17): random 15-member decisions of 20, 60 and 200
// clauses, a 193-member body in blocs with 40 clauses, and brute force at 20 clauses for comparison; then
// issue 17's ladder: the dense family at 50, 100, 200 clauses (400 with --full) and the blocs at 40 (and
// 80 with --full) clauses, each by the CLI's method and by HiGHS alone on the same model.
// Each row is the median over nine random instances (one search each), with HiGHS available as in the
// CLI. The note adds the median CPU time of this process, less sensitive to other load on the machine.
import type { Decision } from '@horseshoe/engine';
import { memberId } from '@horseshoe/engine';
import { bruteForceSearch, type MilpSolver, type SearchResult, searchTexts } from '@horseshoe/engine/search';
import { blocDecision, denseDecision, randomDecision, seededRng } from '@horseshoe/engine/testing';
import { createHighsSolver } from '../packages/cli/src/highs-solver.ts';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const CASES = 9;

let milp: MilpSolver;

function randomCases(clauses: number): Decision[] {
  const rng = seededRng(1000 + clauses);
  return Array.from({ length: CASES }, () => randomDecision(rng, { clauses, instrument: 'resolution', fixedVotes: 0 }));
}

function blocCases(clauses = 40): Decision[] {
  const rng = seededRng(clauses === 40 ? 193 : 193_000 + clauses);
  return Array.from({ length: CASES }, () => blocDecision(rng, { clauses, members: 193, blocs: 5, threshold: 129 }));
}

/** Issue 17's dense family (engine/testing denseDecision), seeded by the clause count. */
function denseCases(clauses: number): Decision[] {
  const rng = seededRng(17_000 + clauses);
  return Array.from({ length: CASES }, () => denseDecision(rng, { clauses }));
}

const FULL = process.argv.includes('--full');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** One row: every case searched once, median wall time, statuses and median CPU time in the note. */
async function row(name: string, cases: readonly Decision[], search: (d: Decision) => SearchResult, targetMs?: number) {
  let i = 0;
  const statuses = new Map<string, number>();
  const cpu: number[] = [];
  const r = await measure(
    'search',
    name,
    () => {
      const c0 = process.cpuUsage();
      const result = search(cases[i++ % cases.length] as Decision);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    },
    { runs: cases.length, warmup: 0, ...(targetMs !== undefined ? { targetMs } : {}) },
  );
  const note = `${[...statuses].map(([s, n]) => `${n} ${s}`).join(', ')}; CPU median ${median(cpu).toFixed(0)} ms`;
  return { ...r, note };
}

async function rowsFor(name: string, cases: readonly Decision[], targetMs?: number): Promise<BenchRow[]> {
  return [
    await row(`${name}, fewest changes`, cases, (d) => searchTexts(d, { milp }), targetMs),
    await row(
      `${name}, best for one member`,
      cases,
      (d) => searchTexts(d, { milp, for: d.body.members[0] ?? memberId('P1') }),
      targetMs,
    ),
  ];
}

/** The search benchmarks. */
export async function run(): Promise<BenchRow[]> {
  milp = await createHighsSolver(Date.now() + 3_600_000);
  const rows: BenchRow[] = [];
  rows.push(...(await rowsFor('20 clauses x 15 members', randomCases(20))));
  rows.push(...(await rowsFor('60 clauses x 15 members', randomCases(60))));
  rows.push(...(await rowsFor('200 clauses x 15 members', randomCases(200), 1000)));
  rows.push(...(await rowsFor('40 clauses x 193 members in 5 blocs', blocCases(), 5000)));
  // The ladder of issue 17: dense positions, fewest changes, the CLI's method (auto) and HiGHS alone.
  for (const clauses of FULL ? [50, 100, 200, 400] : [50, 100, 200]) {
    const cases = denseCases(clauses);
    const name = `dense ${clauses} clauses x 15 members, fewest changes`;
    rows.push(await row(`${name} (auto)`, cases, (d) => searchTexts(d, { milp }), clauses === 200 ? 300 : undefined));
    rows.push(await row(`${name} (HiGHS alone)`, cases, (d) => searchTexts(d, { milp, method: 'milp' })));
  }
  for (const clauses of FULL ? [40, 80] : [40]) {
    const cases = blocCases(clauses);
    const name = `${clauses} clauses x 193 members in 5 blocs, fewest changes`;
    rows.push(await row(`${name} (auto)`, cases, (d) => searchTexts(d, { milp })));
    rows.push(await row(`${name} (HiGHS alone)`, cases, (d) => searchTexts(d, { milp, method: 'milp' })));
  }
  const brute = randomCases(20).slice(0, 3);
  let j = 0;
  rows.push(
    await measure(
      'search',
      'brute force, 20 clauses x 15 members',
      () => bruteForceSearch(brute[j++ % 3] as Decision),
      {
        runs: 3,
        warmup: 0,
        note: 'all 2^20 texts through predictVote + decideVotes',
      },
    ),
  );
  return rows;
}
