// The contract of sessions.md over HTTP and the live feed, against every store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STORE_KINDS } from '../store/test-stores.ts';
import {
  call,
  createTestSession,
  LiveClient,
  startTestServer,
  type TestServer,
  type TestSession,
} from './test-server.test-helper.ts';

const inAMinute = () => new Date(Date.now() + 60_000).toISOString();

/** Every command of the contract, in an order the rules accept, with the event each appends. */
async function playEveryCommand(s: TestSession) {
  const steps: [string, Record<string, unknown>, string][] = [
    [
      'chair',
      {
        type: 'circulate-draft',
        draftId: 'ps',
        instrument: 'press-elements',
        clauses: [{ id: 'p1', text: 'Calls for calm' }],
      },
      'draft-circulated',
    ],
    [
      'seat:GBR',
      {
        type: 'circulate-draft',
        draftId: 'res',
        instrument: 'resolution',
        clauses: [
          { id: 'r1', text: 'Demands a ceasefire' },
          { id: 'r2', text: 'Calls on all parties to return to the UN-facilitated political process' },
        ],
      },
      'draft-circulated',
    ],
    [
      'seat:FRA',
      {
        type: 'propose-amendment',
        draftId: 'res',
        amendmentId: 'a1',
        op: 'add',
        clause: { id: 'r3', text: 'Names the LNA' },
      },
      'amendment-proposed',
    ],
    ['seat:GBR', { type: 'accept-amendment', draftId: 'res', amendmentId: 'a1' }, 'draft-revised'],
    [
      'seat:RUS',
      { type: 'state-position', position: { rejects: ['r3'] }, visibility: 'public', draftId: 'res' },
      'position-stated',
    ],
    ['seat:RUS', { type: 'object', draftId: 'ps', reason: 'not balanced' }, 'objection-raised'],
    ['chair', { type: 'adopt-by-consensus', draftId: 'ps' }, 'consensus-blocked'],
    ['seat:RUS', { type: 'withdraw-objection', draftId: 'ps' }, 'objection-withdrawn'],
    ['chair', { type: 'put-under-silence', draftId: 'ps', until: inAMinute() }, 'silence-started'],
    ['seat:USA', { type: 'break-silence', draftId: 'ps', reason: 'one more word' }, 'silence-broken'],
    ['chair', { type: 'adopt-by-consensus', draftId: 'ps' }, 'consensus-adopted'],
    ['seat:DEU', { type: 'inscribe-speaker' }, 'speaker-inscribed'],
    ['chair', { type: 'give-floor' }, 'floor-given'],
    ['chair', { type: 'set-timer', seconds: 120 }, 'timer-started'],
    ['chair', { type: 'open-vote', voteId: 'v1', draftId: 'res' }, 'vote-opened'],
    ...['GBR', 'FRA', 'USA', 'DEU', 'BEL', 'DOM', 'PER', 'POL', 'KWT'].map(
      (code): [string, Record<string, unknown>, string] => [
        `seat:${code}`,
        { type: 'cast-vote', voteId: 'v1', vote: 'yes' },
        'vote-cast',
      ],
    ),
    ['seat:RUS', { type: 'cast-vote', voteId: 'v1', vote: 'no' }, 'vote-cast'],
    ['chair', { type: 'close-vote', voteId: 'v1' }, 'vote-closed'],
    ['seat:RUS', { type: 'explain-vote', voteId: 'v1', text: 'We cannot accept naming one party' }, 'vote-explained'],
  ];
  const answers = [];
  for (const [role, body, type] of steps) {
    const answer = await s.command(role, body);
    if (answer.status !== 200) throw new Error(`${role} ${body.type}: ${answer.status} ${answer.text}`);
    answers.push({ role, type, answer });
  }
  return answers;
}

