// Start-up of the compiled CLI (issue 11): `npm run bench -- startup`. Whole processes, spawned in turn
// (Node alone, `horseshoe --version`, `horseshoe council`) so that all three see the same machine load.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type BenchRow, rowFromTimes } from '../scripts/bench-lib.ts';

const BIN = path.resolve(import.meta.dirname, '../packages/cli/bin/horseshoe.mjs');
const RUNS = 21;
const WARMUP = 3;

const PROCESSES = {
  node: ['-e', '0'],
  version: [BIN, '--version'],
  council: [BIN, 'council', '--date', '2019-04-18', '--json'],
} as const;

function timeProcess(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return ms;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Node's own start-up, `horseshoe --version` (target ≤ 3× Node's) and `horseshoe council --json` (< 150 ms). */
export async function run(): Promise<BenchRow[]> {
  const times = { node: [] as number[], version: [] as number[], council: [] as number[] };
  const names = Object.keys(PROCESSES) as (keyof typeof PROCESSES)[];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const name of names) {
      const ms = timeProcess(PROCESSES[name]);
      if (i >= WARMUP) times[name].push(ms);
    }
  }
  const node = median(times.node);
  const ratio = (ms: number) => `${(ms / node).toFixed(1)}× node -e 0`;
  const peak = process.memoryUsage().rss;
  return [
    rowFromTimes('startup', 'node -e 0 (Node alone, whole process)', times.node, peak),
    rowFromTimes('startup', 'horseshoe --version (whole process)', times.version, peak, {
      targetMs: Math.round(3 * node),
      note: `${ratio(median(times.version))}; target ≤ 3×`,
    }),
    rowFromTimes('startup', 'horseshoe council --date 2019-04-18 --json (whole process)', times.council, peak, {
      targetMs: 150,
      note: ratio(median(times.council)),
    }),
  ];
}
