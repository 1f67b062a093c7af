// Several servers, one session: with PostgreSQL, an event appended through one server process reaches
// the live clients of another (LISTEN/NOTIFY). Prints the delay's median and p99 (measured, not a target).
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../store/test-stores.ts';
import { startChild } from './child-process.test-helper.ts';
import { call, LiveClient } from './test-server.test-helper.ts';

const VOTES = 120;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

describe('two server processes on one PostgreSQL database', () => {
  it('push a vote cast through one to a live client of the other, each once and in order', async () => {
    const database = await createTestDatabase();
    const [a, b] = await Promise.all([startChild(database.url), startChild(database.url)]);
    try {
      const created = await call(a.url, 'POST', '/api/sessions', { body: { title: 'Two', date: '2019-04-05' } });
      const { id, tokens } = created.body as {
        id: string;
        tokens: { chair: string; gallery: string; seats: Record<string, string> };
      };
      const send = (url: string, token: string, body: object) =>
        call(url, 'POST', `/api/sessions/${id}/commands`, { token, body });
      await send(a.url, tokens.seats.GBR as string, {
        commandId: 'c',
        type: 'circulate-draft',
        draftId: 'res',
        instrument: 'resolution',
        clauses: [{ id: 'r1', text: 'Ceasefire' }],
      });
      await send(b.url, tokens.chair, { commandId: 'o', type: 'open-vote', voteId: 'v1', draftId: 'res' });
      const live = new LiveClient(b.url, id, { token: tokens.gallery, after: 0 });
      await live.until((c) => c.messages.length === 3);
      const arrived = new Map<number, number>();
      live.socket.on('message', (data) => arrived.set(JSON.parse(data.toString()).seq, performance.now()));
      const delays: number[] = [];
      const seats = Object.keys(tokens.seats);
      for (let i = 0; i < VOTES; i++) {
        const seat = seats[i % seats.length] as string;
        const t0 = performance.now();
        const res = await send(a.url, tokens.seats[seat] as string, {
          commandId: `v${i}`,
          type: 'cast-vote',
          voteId: 'v1',
          vote: i % 3 === 0 ? 'abstain' : 'yes',
        });
        expect(res.status).toBe(200);
        const seq = res.body.version as number;
        await live.until(() => arrived.has(seq));
        delays.push((arrived.get(seq) as number) - t0);
      }
      expect(live.messages.map((m) => m.seq)).toEqual(Array.from({ length: 3 + VOTES }, (_, i) => i + 1));
      delays.sort((x, y) => x - y);
      console.log(
        `two processes, one PostgreSQL: command on A → event on B's live client, ${VOTES} votes: median ${quantile(delays, 0.5).toFixed(1)} ms, p99 ${quantile(delays, 0.99).toFixed(1)} ms`,
      );
      live.close();
    } finally {
      await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
      await database.drop();
    }
  });
});
