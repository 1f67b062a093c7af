// Benchmarks of scenario loading and evaluation (issue 3). Run: npm run bench -- scenarios
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  adoptionProbability,
  clauseId,
  createDecision,
  evaluateScenario,
  fallbackFor,
  memberId,
  type PredictedVote,
  type VoteDistribution,
} from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const LIBYA = path.resolve(import.meta.dirname, '../cases/libya-2019.yaml');

export async function run(): Promise<BenchRow[]> {
  const text = readFileSync(LIBYA, 'utf8');
  const loaded = parseScenario(text, LIBYA);
  if (!loaded.ok) throw new Error('cases/libya-2019.yaml does not load');
  const scenario = loaded.scenario;

  // 1,000 members, each an independent distribution: the DP is O(n²).
  const members = Array.from({ length: 1000 }, (_, i) => memberId(`M${i}`));
  const dist: VoteDistribution = { yes: 0.7, no: 0.1, abstain: 0.15, absent: 0.05 };
  const votes = new Map<(typeof members)[number], PredictedVote>(
    members.map((m) => [m, { vote: dist, reason: { type: 'distribution', distribution: dist } }]),
  );
  const rule = { type: 'substantive', threshold: 600, vetoHolders: members.slice(0, 5) } as const;

  // A failing resolution with 16 droppable clauses, only the full set rejected: the fallback tries every part.
  const clauses = Array.from({ length: 16 }, (_, i) => `c${i}`);
  const wide = createDecision({
    clauses,
    positions: { RUS: { requires: clauses.map(clauseId) }, USA: { rejects: [clauseId('c0')] } },
  });

  return [
    await measure(
      'scenarios',
      'parse cases/libya-2019.yaml (YAML + zod + Council on 3 dates)',
      () => parseScenario(text, LIBYA),
      { runs: 21 },
    ),
    await measure(
      'scenarios',
      'evaluate the 3 Libya decisions (votes, outcome, probability)',
      () => evaluateScenario(scenario),
      { runs: 21 },
    ),
    await measure(
      'scenarios',
      'exact adoption probability, 1,000 members with distributions',
      () => adoptionProbability(votes, members, rule),
      { runs: 11 },
    ),
    await measure('scenarios', 'fallback over 2^16 parts of a 16-clause text, 3 instruments', () => fallbackFor(wide), {
      runs: 3,
    }),
  ];
}
