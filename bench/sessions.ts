// Live sessions under load (issue 12): `npm run bench -- sessions [--sessions-seconds=N] [--sessions-interval-ms=N]`.
// 66 sessions × (15 seats + the gallery) = 1,056 WebSocket clients on 127.0.0.1; every seat casts votes and
// proposes amendments (one command every interval, default 10 s, jittered: ~100 commands/s offered) for N seconds
// (default 20; the run is 60: --sessions-seconds=60).
// Measures commands/s and, for each command, the delay until each of the session's 16 live clients got its
// event (p50/p99), errors, and the server's memory per connection. SQLite (1 process), then PostgreSQL with
// 2 server processes sharing the database (clients and commands split between them).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { type Child, startChild } from '../packages/server/src/sessions/child-process.test-helper.ts';
import { createTestDatabase } from '../packages/server/src/store/test-stores.ts';
import type { BenchRow } from '../scripts/bench-lib.ts';

const flag = (name: string, fallback: number) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};
const SECONDS = flag('sessions-seconds', 20);
const INTERVAL_MS = flag('sessions-interval-ms', 10_000);
const SESSIONS = 66;

interface Session {
  id: string;
  tokens: { chair: string; gallery: string; seats: Record<string, string> };
}

const rssMiB = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Number(line?.[1] ?? 0) / 1024;
};

