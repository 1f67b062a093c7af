// Benchmarks of the exact search over texts (issues 4 and 17): random 15-member decisions of 20, 60 and 200
// clauses, a 193-member body in blocs with 40 clauses, and brute force at 20 clauses for comparison; then
// issue 17's ladder (bench/search-ladder.ts): the dense family at 50, 100, 200 clauses (400 with --full)
// and the blocs at 40 (and 80 with --full) clauses, both objectives, by the CLI's method and by HiGHS alone
// on the same model, with the growth exponents fitted across the ladder.
// Each row is the median over nine random instances (one search each), with HiGHS available as in the
// CLI. The note adds the median CPU time of this process, less sensitive to other load on the machine.
import type { Decision } from '@horseshoe/engine';
import { memberId } from '@horseshoe/engine';
import { bruteForceSearch, type MilpSolver, type SearchResult, searchTexts } from '@horseshoe/engine/search';
import { blocDecision, randomDecision, seededRng } from '@horseshoe/engine/testing';
import { createHighsSolver } from '../packages/cli/src/highs-solver.ts';
import { type BenchRow, measure, rowFromTimes } from '../scripts/bench-lib.ts';
import { median, runLadder } from './search-ladder.ts';

const CASES = 9;

let milp: MilpSolver;

function randomCases(clauses: number): Decision[] {
  const rng = seededRng(1000 + clauses);
  return Array.from({ length: CASES }, () => randomDecision(rng, { clauses, instrument: 'resolution', fixedVotes: 0 }));
}

function blocCases(): Decision[] {
  const rng = seededRng(193);
  return Array.from({ length: CASES }, () =>
    blocDecision(rng, { clauses: 40, members: 193, blocs: 5, threshold: 129 }),
  );
}

const FULL = process.argv.includes('--full');
const LADDER_ONLY = process.argv.includes('--ladder');

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
  // Loading HiGHS (WebAssembly compile and instantiation) is paid once per process, before any search.
  const t0 = performance.now();
  milp = await createHighsSolver(Date.now() + 3_600_000);
  const load = performance.now() - t0;
  const rows: BenchRow[] = [];
  // `--ladder`: only a warm-up search of each method, then the ladder (for re-measuring it at a quiet moment).
  if (LADDER_ONLY) {
    const warm = randomCases(60);
    for (const d of warm.slice(0, 3)) {
      searchTexts(d, { milp });
      searchTexts(d, { milp, method: 'milp' });
    }
    return runLadder(milp, FULL);
  }
  rows.push(
    rowFromTimes('search', 'loading HiGHS (WASM), once per process', [load], process.memoryUsage().rss, {
      note: 'not part of the in-process search times below',
    }),
  );
  rows.push(...(await rowsFor('20 clauses x 15 members', randomCases(20))));
  rows.push(...(await rowsFor('60 clauses x 15 members', randomCases(60))));
  rows.push(...(await rowsFor('200 clauses x 15 members', randomCases(200), 1000)));
  rows.push(...(await rowsFor('40 clauses x 193 members in 5 blocs', blocCases(), 5000)));
  // The ladder of issue 17 (bench/search-ladder.ts): both objectives, ours beside HiGHS alone, growth fits.
  rows.push(...runLadder(milp, FULL));
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
