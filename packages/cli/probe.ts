import { computePower, type IndexName } from '@horseshoe/engine/power';
import { randomWeightedGame } from '@horseshoe/engine/testing';
const n = Number(process.argv[2]);
const idx = process.argv[3]!.split(',') as IndexName[];
const g = randomWeightedGame(n);
const c0 = process.cpuUsage();
const t0 = performance.now();
const r = computePower(g, { indices: idx });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
if (!r.ok) { console.log('fail', r.errors); process.exit(1); }
console.log(n, idx.join(','), ms.toFixed(0), 'ms cpu', ((cpu.user + cpu.system) / 1000).toFixed(0), 'rss', (process.memoryUsage().rss / 2 ** 20).toFixed(0), idx.map((k) => { const v = r.value.indices[k]; return v.available ? `${k} p1=${(Number(v.values[0]!.num * 1000000n / v.values[0]!.den) / 1e6)}` : `${k}: ${v.reason}`; }).join(' '));
