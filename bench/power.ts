// Voting-power benchmarks (issues 5 and 17): `npm run bench -- power [--full | --sizes=50,400]`.
// The ladder: random weighted games (engine/testing randomWeightedGame: weights uniform 1–100, quota half the
// total plus one, seed = n), every index computed alone, at 50, 100 and 200 players; `--full` adds 400 players
// (every index) and 1,000 (Shapley–Shubik, Banzhaf, Penrose, both Colemans and Holler; Johnston and
// Deegan–Packel are not run at 1,000). Each cell runs in its own process (bench/power-cell.ts), so its peak
// memory is its own; rows give the median wall and CPU time (this process's user + system) and, on the
// largest size of an index, the growth exponent fitted across the ladder (least squares of log CPU time on
// log n, from 100 players up, where start-up costs no longer dominate).
// Checks: before timing, every index of the same family at 20 players is computed by the weight DP and by
// enumeration of all 2^20 coalitions and must agree exactly. With HORSESHOE_EPIC=/path/to/epic (the C++/GMP
// program of Staudacher et al., github.com/jhstaudacher/EPIC; not part of this repository) each cell is also
// run by EPIC on the same game (its CPU time from the shell's `times`, HORSESHOE_EPIC_TIMEOUT seconds at most,
// default 120) and our values must agree with the six digits EPIC prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  computePower,
  formatRational,
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
import { type BenchRow, measure, rowFromTimes } from '../scripts/bench-lib.ts';

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
const SIZES = process.argv.find((a) => a.startsWith('--sizes='));
// --sizes=50,400 picks rungs of the ladder (e.g. to rerun one size); --full runs all five.
const LADDER = SIZES
  ? SIZES.slice('--sizes='.length).split(',').map(Number)
  : FULL
    ? [50, 100, 200, 400, 1000]
    : [50, 100, 200];
const AT_1000: readonly IndexName[] = [
  'shapleyShubik',
  'banzhaf',
  'penrose',
  'colemanPrevent',
  'colemanInitiate',
  'holler',
];
const EPIC = process.env.HORSESHOE_EPIC;
const EPIC_TIMEOUT = Number(process.env.HORSESHOE_EPIC_TIMEOUT ?? 120);
const EPIC_INDEX: Readonly<Record<IndexName, string>> = {
  shapleyShubik: 'SH',
  banzhaf: 'BZ',
  penrose: 'ABZ',
  colemanPrevent: 'CP',
  colemanInitiate: 'CI',
  johnston: 'J',
  deeganPackel: 'DP',
  holler: 'PG',
};

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

const show = (r: ReturnType<typeof computePower>, index: IndexName): string[] => {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  const v = r.value.indices[index];
  if (!v.available) throw new Error(`${index}: ${v.reason}`);
  return v.values.map(formatRational);
};

/** Every index of the family at 20 players, by the weight DP alone, must equal enumeration's exactly. */
function checkAgainstEnumeration(): void {
  const game = randomWeightedGame(20);
  const enumerated = computePower(game, { method: 'enumeration' });
  for (const index of INDEX_NAMES) {
    const dp = computePower(game, { method: 'weight-dp', indices: [index] });
    if (show(dp, index).join() !== show(enumerated, index).join()) {
      throw new Error(`${INDEX_LABELS[index]} at 20 players: the weight DP and enumeration disagree`);
    }
  }
}

interface CellResult {
  wall: number[];
  cpu: number[];
  peakRssMiB: number;
  values: number[];
}

function runCell(n: number, index: IndexName, runs: number, warmup: number): CellResult {
  const cell = path.join(repoRoot, 'bench/power-cell.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', cell, String(n), index, String(runs), String(warmup)], {
    encoding: 'utf8',
    maxBuffer: 2 ** 26,
  });
  if (r.status !== 0) throw new Error(`${index} at ${n} players: ${r.stderr}`);
  return JSON.parse(r.stdout) as CellResult;
}

interface EpicResult {
  /** CPU seconds (user + system) of the EPIC process, or null when it did not finish in time. */
  cpuS: number | null;
  values: number[];
}

