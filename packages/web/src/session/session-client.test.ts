import { CHAIR, seat } from '@horseshoe/engine/session';
import { clause, emptySession, play } from '@horseshoe/engine/testing';
import { describe, expect, it } from 'vitest';
import { type ClientDeps, SessionClient, type SocketLike } from './session-client.ts';

// A session of four events (created, a draft circulated, two speakers inscribed).
const LOG = play(emptySession(), [
  [CHAIR, { type: 'circulate-draft', draftId: 'd', instrument: 'resolution', clauses: [clause('c')] }],
  [seat('FRA'), { type: 'inscribe-speaker' }],
  [seat('GBR'), { type: 'inscribe-speaker' }],
]).events.map((e) => JSON.parse(JSON.stringify(e)));

class FakeSocket implements SocketLike {
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  readonly sent: string[] = [];
  closed = false;
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.({ code: 1006 });
  }
  open() {
    this.onopen?.({});
  }
  push(event: unknown) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
}

/** A client over fakes: sockets to open by hand, a network that can be cut, timers run by hand. */
function harness() {
  const sockets: FakeSocket[] = [];
  const commands: { commandId: string; type: string }[] = [];
  const timers: (() => void)[] = [];
  const net = { up: true, online: () => {}, offline: () => {} };
  let ids = 0;
  const deps: ClientDeps = {
    fetch: async (url, init) => {
      if (!net.up) throw new TypeError('Failed to fetch');
      if (url.endsWith('/commands')) {
        const body = JSON.parse(String(init?.body));
        commands.push(body);
        return new Response(JSON.stringify({ version: 9, events: [] }), { status: 200 });
      }
      const view = { id: 's', title: 't', date: '2019-04-18', version: 0, status: 'open', members: [], threshold: 9 };
      const rest = {
        drafts: [],
        votes: [],
        positions: [],
        speakers: [],
        floor: null,
        timer: null,
        ai: [],
        claimed: [],
        role: 'seat:FRA',
      };
      return new Response(JSON.stringify({ ...view, ...rest }), { status: 200 });
    },
    openSocket: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    liveUrl: 'ws://x/api/sessions/s/live',
    newId: () => `id-${++ids}`,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => {},
    watchNetwork: (online, offline) => {
      net.online = online;
      net.offline = offline;
      return () => {};
    },
  };
  const client = new SessionClient('s', 'secret', deps);
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { client, sockets, commands, timers, net, settle };
}

describe('SessionClient', () => {
  it('sends the token and after as the first message and folds the events it receives', async () => {
    const h = harness();
    h.client.start();
    h.sockets[0]?.open();
    expect(JSON.parse(h.sockets[0]?.sent[0] ?? '')).toEqual({ token: 'secret', after: 0 });
    for (const e of LOG) h.sockets[0]?.push(e);
    await h.settle();
    expect(h.client.snapshot().state?.drafts.map((d) => d.id)).toEqual(['d']);
    expect(h.client.snapshot().role).toBe('seat:FRA');
    expect(h.client.snapshot().link).toBe('live');
  });

  it('reconnects after a lost connection with after set to the last seq and applies no event twice', async () => {
    const h = harness();
    h.client.start();
    h.sockets[0]?.open();
    for (const e of LOG.slice(0, 3)) h.sockets[0]?.push(e);
    h.sockets[0]?.close();
    expect(h.client.snapshot().link).toBe('offline');
    h.timers.shift()?.();
    h.sockets[1]?.open();
    expect(JSON.parse(h.sockets[1]?.sent[0] ?? '')).toEqual({ token: 'secret', after: 3 });
    for (const e of LOG.slice(2)) h.sockets[1]?.push(e);
    expect(h.client.snapshot().events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(h.client.snapshot().state?.speakers).toEqual(['FRA', 'GBR']);
  });

  it('keeps commands made offline in the outbox and sends each once, with its commandId, on reconnect', async () => {
    const h = harness();
    h.client.start();
    h.sockets[0]?.open();
    await h.settle();
    h.net.up = false;
    h.net.offline();
    expect(h.client.snapshot().link).toBe('offline');
    h.client.send({ type: 'cast-vote', voteId: 'v', vote: 'yes' });
    h.client.send({ type: 'explain-vote', voteId: 'v', text: 'Because.' });
    await h.settle();
    expect(h.commands).toEqual([]);
    expect(h.client.snapshot().outbox.map((i) => i.commandId)).toEqual(['id-1', 'id-2']);
    h.net.up = true;
    h.net.online();
    h.sockets[1]?.open();
    await h.settle();
    await h.settle();
    expect(h.commands.map((c) => [c.commandId, c.type])).toEqual([
      ['id-1', 'cast-vote'],
      ['id-2', 'explain-vote'],
    ]);
    expect(h.client.snapshot().outbox).toEqual([]);
  });

  it('keeps a command whose answer was lost and sends it again with the same commandId', async () => {
    const h = harness();
    h.client.start();
    h.sockets[0]?.open();
    await h.settle();
    h.net.up = false;
    h.client.send({ type: 'inscribe-speaker' });
    await h.settle();
    expect(h.client.snapshot().link).toBe('offline');
    expect(h.client.snapshot().outbox).toEqual([
      { commandId: 'id-1', body: { type: 'inscribe-speaker' }, sending: false },
    ]);
    h.net.up = true;
    h.timers.shift()?.();
    h.sockets[1]?.open();
    await h.settle();
    expect(h.commands.map((c) => c.commandId)).toEqual(['id-1']);
  });

  it('stops reconnecting when the server refuses the link', () => {
    const h = harness();
    h.client.start();
    h.sockets[0]?.open();
    h.sockets[0]?.push({ type: 'error', error: { code: 'auth/unknown-token', status: 401, message: 'unknown token' } });
    h.sockets[0]?.close();
    expect(h.client.snapshot().link).toBe('refused');
    expect(h.client.snapshot().problem).toBe('unknown token');
    expect(h.timers).toEqual([]);
  });
});
