// Voting-power benchmarks (issues 5 and 17): `npm run bench -- power [--full]`.
// The ladder: random weighted games (engine/testing randomWeightedGame: weights uniform 1–100, quota half
// the total plus one, seed = n), every index computed alone, at 50, 100 and 200 players; `--full` adds 400
// players (every index) and 1,000 (every index but Johnston and Deegan–Packel). Each row notes the median
// CPU time of this process and, on the largest size of an index, the growth exponent fitted across the
// ladder (least squares of log CPU time on log n, from 100 players up: steadier than wall time on a shared
// machine).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  computePower,
  INDEX_LABELS,
  INDEX_NAMES,
  type IndexName,
  type PowerGame,
  type PowerRule,
  quotaFromShare,
  REFORM_MODELS,
  reformModelGame,
  vetoBodyGame,
} from '@horseshoe/engine/power';
import { randomWeightedGame } from '@horseshoe/engine/testing';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

const FULL = process.argv.includes('--full');
const LADDER = FULL ? [50, 100, 200, 400, 1000] : [50, 100, 200];
const AT_1000: readonly IndexName[] = [
  'shapleyShubik',
  'banzhaf',
  'penrose',
  'colemanPrevent',
  'colemanInitiate',
  'holler',
];

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Slope of log y on log x (least squares): time grows as n to this power. */
function growthExponent(points: readonly (readonly [number, number])[]): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(Math.max(y, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

async function ladderRows(): Promise<BenchRow[]> {
  // Size by size (every index at 50 players, then at 100, ...), so a long --full run reports the small
  // sizes first; the growth exponents are fitted at the end.
  const measured: { index: IndexName; n: number; row: BenchRow; cpu: number }[] = [];
  for (const n of LADDER) {
    const game = randomWeightedGame(n);
    for (const index of INDEX_NAMES) {
      if (n === 1000 && !AT_1000.includes(index)) continue;
      const cpu: number[] = [];
      const runs = n <= 100 ? 5 : n <= 200 ? 3 : 1;
      const row = await measure(
        'power',
        `random ${n} players, weights 1–100: ${INDEX_LABELS[index]}`,
        () => {
          const c0 = process.cpuUsage();
          const r = computePower(game, { indices: [index] });
          const c = process.cpuUsage(c0);
          cpu.push((c.user + c.system) / 1000);
          if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
          const v = r.value.indices[index];
          if (!v.available) throw new Error(`${index} at ${n} players: ${v.reason}`);
        },
        { runs, warmup: n <= 100 ? 1 : 0 },
      );
      // The full ladder runs for many minutes: each row is also written to stderr as soon as it is measured.
      process.stderr.write(
        `${row.name}: median ${row.medianMs.toFixed(1)} ms, CPU median ${median(cpu).toFixed(0)} ms, peak RSS ${row.peakRssMiB.toFixed(0)} MiB\n`,
      );
      measured.push({ index, n, row, cpu: median(cpu) });
    }
  }
  return measured.map(({ index, n, row, cpu }) => {
    const fit = measured.filter((m) => m.index === index && m.n >= 100).map((m): [number, number] => [m.n, m.cpu]);
    const largest = Math.max(...measured.filter((m) => m.index === index).map((m) => m.n));
    const growth =
      n === largest && fit.length >= 2
        ? `; growth n^${growthExponent(fit).toFixed(1)} over ${fit.map(([k]) => k).join(', ')}`
        : '';
    return { ...row, note: `CPU median ${cpu.toFixed(0)} ms${growth}` };
  });
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
  return [
    await measure('power', 'Council (15, all indices, type grouping)', () => mustCompute(council)),
    await measure('power', 'G4 reform model (25, all indices)', () => mustCompute(g4)),
    await measure('power', 'US Electoral College (51, 538, q 270; all indices; weight DP)', () =>
      mustCompute(electoral),
    ),
    await measure(
      'power',
      'EU-27 qualified majority, populations (all indices; meet-in-the-middle)',
      () => mustCompute(eu),
      {
        targetMs: 500,
      },
    ),
    ...(await ladderRows()),
  ];
}