/** Runs EPIC on the same game; its CPU time comes from the shell's `times` (children's user and system). */
function runEpic(epic: string, game: ReturnType<typeof randomWeightedGame>, index: IndexName): EpicResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'horseshoe-epic-'));
  const weights = path.join(dir, 'weights.csv');
  writeFileSync(weights, `${game.rule.weights.join('\n')}\n`);
  const out = path.join(dir, 'out.txt');
  const script = `timeout ${EPIC_TIMEOUT} "$0" -i ${EPIC_INDEX[index]} -w "$1" -q ${game.rule.quota} --quiet > "$2" 2>&1; s=$?; times; exit $s`;
  const r = spawnSync('bash', ['-c', script, epic, weights, out], { encoding: 'utf8' });
  const children = r.stdout.trim().split('\n')[1] ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  const values = readFileSync(out, 'utf8')
    .split('\n')
    .map((line) => /^P\d+:\s*(\S+)/.exec(line)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number);
  rmSync(dir, { recursive: true, force: true });
  return { cpuS: r.status === 0 ? seconds.reduce((a, b) => a + b, 0) : null, values };
}

/** Whether our values round to EPIC's printed six significant digits. */
function agreesWithEpic(ours: readonly number[], epic: readonly number[]): boolean {
  return (
    ours.length === epic.length && ours.every((x, i) => Math.abs(x - (epic[i] ?? 0)) <= 1e-5 * Math.abs(x) + 1e-12)
  );
}

async function ladderRows(): Promise<BenchRow[]> {
  checkAgainstEnumeration();
  // Size by size (every index at 50 players, then at 100, ...), so a long --full run reports the small
  // sizes first; the growth exponents are fitted at the end.
  const measured: { index: IndexName; n: number; row: BenchRow; cpu: number; epic: string }[] = [];
  for (const n of LADDER) {
    const game = randomWeightedGame(n);
    for (const index of INDEX_NAMES) {
      if (n === 1000 && !AT_1000.includes(index)) continue;
      // Seconds-long cells run once, cold; the others are warmed up once and timed three to five times.
      const heavy = ['shapleyShubik', 'johnston', 'deeganPackel'].includes(index);
      const long = n >= 1000 || (n >= 400 && heavy);
      const runs = n <= 100 ? 5 : long ? 1 : 3;
      const cell = runCell(n, index, runs, n <= 100 || (!heavy && n < 1000) ? 1 : 0);
      const cpu = median(cell.cpu);
      let epic = '';
      if (EPIC && (n < 1000 || index === 'shapleyShubik')) {
        const e = runEpic(EPIC, game, index);
        if (e.cpuS === null) epic = `; EPIC over ${EPIC_TIMEOUT} s (stopped)`;
        else {
          if (!agreesWithEpic(cell.values, e.values)) throw new Error(`${index} at ${n} players: EPIC disagrees`);
          epic = `; EPIC CPU ${(e.cpuS * 1000).toFixed(0)} ms (${((e.cpuS * 1000) / Math.max(cpu, 0.01)).toFixed(1)}× ours), same values`;
        }
      }
      const row = rowFromTimes(
        'power',
        `random ${n} players, weights 1–100: ${INDEX_LABELS[index]}`,
        cell.wall,
        cell.peakRssMiB * 2 ** 20,
      );
      // The full ladder runs for many minutes: each row is also written to stderr as soon as it is measured.
      process.stderr.write(
        `${row.name}: median ${row.medianMs.toFixed(1)} ms, CPU median ${cpu.toFixed(1)} ms, peak RSS ${row.peakRssMiB.toFixed(0)} MiB${epic}\n`,
      );
      measured.push({ index, n, row, cpu, epic });
    }
  }
  return measured.map(({ index, n, row, cpu, epic }) => {
    const fit = measured.filter((m) => m.index === index && m.n >= 100).map((m): [number, number] => [m.n, m.cpu]);
    const largest = Math.max(...measured.filter((m) => m.index === index).map((m) => m.n));
    const growth =
      n === largest && fit.length >= 2
        ? `; growth n^${growthExponent(fit).toFixed(1)} over ${fit.map(([k]) => k).join(', ')}`
        : '';
    return { ...row, note: `CPU median ${cpu < 10 ? cpu.toFixed(1) : cpu.toFixed(0)} ms${epic}${growth}` };
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
