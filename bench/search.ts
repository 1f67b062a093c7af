// Benchmarks of the exact search over texts (issue 4): random 15-member decisions of 20, 60 and 200
// clauses, a 193-member body in blocs with 40 clauses, and brute force at 20 clauses for comparison.

import type { Decision } from '@horseshoe/engine';
import { memberId } from '@horseshoe/engine';
import { bruteForceSearch, type MilpSolver, searchTexts } from '@horseshoe/engine/search';
import { createHighsSolver } from '../packages/cli/src/commands/search.ts';
import { blocDecision, randomDecision, seededRng } from '../packages/engine/src/testing/random-decision.ts';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const CASES = 9;
const TIME_LIMIT_MS = 60_000;

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

/** Measures one search per case (median over the cases), both objectives. */
async function rowsFor(name: string, cases: readonly Decision[], targetMs?: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let i = 0;
  const statuses = new Map<string, number>();
  rows.push(
    await measure(
      'search',
      `${name}, fewest changes`,
      () => {
        const r = searchTexts(cases[i++ % cases.length] as Decision, { milp });
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      },
      { runs: cases.length, warmup: 0, ...(targetMs !== undefined ? { targetMs } : {}) },
    ),
  );
  const note1 = [...statuses].map(([s, n]) => `${n} ${s}`).join(', ');
  rows[0] = { ...(rows[0] as BenchRow), note: note1 };
  statuses.clear();
  const forRow = await measure(
    'search',
    `${name}, best for one member`,
    () => {
      const d = cases[i++ % cases.length] as Decision;
      const r = searchTexts(d, { milp, for: d.body.members[0] ?? memberId('P1') });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    },
    { runs: cases.length, warmup: 0, ...(targetMs !== undefined ? { targetMs } : {}) },
  );
  rows.push({ ...forRow, note: [...statuses].map(([s, n]) => `${n} ${s}`).join(', ') });
  return rows;
}

/** The search benchmarks; each row is the median over several random instances. */
export async function run(): Promise<BenchRow[]> {
  milp = await createHighsSolver(Date.now() + TIME_LIMIT_MS * 100);
  const rows: BenchRow[] = [];
  rows.push(...(await rowsFor('20 clauses x 15 members', randomCases(20))));
  rows.push(...(await rowsFor('60 clauses x 15 members', randomCases(60))));
  rows.push(...(await rowsFor('200 clauses x 15 members', randomCases(200), 1000)));
  rows.push(...(await rowsFor('40 clauses x 193 members in 5 blocs', blocCases(), 5000)));
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
        note: 'every one of the 2^n texts through predictVote + decideVotes',
      },
    ),
  );
  return rows;
}
