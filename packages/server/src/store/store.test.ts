import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_STORE_KINDS } from './test-stores.ts';
import type { SessionRecord, SessionStore, StoredEvent } from './types.ts';

const record: SessionRecord = {
  id: 's1',
  title: 'Libya',
  date: '2019-04-05',
  createdAt: '2026-11-29T18:00:00.000Z',
  spec: { date: '2019-04-05', drafts: [] },
  tokenHashes: { chair: 'c'.repeat(64), gallery: 'g'.repeat(64), seats: { GBR: 'b'.repeat(64) } },
};

const event = (seq: number, type = 'speaker-inscribed'): StoredEvent => ({
  seq,
  type,
  at: '2026-11-29T18:00:00.000Z',
  actor: 'seat:GBR',
});

describe.each(TEST_STORE_KINDS)('the $kind session store', (kind) => {
  let store: SessionStore;
  let reopen: () => Promise<SessionStore>;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ store, reopen, cleanup } = await kind.create());
    await store.createSession(record, []);
  });
  afterEach(async () => cleanup());

  it('returns a created session as it was given', async () => {
    expect(await store.getSession('s1')).toEqual(record);
    expect(await store.getSession('nope')).toBeNull();
    expect(await store.listSessions()).toEqual(['s1']);
  });

  it('refuses a second session with the same id', async () => {
    await expect(store.createSession(record, [])).rejects.toThrow();
  });

  it('creates a session with its first events in one step', async () => {
    await store.createSession({ ...record, id: 's2' }, [event(1, 'session-created'), event(2)]);
    expect((await store.read('s2', 0)).map((e) => e.type)).toEqual(['session-created', 'speaker-inscribed']);
    expect(await store.append('s2', [event(3)], 2)).toEqual({ ok: true, version: 3 });
  });

  it('appends events at the expected version and reads them back in order after any seq', async () => {
    expect(await store.append('s1', [event(1), event(2)], 0)).toEqual({ ok: true, version: 2 });
    expect(await store.append('s1', [event(3)], 2)).toEqual({ ok: true, version: 3 });
    expect((await store.read('s1', 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await store.read('s1', 2)).toEqual([event(3)]);
    expect(await store.read('s1', 3)).toEqual([]);
  });

  it('refuses an append at a stale version and appends nothing', async () => {
    await store.append('s1', [event(1)], 0);
    expect(await store.append('s1', [event(1, 'floor-given')], 0)).toEqual({
      ok: false,
      reason: 'version-conflict',
      version: 1,
    });
    expect(await store.read('s1', 0)).toEqual([event(1)]);
  });

  it('refuses events whose seq does not continue the log', async () => {
    await expect(store.append('s1', [event(2)], 0)).rejects.toThrow(/expected 1/);
    expect(await store.read('s1', 0)).toEqual([]);
  });

  it('keeps a command answer under its role and command id and refuses the same command twice', async () => {
    const answer = { version: 1, events: [event(1)] };
    const key = { role: 'seat:GBR', commandId: 'c-1' };
    await store.append('s1', [event(1)], 0, { ...key, answer });
    expect(await store.findCommand('s1', key)).toEqual(answer);
    expect(await store.findCommand('s1', { role: 'seat:FRA', commandId: 'c-1' })).toBeNull();
    expect(await store.append('s1', [event(2)], 1, { ...key, answer })).toEqual({
      ok: false,
      reason: 'duplicate-command',
    });
    expect((await store.read('s1', 0)).length).toBe(1);
  });

  it('lets only one of two concurrent appends at one version through', async () => {
    const results = await Promise.all([store.append('s1', [event(1, 'a')], 0), store.append('s1', [event(1, 'b')], 0)]);
    expect(results.filter((r) => r.ok).length).toBe(1);
    expect((await store.read('s1', 0)).length).toBe(1);
  });

  it('tells subscribers the new version after each append', async () => {
    const seen: [string, number][] = [];
    const heard = new Promise<void>((resolve) => {
      store.subscribe((id, version) => {
        seen.push([id, version]);
        if (version === 2) resolve();
      });
    });
    await store.append('s1', [event(1), event(2)], 0);
    await heard;
    expect(seen).toContainEqual(['s1', 2]);
  });

  it('keeps everything appended when the store is opened again', async () => {
    await store.append('s1', [event(1)], 0, { role: 'chair', commandId: 'x', answer: { version: 1, events: [] } });
    const again = await reopen();
    expect(await again.read('s1', 0)).toEqual([event(1)]);
    expect(await again.findCommand('s1', { role: 'chair', commandId: 'x' })).toEqual({ version: 1, events: [] });
  });
});

// SQLite serves one process, so only the shared engines tell another handle about an append.
describe.each(TEST_STORE_KINDS.filter((k) => k.kind !== 'sqlite'))('the $kind session store, shared', (kind) => {
  it('tells the subscribers of another handle on the same data about an append', async () => {
    const { store, reopen, cleanup } = await kind.create();
    try {
      await store.createSession(record, []);
      const other = await reopen();
      const heard = new Promise<number>((resolve) => other.subscribe((_id, version) => resolve(version)));
      await store.append('s1', [event(1)], 0);
      expect(await heard).toBe(1);
    } finally {
      await cleanup();
    }
  });
});

describe.each(TEST_STORE_KINDS)('the $kind session store, locked appends', (kind) => {
  it('appends what decide makes of the fresh tail, after the events it did not know of', async () => {
    const { store, cleanup } = await kind.create();
    try {
      await store.createSession(record, [event(1)]);
      await store.append('s1', [event(2)], 1);
      let seen: number[] = [];
      const result = await store.appendLocked('s1', 1, (fresh) => {
        seen = fresh.map((e) => e.seq);
        return { events: [event(3)], command: { role: 'chair', commandId: 'k', answer: { version: 3, events: [] } } };
      });
      expect(seen).toEqual([2]);
      expect(result).toEqual({ ok: true, version: 3 });
      expect(await store.appendLocked('s1', 3, () => null)).toEqual({ ok: false, reason: 'declined' });
      expect((await store.read('s1', 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    } finally {
      await cleanup();
    }
  });
});
