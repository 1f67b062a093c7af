// Every role tries every command and read it must not have: all refused, and no private position
// reaches anyone but its owner, on any route or the live feed.
import { COMMAND_ROLES, SESSION_COMMAND_TYPES } from '@horseshoe/engine/session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STORE_KINDS } from '../store/test-stores.ts';
import {
  type Answer,
  call,
  createTestSession,
  LiveClient,
  startTestServer,
  type TestServer,
  type TestSession,
} from './test-server.test-helper.ts';

/** A marker only RUS's private position holds: it must reach RUS and no one else. */
const MARKER = 0.7310585786;
const ROLES = ['chair', 'gallery', 'seat:RUS', 'seat:USA', 'seat:GBR'] as const;

/** A well-formed body for each command type (the role check comes before the state's). */
const BODIES: Record<string, Record<string, unknown>> = {
  'circulate-draft': { draftId: 'z', instrument: 'resolution', clauses: [{ id: 'z1', text: 'z' }] },
  'propose-amendment': { draftId: 'res', amendmentId: 'za', op: 'delete', clauseId: 'r1' },
  'accept-amendment': { draftId: 'res', amendmentId: 'a1' },
  'state-position': { position: { rejects: ['r1'] }, visibility: 'public' },
  object: { draftId: 'res', reason: 'r' },
  'withdraw-objection': { draftId: 'res' },
  'put-under-silence': { draftId: 'res', until: '2099-01-01T00:00:00Z' },
  'break-silence': { draftId: 'res', reason: 'r' },
  'adopt-by-consensus': { draftId: 'res' },
  'open-vote': { voteId: 'zv', draftId: 'res' },
  'cast-vote': { voteId: 'v1', vote: 'yes' },
  'close-vote': { voteId: 'v1' },
  'explain-vote': { voteId: 'v1', text: 't' },
  'inscribe-speaker': {},
  'give-floor': {},
  'set-timer': { seconds: 30 },
  'withdraw-draft': { draftId: 'res' },
  'withdraw-amendment': { draftId: 'res', amendmentId: 'a1' },
  'end-session': {},
  'assign-ai': { seat: 'ZAF' },
  'release-ai': { seat: 'ZAF' },
};

const roleType = (role: string) => (role.startsWith('seat:') ? 'seat' : role);

