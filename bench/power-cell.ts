// One cell of the power ladder (bench/power.ts), run in its own process so that its peak memory is its own:
// `tsx bench/power-cell.ts N INDEX RUNS WARMUP` prints one JSON line with the wall and CPU time of each run
// (ms), the process's peak resident memory (MiB) and the index's values as numbers.
import { computePower, type IndexName, rationalToNumber } from '@horseshoe/engine/power';
import { randomWeightedGame } from '@horseshoe/engine/testing';

const [n = 50, runs = 1, warmup = 0] = [process.argv[2], process.argv[4], process.argv[5]].map(Number);
const index = process.argv[3] as IndexName;
const game = randomWeightedGame(n);
const wall: number[] = [];
const cpu: number[] = [];
let values: number[] = [];
for (let i = 0; i < warmup + runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = computePower(game, { indices: [index] });
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  const v = r.value.indices[index];
  if (!v.available) throw new Error(`${index} at ${n} players: ${v.reason}`);
  values = v.values.map(rationalToNumber);
  if (i < warmup) continue;
  wall.push(ms);
  cpu.push((c.user + c.system) / 1000);
}
process.stdout.write(`${JSON.stringify({ wall, cpu, peakRssMiB: process.resourceUsage().maxRSS / 1024, values })}\n`);
