// Voting-power benchmarks (issue 5): `npm run bench -- power`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  computePower,
  type PowerGame,
  type PowerRule,
  quotaFromShare,
  REFORM_MODELS,
  reformModelGame,
  vetoBodyGame,
} from '@horseshoe/engine/power';
import { seededRng } from '@horseshoe/engine/testing';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function randomWeightedGame(n: number, seed: number): PowerGame {
  const rnd = seededRng(seed);
  const weights = Array.from({ length: n }, () => 1 + Math.floor(rnd() * 100));
  const total = weights.reduce((a, b) => a + b, 0);
  return {
    players: weights.map((_, i) => `p${i + 1}`),
    rule: { type: 'weighted', quota: Math.floor(total / 2) + 1, weights },
  };
}

interface FileRule {
  quota?: number | string;
  weights?: number[];
  all?: FileRule[];
  any?: FileRule[];
}

// Fixture files are trusted project data, so this reader does no validation (the CLI's reader does).
function ruleFrom(r: FileRule): PowerRule {
  if (r.all) return { type: 'all', rules: r.all.map(ruleFrom) };
  if (r.any) return { type: 'any', rules: r.any.map(ruleFrom) };
  const weights = r.weights ?? [];
  const quota = typeof r.quota === 'string' ? quotaFromShare(weights, Number.parseFloat(r.quota)) : (r.quota ?? 0);
  return { type: 'weighted', quota, weights };
}

function fixtureGame(file: string): PowerGame {
  const data = JSON.parse(readFileSync(path.join(repoRoot, 'fixtures/power', file), 'utf8')) as {
    players: string[];
    rule: FileRule;
  };
  return { players: data.players, rule: ruleFrom(data.rule) };
}

function mustCompute(game: PowerGame): void {
  const r = computePower(game);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
}

/** Every voting-power benchmark row. */
export async function run(): Promise<BenchRow[]> {
  const council = vetoBodyGame({
    members: Array.from({ length: 15 }, (_, i) => ({ name: `M${i + 1}`, veto: i < 5 })),
    quota: 9,
  });
  const g4 = reformModelGame(REFORM_MODELS.g4);
  const electoral = fixtureGame('us-electoral-college-2020s.json');
  const eu = fixtureGame('eu27-qualified-majority.json');
  const random200 = randomWeightedGame(200, 2024);
  const random1000 = randomWeightedGame(1000, 1000);
  return [
    await measure('power', 'Council (15, all indices, type grouping)', () => mustCompute(council)),
    await measure('power', 'G4 reform model (25, all indices)', () => mustCompute(g4)),
    await measure('power', 'US Electoral College (51, 538, q 270; all indices; weight DP)', () =>
      mustCompute(electoral),
    ),
    await measure(
      'power',
      'random 200 players, weights 1–100 (SS + Banzhaf; weight DP)',
      () => mustCompute(random200),
      {
        runs: 5,
        targetMs: 1000,
      },
    ),
    await measure(
      'power',
      'EU-27 qualified majority, populations (all indices; meet-in-the-middle)',
      () => mustCompute(eu),
      {
        targetMs: 500,
      },
    ),
    await measure('power', '1,000 players, weights 1–100 (Banzhaf; weight DP)', () => mustCompute(random1000), {
      runs: 3,
    }),
  ];
}