async function post(url: string, route: string, token: string | null, body: object) {
  const res = await fetch(new URL(route, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { version?: number; id?: string } & Session };
}

async function setUpSession(url: string): Promise<Session> {
  const s = (await post(url, '/api/sessions', null, { title: 'Bench', date: '2019-04-05' })).body;
  const send = (token: string, body: object) => post(url, `/api/sessions/${s.id}/commands`, token, body);
  const clauses = [{ id: 'r1', text: 'Ceasefire' }];
  await send(s.tokens.seats.GBR as string, {
    commandId: 'c1',
    type: 'circulate-draft',
    draftId: 'res',
    instrument: 'resolution',
    clauses,
  });
  await send(s.tokens.seats.FRA as string, {
    commandId: 'c2',
    type: 'circulate-draft',
    draftId: 'text',
    instrument: 'resolution',
    clauses,
  });
  await send(s.tokens.chair, { commandId: 'o', type: 'open-vote', voteId: 'v1', draftId: 'res' });
  return s;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function runLoad(label: string, servers: Child[]): Promise<BenchRow[]> {
  const urls = servers.map((s) => s.url);
  const sessions: Session[] = [];
  for (let i = 0; i < SESSIONS; i++) sessions.push(await setUpSession(urls[i % urls.length] as string));
  const rssBefore = servers.reduce((sum, s) => sum + rssMiB(s.process.pid as number), 0);
  // arrivals[session][seq] = times each live client got the event; sent[session][seq] = when its command left.
  const arrivals = sessions.map(() => new Map<number, number[]>());
  const sent = sessions.map(() => new Map<number, number>());
  const sockets: WebSocket[] = [];
  let errors = 0;
  let closedEarly = 0;
  await Promise.all(
    sessions.flatMap((s, si) =>
      [s.tokens.gallery, ...Object.values(s.tokens.seats)].map(
        (token, ci) =>
          new Promise<void>((resolve, reject) => {
            const base = urls[(si + ci) % urls.length] as string;
            const ws = new WebSocket(`${base.replace('http', 'ws')}/api/sessions/${s.id}/live`);
            sockets.push(ws);
            ws.once('open', () => {
              ws.send(JSON.stringify({ token, after: 3 }));
              resolve();
            });
            ws.once('error', reject);
            ws.on('message', (data) => {
              const at = performance.now();
              const event = JSON.parse(data.toString()) as { seq?: number; type: string };
              if (event.seq === undefined) return void errors++;
              const list = arrivals[si]?.get(event.seq);
              if (list) list.push(at);
              else arrivals[si]?.set(event.seq, [at]);
            });
            ws.on('close', () => {
              if (!stopping) closedEarly++;
            });
          }),
      ),
    ),
  );
  await new Promise((r) => setTimeout(r, 1000));
  const rssConnected = servers.reduce((sum, s) => sum + rssMiB(s.process.pid as number), 0);
  let stopping = false;
  let commands = 0;
  const until = performance.now() + SECONDS * 1000;
  const seat = async (s: Session, si: number, code: string, token: string, ci: number) => {
    const base = urls[(si + ci) % urls.length] as string;
    let n = 0;
    await new Promise((r) => setTimeout(r, Math.random() * INTERVAL_MS));
    while (performance.now() < until) {
      n++;
      const amend = n % 4 === 0;
      const body = amend
        ? {
            commandId: `${code}-${n}`,
            type: 'propose-amendment',
            draftId: 'text',
            amendmentId: `${code}-${n}`,
            op: 'add',
            clause: { id: `${code}-${n}`, text: 'More' },
          }
        : {
            commandId: `${code}-${n}`,
            type: 'cast-vote',
            voteId: 'v1',
            vote: (['yes', 'no', 'abstain'] as const)[n % 3],
          };
      const t0 = performance.now();
      try {
        const res = await post(base, `/api/sessions/${s.id}/commands`, token, body);
        if (res.status !== 200 || res.body.version === undefined) errors++;
        else {
          sent[si]?.set(res.body.version, t0);
          commands++;
        }
      } catch {
        errors++;
      }
      await new Promise((r) => setTimeout(r, INTERVAL_MS * (0.5 + Math.random())));
    }
  };
  const t0 = performance.now();
  await Promise.all(
    sessions.flatMap((s, si) =>
      Object.entries(s.tokens.seats).map(([code, token], ci) => seat(s, si, code, token, ci + 1)),
    ),
  );
  const elapsed = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 2000));
  stopping = true;
  for (const ws of sockets) ws.close();
  const delays: number[] = [];
  let missing = 0;
  sessions.forEach((_, si) => {
    for (const [seq, at] of sent[si] ?? []) {
      const got = arrivals[si]?.get(seq) ?? [];
      missing += 16 - got.length;
      for (const t of got) delays.push(t - at);
    }
  });
  delays.sort((a, b) => a - b);
  const perConnKiB = ((rssConnected - rssBefore) * 1024) / sockets.length;
  const note = `${(commands / elapsed).toFixed(0)} commands/s for ${elapsed.toFixed(0)} s, ${sockets.length} clients, ${delays.length} deliveries, ${errors} errors, ${missing} missing, ${closedEarly} dropped; ~${perConnKiB.toFixed(0)} KiB/connection`;
  process.stderr.write(
    `${label}: ${note}; p50 ${quantile(delays, 0.5).toFixed(1)} ms, p99 ${quantile(delays, 0.99).toFixed(1)} ms\n`,
  );
  const peak = servers.reduce((sum, s) => sum + rssMiB(s.process.pid as number), 0);
  const row = (name: string, ms: number, target?: number): BenchRow => ({
    area: 'sessions',
    name: `${label}: command → every client, ${name}`,
    runs: delays.length,
    medianMs: ms,
    minMs: delays[0] ?? Number.NaN,
    maxMs: delays.at(-1) ?? Number.NaN,
    ...(target !== undefined ? { targetMs: target } : {}),
    peakRssMiB: peak,
    note,
  });
  return [row('p50', quantile(delays, 0.5)), row('p99', quantile(delays, 0.99), 100)];
}

/** SQLite with one server process, then PostgreSQL with two. */
export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-bench-sessions-'));
  try {
    const sqlite = await startChild(path.join(dir, 'sessions.db'));
    try {
      rows.push(...(await runLoad('SQLite, 1 process', [sqlite])));
    } finally {
      await sqlite.kill('SIGTERM');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const database = await createTestDatabase();
  try {
    const servers = await Promise.all([startChild(database.url), startChild(database.url)]);
    try {
      rows.push(...(await runLoad('PostgreSQL, 2 processes', servers)));
    } finally {
      await Promise.all(servers.map((s) => s.kill('SIGTERM')));
    }
  } finally {
    await database.drop();
  }
  return rows;
}
