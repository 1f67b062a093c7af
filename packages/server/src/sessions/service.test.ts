import { afterEach, describe, expect, it } from 'vitest';
import { TEST_STORE_KINDS } from '../store/test-stores.ts';
import type { SessionStore, StoredEvent } from '../store/types.ts';
import { FailureError } from './failures.ts';
import { FAKE_ENGINE, type FakeState } from './fake-engine.test-helper.ts';
import { type AuditEntry, SessionService } from './service.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function serviceOn(store: SessionStore, options: { now?: () => Date; audit?: (e: AuditEntry) => void } = {}) {
  const service = new SessionService<FakeState>(store, FAKE_ENGINE, { tickMs: 0, ...options });
  cleanups.push(async () => service.close());
  return service;
}

const until = (check: () => boolean, ms = 5000) =>
  new Promise<void>((resolve, reject) => {
    const t0 = Date.now();
    const poll = () =>
      check() ? resolve() : Date.now() - t0 > ms ? reject(new Error('timed out')) : setTimeout(poll, 5);
    poll();
  });

describe.each(TEST_STORE_KINDS)('the session service on the $kind store', (kind) => {
  async function setup() {
    const made = await kind.create();
    cleanups.push(made.cleanup);
    const service = serviceOn(made.store);
    const session = await service.create({ title: 'T', date: '2019-04-05' });
    return { ...made, service, session };
  }

  it('answers a command sent twice with the same commandId once, appending nothing the second time', async () => {
    const { service, session, store } = await setup();
    const first = await service.command(session.id, 'seat:GBR', { commandId: 'c1', type: 'note' });
    const again = await service.command(session.id, 'seat:GBR', { commandId: 'c1', type: 'note' });
    expect(again).toEqual(first);
    expect((await store.read(session.id, 0)).length).toBe(2);
  });

  it('makes session ids a command line never mistakes for a flag (issue 12: `session export -x…`)', async () => {
    const { service } = await setup();
    const ids = await Promise.all(Array.from({ length: 64 }, () => service.create({ title: 'T', date: '2019-04-05' })));
    for (const { id } of ids) expect(id).toMatch(/^[0-9a-f]{18}$/);
  });

  it('treats the same commandId from another role as another command', async () => {
    const { service, session } = await setup();
    await service.command(session.id, 'seat:GBR', { commandId: 'c1', type: 'note' });
    const other = await service.command(session.id, 'seat:RUS', { commandId: 'c1', type: 'note' });
    expect(other.version).toBe(3);
  });

  it('appends nothing for a refused command', async () => {
    const { service, session, store } = await setup();
    await expect(service.command(session.id, 'seat:GBR', { commandId: 'c1', type: 'refuse' })).rejects.toThrow(
      FailureError,
    );
    expect((await store.read(session.id, 0)).length).toBe(1);
  });

  it('opens each role with its own token only', async () => {
    const { service, session } = await setup();
    expect(await service.authenticate(session.id, session.tokens.seats.RUS)).toBe('seat:RUS');
    await expect(service.authenticate(session.id, 'x'.repeat(43))).rejects.toThrow(/opens no role/);
    await expect(service.authenticate('nope', session.tokens.chair)).rejects.toThrow(/no session/);
  });

  it('gives a live client joining mid-stream every event after its cursor once, in order', async () => {
    const { service, session } = await setup();
    const sending = (async () => {
      for (let i = 0; i < 40; i++) await service.command(session.id, 'seat:GBR', { commandId: `c${i}`, type: 'note' });
    })();
    const seen: number[] = [];
    await new Promise((r) => setTimeout(r, 5));
    const stop = await service.live(session.id, 'gallery', 0, (e) => seen.push(e.seq));
    await sending;
    await until(() => seen.length === 41);
    stop();
    expect(seen).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
  });

  it('never sends a live client an event its role may not see', async () => {
    const { service, session } = await setup();
    const gbr: StoredEvent[] = [];
    const rus: StoredEvent[] = [];
    await service.live(session.id, 'seat:GBR', 0, (e) => gbr.push(e));
    await service.live(session.id, 'seat:RUS', 0, (e) => rus.push(e));
    await service.command(session.id, 'seat:GBR', { commandId: 's', type: 'secret' });
    await service.command(session.id, 'seat:RUS', { commandId: 'n', type: 'note' });
    await until(() => gbr.length === 3 && rus.length === 2);
    expect(rus.map((e) => e.type)).toEqual(['session-created', 'noted']);
    expect(await service.eventsAfter(session.id, 'chair', 0)).toHaveLength(2);
  });

  it('appends a due time-driven event once, even when asked twice', async () => {
    const made = await kind.create();
    cleanups.push(made.cleanup);
    let now = new Date('2026-01-01T00:00:00Z');
    const service = serviceOn(made.store, { now: () => now });
    const { id } = await service.create({ title: 'T', date: '2019-04-05' });
    await service.command(id, 'chair', { commandId: 'a', type: 'alarm', until: '2026-01-01T00:01:00Z' });
    await service.tick();
    expect((await made.store.read(id, 0)).map((e) => e.type)).toEqual(['session-created', 'alarm-set']);
    now = new Date('2026-01-01T00:02:00Z');
    await Promise.all([service.tick(), service.tick()]);
    await service.tick();
    expect((await made.store.read(id, 0)).map((e) => e.type)).toEqual(['session-created', 'alarm-set', 'rang']);
  });
});

describe.each(TEST_STORE_KINDS.filter((k) => k.kind === 'postgres'))('two services on one $kind store', (kind) => {
  it('apply commands sent to both, each once, and push each to the live clients of the other', async () => {
    const made = await kind.create();
    cleanups.push(made.cleanup);
    const a = serviceOn(made.store);
    const b = serviceOn(await made.reopen());
    const { id } = await a.create({ title: 'T', date: '2019-04-05' });
    const seenOnB: number[] = [];
    await b.live(id, 'gallery', 0, (e) => seenOnB.push(e.seq));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).command(id, i % 4 < 2 ? 'seat:GBR' : 'seat:RUS', { commandId: `c${i}`, type: 'note' }),
      ),
    );
    await until(() => seenOnB.length === 21);
    expect(seenOnB).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect((await made.store.read(id, 0)).length).toBe(21);
  });
});
