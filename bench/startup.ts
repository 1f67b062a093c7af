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

// Each process reports its own CPU time (user + system, from its start) on exit, on stderr: on a busy
// machine the wall time measures the queue for a core as much as our start-up.
const CPU_REPORT = [
  '--import',
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-us "+(u.user+u.system)+"\\n")})',
];

function timeProcess(args: readonly string[]): { wallMs: number; cpuMs: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...CPU_REPORT, ...args], { encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  const cpu = /cpu-us (\d+)\s*$/.exec(r.stderr);
  if (r.status !== 0 || !cpu) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return { wallMs, cpuMs: Number(cpu[1]) / 1000 };
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Node's own start-up, `horseshoe --version` (target ≤ 3× Node's) and `horseshoe council --json` (< 150 ms). */
export async function run(): Promise<BenchRow[]> {
  const names = Object.keys(PROCESSES) as (keyof typeof PROCESSES)[];
  const wall = { node: [] as number[], version: [] as number[], council: [] as number[] };
  const cpu = { node: [] as number[], version: [] as number[], council: [] as number[] };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const name of names) {
      const t = timeProcess(PROCESSES[name]);
      if (i < WARMUP) continue;
      wall[name].push(t.wallMs);
      cpu[name].push(t.cpuMs);
    }
  }
  const node = median(wall.node);
  const nodeCpu = median(cpu.node);
  const note = (name: keyof typeof PROCESSES) =>
    `${(median(wall[name]) / node).toFixed(1)}× node -e 0; CPU median ${median(cpu[name]).toFixed(0)} ms (${(median(cpu[name]) / nodeCpu).toFixed(1)}× Node's)`;
  const peak = process.memoryUsage().rss;
  return [
    rowFromTimes('startup', 'node -e 0 (Node alone, whole process)', wall.node, peak, {
      note: `CPU median ${nodeCpu.toFixed(0)} ms`,
    }),
    rowFromTimes('startup', 'horseshoe --version (whole process; target ≤ 3× Node)', wall.version, peak, {
      targetMs: Math.round(3 * node),
      note: note('version'),
    }),
    rowFromTimes('startup', 'horseshoe council --date 2019-04-18 --json (whole process)', wall.council, peak, {
      targetMs: 150,
      note: note('council'),
    }),
  ];
}