describe.each(TEST_STORE_KINDS)('the session API on the $kind store', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server.close());

  it('creates a session with one long secret token and one link per role', async () => {
    const res = await call(server.url, 'POST', '/api/sessions', { body: { title: 'Libya', date: '2019-04-05' } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.tokens.seats).sort()).toEqual(
      ['BEL', 'CHN', 'CIV', 'DEU', 'DOM', 'FRA', 'GBR', 'GNQ', 'IDN', 'KWT', 'PER', 'POL', 'RUS', 'USA', 'ZAF'].sort(),
    );
    expect(res.body.tokens.chair.length).toBeGreaterThanOrEqual(22);
    expect(res.body.links.seats.RUS).toBe(`${server.url}/sessions/${res.body.id}#token=${res.body.tokens.seats.RUS}`);
  });

  it('refuses a creation body with a bad date with 400 naming the field', async () => {
    const res = await call(server.url, 'POST', '/api/sessions', { body: { title: 'x', date: '5 April' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('request/malformed');
    expect(res.body.error.message).toMatch(/^date/);
  });

  it('applies every command of the contract and answers each with the version and its events', async () => {
    const s = await createTestSession(server.url);
    const answers = await playEveryCommand(s);
    for (const { type, answer } of answers) {
      expect(answer.body.events.map((e: { type: string }) => e.type)).toContain(type);
      expect(answer.body.version).toBe(answer.body.events.at(-1).seq);
    }
    const closed = answers.find((a) => a.type === 'vote-closed')?.answer.body.events.at(-1);
    expect(closed.outcome.adopted).toBe(false);
    expect(closed.outcome.vetoes).toEqual(['RUS']);
    expect(closed.votes.CHN).toBe('absent');
  });

  it('writes the actor from the token, never from the body', async () => {
    const s = await createTestSession(server.url);
    const res = await s.command('seat:FRA', { type: 'inscribe-speaker', actor: 'seat:USA' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/actor/);
    const ok = await s.command('seat:FRA', { type: 'inscribe-speaker' });
    expect(ok.body.events[0].actor).toBe('seat:FRA');
  });

  it('answers the same commandId from the same role with the same answer and appends nothing', async () => {
    const s = await createTestSession(server.url);
    const body = { commandId: 'same', type: 'inscribe-speaker' };
    const route = `/api/sessions/${s.id}/commands`;
    const first = await call(server.url, 'POST', route, { token: s.token('seat:GBR'), body });
    const again = await call(server.url, 'POST', route, { token: s.token('seat:GBR'), body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const events = await call(server.url, 'GET', `/api/sessions/${s.id}/events?after=0`, { token: s.tokens.chair });
    expect(events.body.events.filter((e: { type: string }) => e.type === 'speaker-inscribed')).toHaveLength(1);
  });

  it('gives the state and the events after N as the caller may see them, with seq 1, 2, 3 … and no gaps', async () => {
    const s = await createTestSession(server.url);
    await playEveryCommand(s);
    const state = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.tokens.gallery });
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ id: s.id, title: 'Libya', date: '2019-04-05' });
    for (const field of ['version', 'members', 'drafts', 'votes', 'positions'])
      expect(state.body).toHaveProperty(field);
    expect(state.body.role).toBe('gallery');
    const rus = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.tokens.seats.RUS });
    expect(rus.body.role).toBe('seat:RUS');
    const all = await call(server.url, 'GET', `/api/sessions/${s.id}/events?after=0`, { token: s.tokens.chair });
    const seqs = all.body.events.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const tail = await call(server.url, 'GET', `/api/sessions/${s.id}/events?after=5`, { token: s.tokens.chair });
    expect(tail.body.events[0].seq).toBe(6);
  });

  it('pushes every visible event after N on the live feed, in order, once', async () => {
    const s = await createTestSession(server.url);
    await s.command('seat:GBR', { type: 'inscribe-speaker' });
    const live = new LiveClient(server.url, s.id, { token: s.tokens.gallery, after: 1 });
    await live.opened;
    await playEveryCommand(s);
    const version = (await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.tokens.chair })).body.version;
    await live.until((c) => c.messages.length === version - 1);
    expect(live.messages.map((m) => m.seq)).toEqual(Array.from({ length: version - 1 }, (_, i) => i + 2));
    live.close();
  });

  it('names the roles whose live feed is open, to any role of the session', async () => {
    const s = await createTestSession(server.url);
    const before = await call(server.url, 'GET', `/api/sessions/${s.id}/presence`, { token: s.tokens.gallery });
    expect(before.body).toEqual({ connected: [] });
    const live = new LiveClient(server.url, s.id, { token: s.tokens.seats.RUS, after: 0 });
    await live.opened;
    await live.until((c) => c.messages.length > 0);
    const during = await call(server.url, 'GET', `/api/sessions/${s.id}/presence`, { token: s.tokens.chair });
    expect(during.body).toEqual({ connected: ['seat:RUS'] });
    live.close();
    const nobody = await call(server.url, 'GET', `/api/sessions/${s.id}/presence`);
    expect(nobody.status).toBe(401);
  });

  it('appends silence-passed when a silence ends unbroken and timer-ended when the timer runs out', async () => {
    const s = await createTestSession(server.url);
    await s.command('chair', {
      type: 'circulate-draft',
      draftId: 'ps',
      instrument: 'press-statement',
      clauses: [{ id: 'p1', text: 'x' }],
    });
    await s.command('chair', {
      type: 'put-under-silence',
      draftId: 'ps',
      until: new Date(Date.now() + 300).toISOString(),
    });
    await s.command('chair', { type: 'set-timer', seconds: 1 });
    const live = new LiveClient(server.url, s.id, { token: s.tokens.gallery, after: 0 });
    await live.until((c) => ['silence-passed', 'timer-ended'].every((t) => c.messages.some((m) => m.type === t)), 5000);
    expect(live.messages.find((m) => m.type === 'timer-ended')?.actor).toBe('system');
    live.close();
  });

  describe('refusals', () => {
    let s: TestSession;
    beforeAll(async () => {
      s = await createTestSession(server.url);
      await playEveryCommand(s);
    });
    const route = () => `/api/sessions/${s.id}/commands`;

    it('answers a malformed command 400 naming the field', async () => {
      const res = await s.command('seat:GBR', { type: 'cast-vote', voteId: 'v1' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/vote/);
    });

    it('answers a body that is not JSON 400', async () => {
      const res = await call(server.url, 'POST', route(), { token: s.tokens.chair, rawBody: '{"type":' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('request/malformed');
    });

    it('answers no token or an unknown token 401', async () => {
      expect((await call(server.url, 'POST', route(), { body: { commandId: 'x', type: 'give-floor' } })).status).toBe(
        401,
      );
      const res = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: 'A'.repeat(43) });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('auth/unknown-token');
    });

    it('answers a command the role may not send 403 naming the role and the command', async () => {
      const res = await s.command('chair', { type: 'cast-vote', voteId: 'v1', vote: 'yes' });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/chair/);
      expect(res.body.error.message).toMatch(/cast-vote/);
    });

    it('answers an unknown session, draft or vote 404', async () => {
      expect((await call(server.url, 'GET', '/api/sessions/nope', { token: s.tokens.chair })).status).toBe(404);
      expect((await s.command('chair', { type: 'open-vote', voteId: 'v9', draftId: 'nope' })).status).toBe(404);
      expect((await s.command('seat:GBR', { type: 'cast-vote', voteId: 'nope', vote: 'yes' })).status).toBe(404);
    });

    it('answers what the state forbids 409: a closed vote, not the penholder, a stale version', async () => {
      const closed = await s.command('seat:GBR', { type: 'cast-vote', voteId: 'v1', vote: 'no' });
      expect(closed.status).toBe(409);
      const stale = await s.command('seat:GBR', { type: 'inscribe-speaker', expectedVersion: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('session/version-conflict');
    });

    it('answers a body larger than the limit 413', async () => {
      const res = await s.command('seat:GBR', { type: 'object', draftId: 'res', reason: 'x'.repeat(200_000) });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('request/too-large');
    });

    it('appends nothing for a refused command and writes each refusal to the audit log without the token', async () => {
      const before = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.tokens.chair });
      await s.command('gallery', { type: 'inscribe-speaker' });
      const after = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.tokens.chair });
      expect(after.body.version).toBe(before.body.version);
      const entry = server.audit.at(-1);
      expect(entry).toMatchObject({ sessionId: s.id, role: 'gallery', status: 403, event: 'refused' });
      const log = JSON.stringify(server.audit);
      for (const token of [s.tokens.chair, s.tokens.gallery, ...Object.values(s.tokens.seats)]) {
        expect(log).not.toContain(token);
      }
    });

    it('answers a live feed with a bad token with an error frame and closes it', async () => {
      const live = new LiveClient(server.url, s.id, { token: 'nope', after: 0 });
      await live.until((c) => c.closeCode !== null);
      expect(live.errors[0]?.code).toBe('auth/unknown-token');
      expect(live.closeCode).toBe(4401);
      expect(live.messages).toEqual([]);
    });
  });
});

describe('the rate limit of commands', () => {
  it('answers 429 once a token sends more commands than allowed, and other tokens go on', async () => {
    const server = await startTestServer(TEST_STORE_KINDS[0] as (typeof TEST_STORE_KINDS)[number], { rateMax: 5 });
    try {
      const s = await createTestSession(server.url);
      const statuses = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await s.command('seat:GBR', { type: 'object', draftId: 'x', reason: 'r' })).status);
      expect(statuses.slice(0, 5)).not.toContain(429);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const limited = await s.command('seat:GBR', { type: 'inscribe-speaker' });
      expect(limited.body.error.code).toBe('request/rate-limited');
      expect((await s.command('seat:FRA', { type: 'inscribe-speaker' })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
