// `npm run bench`: runs every area's benchmarks and prints one table of medians.
// Usage: npm run bench [-- AREA ... --FLAG=VALUE ...] [--full]   (areas: see BENCHES below; flags go to the areas;
// --full: the whole size ladder)
import os from 'node:os';
import type { BenchRow } from './bench-lib.ts';

type Bench = () => Promise<BenchRow[]>;

const BENCHES: Record<string, () => Promise<{ run: Bench }>> = {
  power: () => import('../bench/power.ts'),
  council: () => import('../bench/council.ts'),
  record: () => import('../bench/record.ts'),
  search: () => import('../bench/search.ts'),
  scenarios: () => import('../bench/scenarios.ts'),
  drafting: () => import('../bench/drafting.ts'),
  startup: () => import('../bench/startup.ts'),
  server: () => import('../bench/server.ts'),
  sessions: () => import('../bench/sessions.ts'),
  web: () => import('../bench/web.ts'),
  negotiate: () => import('../bench/negotiate.ts'),
};

async function mainBench(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const areas = Object.keys(BENCHES).filter((a) => wanted.length === 0 || wanted.includes(a));
  const rows: BenchRow[] = [];
  for (const area of areas) {
    const load = BENCHES[area];
    if (!load) continue;
    process.stderr.write(`running ${area} benchmarks…\n`);
    rows.push(...(await (await load()).run()));
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
  );
  console.log('');
  const header = [
    'area',
    'benchmark',
    'runs',
    'median ms',
    'min ms',
    'max ms',
    'target ms',
    'met',
    'peak RSS MiB',
    'note',
  ];
  const body = rows.map((r) => [
    r.area,
    r.name,
    String(r.runs),
    r.medianMs.toFixed(1),
    r.minMs.toFixed(1),
    r.maxMs.toFixed(1),
    r.targetMs === undefined ? '' : String(r.targetMs),
    r.targetMs === undefined ? '' : r.medianMs <= r.targetMs ? 'yes' : 'NO',
    r.peakRssMiB.toFixed(0),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}

await mainBench();