describe.each(TEST_STORE_KINDS)('authorization on the $kind store', (kind) => {
  let server: TestServer;
  let s: TestSession;
  const answers: { role: string; what: string; answer: Answer }[] = [];
  const lives = new Map<string, LiveClient>();

  beforeAll(async () => {
    server = await startTestServer(kind, { advice: true });
    s = await createTestSession(server.url);
    for (const role of ROLES) lives.set(role, new LiveClient(server.url, s.id, { token: s.token(role), after: 0 }));
    const steps: [string, Record<string, unknown>][] = [
      [
        'seat:GBR',
        {
          type: 'circulate-draft',
          draftId: 'res',
          instrument: 'resolution',
          clauses: [
            { id: 'r1', text: 'Names the LNA' },
            { id: 'r2', text: 'Ceasefire' },
          ],
        },
      ],
      [
        'seat:RUS',
        {
          type: 'state-position',
          position: { rejects: ['r1'], values: { r2: MARKER } },
          visibility: 'private',
          draftId: 'res',
        },
      ],
      ['seat:RUS', { type: 'state-position', position: { values: { r1: MARKER } }, visibility: 'private' }],
      ['chair', { type: 'open-vote', voteId: 'v1', draftId: 'res' }],
    ];
    for (const [role, body] of steps) {
      const answer = await s.command(role, body);
      if (answer.status !== 200) throw new Error(`${role} ${body.type}: ${answer.status} ${answer.text}`);
      answers.push({ role, what: `${body.type}`, answer });
    }
  });
  afterAll(async () => {
    for (const live of lives.values()) live.close();
    await server.close();
  });

  it('refuses every command to every role that may not send it, with 403, appending nothing', async () => {
    const version = (await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.tokens.chair })).body.version;
    let tried = 0;
    for (const role of ROLES) {
      for (const type of SESSION_COMMAND_TYPES) {
        const allowed = (COMMAND_ROLES[type] as readonly string[]).includes(roleType(role));
        if (allowed) continue;
        const answer = await s.command(role, { type, ...BODIES[type] });
        answers.push({ role, what: type, answer });
        expect(answer.status, `${role} ${type}`).toBe(403);
        expect(answer.body.error.message).toContain(type);
        tried++;
      }
    }
    // The gallery tried every command; the chair and each seat the ones of the other.
    expect(tried).toBeGreaterThan(SESSION_COMMAND_TYPES.length * 2);
    const after = (await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.tokens.chair })).body.version;
    expect(after).toBe(version);
  });

  it('lets a seat act only as itself: its token writes its own code, and it cannot withdraw another seat’s objection', async () => {
    await s.command('seat:USA', { type: 'object', draftId: 'res', reason: 'no' });
    const other = await s.command('seat:GBR', { type: 'withdraw-objection', draftId: 'res' });
    answers.push({ role: 'seat:GBR', what: 'withdraw-objection', answer: other });
    expect(other.status).toBe(409);
    const cast = await s.command('seat:GBR', { type: 'cast-vote', voteId: 'v1', vote: 'yes' });
    expect(cast.body.events.at(-1)).toMatchObject({ type: 'vote-cast', actor: 'seat:GBR' });
  });

  it('refuses every read without a token or with another session’s token', async () => {
    const other = await createTestSession(server.url);
    for (const route of [
      `/api/sessions/${s.id}`,
      `/api/sessions/${s.id}/events?after=0`,
      `/api/sessions/${s.id}/advice`,
    ]) {
      expect((await call(server.url, 'GET', route)).status).toBe(401);
      expect((await call(server.url, 'GET', route, { token: other.tokens.chair })).status).toBe(401);
    }
    const live = new LiveClient(server.url, s.id, { token: other.tokens.seats.RUS, after: 0 });
    await live.until((c) => c.closeCode !== null);
    expect(live.messages).toEqual([]);
    expect(live.errors[0]?.status).toBe(401);
  });

  it('keeps the live feed read-only: a command sent on it is refused and the feed closed', async () => {
    const live = new LiveClient(server.url, s.id, { token: s.tokens.seats.GBR, after: 0 });
    await live.until((c) => c.messages.length > 0);
    live.socket.send(JSON.stringify({ commandId: 'x', type: 'inscribe-speaker' }));
    await live.until((c) => c.closeCode !== null);
    expect(live.errors[0]?.status).toBe(403);
  });

  it('gives advice to a seat only, from what that seat may see', async () => {
    for (const role of ['chair', 'gallery']) {
      expect((await call(server.url, 'GET', `/api/sessions/${s.id}/advice`, { token: s.token(role) })).status).toBe(
        403,
      );
    }
    const usa = await call(server.url, 'GET', `/api/sessions/${s.id}/advice`, { token: s.tokens.seats.USA });
    expect(usa.status).toBe(200);
    const rus = usa.body.advice[0].votes.find((v: { member: string }) => v.member === 'RUS');
    expect(rus.known).toBe(false);
    const own = await call(server.url, 'GET', `/api/sessions/${s.id}/advice`, { token: s.tokens.seats.RUS });
    expect(own.body.advice[0].votes.find((v: { member: string }) => v.member === 'RUS').known).toBe(true);
    answers.push({ role: 'seat:USA', what: 'advice', answer: usa });
  });

  it('shows a private position to its own seat and to no other role, on any route or the live feed', async () => {
    for (const role of ROLES) {
      const state = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.token(role) });
      const events = await call(server.url, 'GET', `/api/sessions/${s.id}/events?after=0`, { token: s.token(role) });
      const live = lives.get(role) as LiveClient;
      await live.until((c) => c.messages.at(-1)?.seq === state.body.version);
      const seen = [state.text, events.text, JSON.stringify(live.messages)];
      for (const text of seen) {
        if (role === 'seat:RUS') expect(text).toContain(String(MARKER));
        else expect(text, `${role} sees RUS's private position`).not.toContain(String(MARKER));
      }
    }
    for (const { role, what, answer } of answers) {
      if (role !== 'seat:RUS') expect(answer.text, `${role} ${what}`).not.toContain(String(MARKER));
    }
  });
});
