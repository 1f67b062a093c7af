// Durability: a stream of commands, the server killed with SIGKILL at random moments and restarted.
// Every command answered 200 is in the log exactly once; resending any command applies it at most once;
// live clients that reconnect with `after` miss nothing and see nothing twice. For both durable stores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../store/test-stores.ts';
import { type Child, startChild } from './child-process.test-helper.ts';
import { call, LiveClient } from './test-server.test-helper.ts';

const SEATS = ['GBR', 'FRA', 'USA', 'RUS', 'CHN'];
const ROUNDS = 3;

interface Session {
  id: string;
  tokens: { chair: string; gallery: string; seats: Record<string, string> };
}

async function setUp(url: string): Promise<Session> {
  const created = await call(url, 'POST', '/api/sessions', { body: { title: 'Crash', date: '2019-04-05' } });
  const s = created.body as Session;
  const send = async (token: string, body: object) => {
    const res = await call(url, 'POST', `/api/sessions/${s.id}/commands`, { token, body });
    if (res.status !== 200) throw new Error(res.text);
  };
  const clauses = [{ id: 'r1', text: 'Ceasefire' }];
  await send(s.tokens.seats.GBR as string, {
    commandId: 'c',
    type: 'circulate-draft',
    draftId: 'res',
    instrument: 'resolution',
    clauses,
  });
  await send(s.tokens.chair, { commandId: 'o', type: 'open-vote', voteId: 'v1', draftId: 'res' });
  for (const seat of SEATS) {
    await send(s.tokens.seats[seat] as string, { commandId: 'v', type: 'cast-vote', voteId: 'v1', vote: 'yes' });
  }
  return s;
}

/** Random ms in [a, b). */
const between = (a: number, b: number) => a + Math.floor(Math.random() * (b - a));

async function crashRun(where: string) {
  let child: Child = await startChild(where);
  const session = await setUp(child.url);
  const answered = new Map<string, { seat: string; body: { version: number; events: { seq: number }[] } }>();
  const unanswered = new Map<string, string>();
  const received: number[] = [];
  let lastSeen = 0;
  let n = 0;
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) child = await startChild(where);
    const url = child.url;
    const live = new LiveClient(url, session.id, { token: session.tokens.gallery, after: lastSeen });
    await live.opened;
    let stopped = false;
    const senders = SEATS.map(async (seat) => {
      while (!stopped) {
        const commandId = `${seat}-${++n}`;
        try {
          const res = await call(url, 'POST', `/api/sessions/${session.id}/commands`, {
            token: session.tokens.seats[seat] as string,
            body: { commandId, type: 'explain-vote', voteId: 'v1', text: commandId },
          });
          if (res.status !== 200) throw new Error(`${commandId}: ${res.status} ${res.text}`);
          answered.set(commandId, { seat, body: res.body });
        } catch (error) {
          if ((error as Error).message.startsWith(commandId)) throw error;
          unanswered.set(commandId, seat);
          return;
        }
      }
    });
    await new Promise((r) => setTimeout(r, between(150, 700)));
    await child.kill('SIGKILL');
    stopped = true;
    await Promise.all(senders);
    await live.until((c) => c.closeCode !== null);
    received.push(...live.messages.map((m) => m.seq));
    lastSeen = received.at(-1) ?? lastSeen;
  }
  // Restart once more: resend every command (same commandId, same role) and read the log.
  child = await startChild(where);
  try {
    // A sample of the answered commands (all of them would only repeat the same check) and every unanswered one.
    const sample = [...answered].filter((_, i) => i % Math.ceil(answered.size / 60) === 0);
    for (const [commandId, { seat, body }] of sample) {
      const again = await call(child.url, 'POST', `/api/sessions/${session.id}/commands`, {
        token: session.tokens.seats[seat] as string,
        body: { commandId, type: 'explain-vote', voteId: 'v1', text: commandId },
      });
      expect(again.body, commandId).toEqual(body);
    }
    for (const [commandId, seat] of unanswered) {
      const again = await call(child.url, 'POST', `/api/sessions/${session.id}/commands`, {
        token: session.tokens.seats[seat] as string,
        body: { commandId, type: 'explain-vote', voteId: 'v1', text: commandId },
      });
      expect(again.status).toBe(200);
    }
    const log = (
      await call(child.url, 'GET', `/api/sessions/${session.id}/events?after=0`, { token: session.tokens.chair })
    ).body.events as { seq: number; type: string; text?: string }[];
    const live = new LiveClient(child.url, session.id, { token: session.tokens.gallery, after: lastSeen });
    await live.until((c) => lastSeen === log.length || c.messages.at(-1)?.seq === log.length);
    received.push(...live.messages.map((m) => m.seq));
    live.close();
    if (process.env.HORSESHOE_CRASH_DEBUG)
      console.log({ answered: answered.size, unanswered: unanswered.size, log: log.length });
    return { log, answered, unanswered, received };
  } finally {
    await child.kill('SIGTERM');
  }
}

function check(result: Awaited<ReturnType<typeof crashRun>>) {
  const { log, answered, unanswered, received } = result;
  expect(log.map((e) => e.seq)).toEqual(Array.from({ length: log.length }, (_, i) => i + 1));
  const count = new Map<string, number>();
  for (const e of log) if (e.type === 'vote-explained' && e.text) count.set(e.text, (count.get(e.text) ?? 0) + 1);
  expect(answered.size).toBeGreaterThan(ROUNDS);
  for (const [commandId, { body }] of answered) {
    expect(count.get(commandId), commandId).toBe(1);
    for (const event of body.events) expect(log[event.seq - 1]).toEqual(event);
  }
  for (const commandId of unanswered.keys()) expect(count.get(commandId), commandId).toBe(1);
  expect(count.size).toBe(answered.size + unanswered.size);
  expect(received).toEqual(Array.from({ length: log.length }, (_, i) => i + 1));
}

describe('a session server killed with SIGKILL at random moments', () => {
  it('on SQLite loses no answered command, applies none twice, and its live clients miss nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-crash-'));
    try {
      check(await crashRun(path.join(dir, 'sessions.db')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on PostgreSQL loses no answered command, applies none twice, and its live clients miss nothing', async () => {
    const database = await createTestDatabase();
    try {
      check(await crashRun(database.url));
    } finally {
      await database.drop();
    }
  });
});
