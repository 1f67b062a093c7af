// The server under load (issue 18, item 6): `npm run bench -- server`. Starts the real `horseshoe serve`
// (compiled, its own process) with an imported record, then a bounded load generator on 127.0.0.1 sends
// a fixed number of GET requests per route at 50 and at 200 open connections (Node's http.Agent with
// keep-alive). Prints requests/s, median and p99 latency, and every timeout or error.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importRealRecord, makeTempDir, removeDir } from '../packages/record/src/test-data.ts';
import { type BenchRow, rowFromTimes } from '../scripts/bench-lib.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'packages/cli/bin/horseshoe.mjs');
const ROUTES = ['/', '/api/cases', '/api/record/stats'] as const;
const CONNECTIONS = [50, 200] as const;
const REQUESTS = 4_000;
const TIMEOUT_MS = 10_000;

/** One GET; resolves with its latency in ms, or a string naming the failure. */
function get(agent: http.Agent, port: number, route: string): Promise<number | string> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: route, agent, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - start : `HTTP ${res.statusCode}`));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve(error.message));
  });
}

/** `total` requests to `route` over `connections` kept-alive connections, each sending one at a time. */
async function load(port: number, route: string, connections: number, total: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total) {
        next += 1;
        const result = await get(agent, port, route);
        if (typeof result === 'number') latencies.push(result);
        else failures.push(result);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return { latencies, failures, perSecond: total / seconds };
}

function startServe(db: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--json', '--record-db', db], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.trimEnd().endsWith('}')) resolve({ child, port: Number(new URL(JSON.parse(out).url).port) });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

/** The server process's peak resident memory (Linux VmHWM), in bytes; 0 where /proc is absent. */
function serverPeakRss(child: ChildProcess): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Rows: one per route and connection count; the latency columns are per request, RSS is the server's. */
export async function run(): Promise<BenchRow[]> {
  const dir = makeTempDir('horseshoe-bench-server-');
  const { db, file } = importRealRecord(dir);
  db.close();
  const { child, port } = await startServe(file);
  const rows: BenchRow[] = [];
  try {
    for (const connections of CONNECTIONS) {
      for (const route of ROUTES) {
        await load(port, route, connections, 200); // warm-up
        const { latencies, failures, perSecond } = await load(port, route, connections, REQUESTS);
        const sorted = [...latencies].sort((a, b) => a - b);
        const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? Number.NaN;
        const kinds = [...new Set(failures)].join(', ');
        const note = `${perSecond.toFixed(0)} req/s, p99 ${p99.toFixed(1)} ms, ${failures.length} timeouts/errors${kinds ? ` (${kinds})` : ''}`;
        rows.push(
          rowFromTimes('server', `GET ${route} at ${connections} connections`, latencies, serverPeakRss(child), {
            note,
          }),
        );
      }
    }
  } finally {
    child.kill('SIGTERM');
    removeDir(dir);
  }
  return rows;
}
