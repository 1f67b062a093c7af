// Issue 15, item 3: AI seats are durable (their assignment is in the log) and, with several server
// processes on one store, each AI delegation acts once.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_STORE_KINDS } from '../store/test-stores.ts';
import type { SessionStore, StoredEvent } from '../store/types.ts';
import { SESSION_ENGINE } from './engine-adapter.ts';
import { SessionService } from './service.ts';

const LIBYA = readFileSync(new URL('../../../../cases/libya-2019.yaml', import.meta.url), 'utf8');
const DRAFT = 'uk-draft-resolution';
const AI = ['CHN', 'FRA', 'RUS', 'USA', 'BEL', 'CIV', 'DOM', 'GNQ', 'DEU', 'IDN', 'KWT', 'PER', 'POL', 'ZAF'];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function serviceOn(store: SessionStore, engine = SESSION_ENGINE) {
  const service = new SessionService(store, engine, { tickMs: 0 });
  cleanups.push(async () => service.close());
  return service;
}

/** The log once nothing has been appended for a while (the AI turns have run out). */
async function settled(store: SessionStore, id: string, quietMs = 400, maxMs = 20_000): Promise<StoredEvent[]> {
  const t0 = Date.now();
  let log = await store.read(id, 0);
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() - t0 > maxMs) throw new Error('the AI seats never settled');
    await new Promise((r) => setTimeout(r, 25));
    const now = await store.read(id, 0);
    if (now.length !== log.length) since = Date.now();
    log = now;
  }
  return log;
}

const castsIn = (log: readonly StoredEvent[], voteId: string) =>
  log.filter((e) => e.type === 'vote-cast' && e.voteId === voteId).map((e) => e.actor);

let n = 0;
const cmd = (body: Record<string, unknown>) => ({ commandId: `t-${++n}`, ...body });

describe.each(TEST_STORE_KINDS)('AI seats across restarts on the $kind store', (kind) => {
  it('plays the AI seats after a restart: a new process casts the votes the stopped one left undone', async () => {
    const made = await kind.create();
    cleanups.push(made.cleanup);
    // A process that stops before any AI turn (it plays none), as if killed right after each command.
    const first = serviceOn(made.store, { ...SESSION_ENGINE, aiTurn: undefined });
    const { id } = await first.create({ title: 'Libya', date: '2019-04-18', scenario: LIBYA });
    for (const code of AI) await first.command(id, 'chair', cmd({ type: 'assign-ai', seat: code }));
    await first.command(id, 'chair', cmd({ type: 'open-vote', voteId: 'v', draftId: DRAFT }));
    first.close();
    expect(castsIn(await made.store.read(id, 0), 'v')).toEqual([]);
    const second = serviceOn(await made.reopen());
    await second.resume();
    const log = await settled(made.store, id);
    expect(castsIn(log, 'v').sort()).toEqual(AI.map((c) => `seat:${c}`).sort());
  });
});

// SQLite is one process's file; several processes share a session through PostgreSQL (or, in tests, one
// memory store shared by two services).
describe.each(TEST_STORE_KINDS.filter((k) => k.kind !== 'sqlite'))('two processes on one $kind store', (kind) => {
  it('never let an AI delegation act twice, whichever process sees the event first', async () => {
    const made = await kind.create();
    cleanups.push(made.cleanup);
    const a = serviceOn(made.store);
    const b = serviceOn(await made.reopen());
    const { id } = await a.create({ title: 'Libya', date: '2019-04-18', scenario: LIBYA });
    await b.view(id, 'chair');
    for (const code of AI) await (code < 'M' ? a : b).command(id, 'chair', cmd({ type: 'assign-ai', seat: code }));
    const before = await settled(made.store, id);
    const amendment = before.find((e) => e.type === 'amendment-proposed' && e.draftId === DRAFT)?.amendmentId;
    await b.command(id, 'chair', cmd({ type: 'open-vote', voteId: 'va', amendmentId: amendment }));
    const log = await settled(made.store, id);
    expect(castsIn(log, 'va').sort()).toEqual(AI.map((c) => `seat:${c}`).sort());
    const acts = log.filter((e) => e.ai !== undefined && e.type !== 'ai-noted');
    const keys = acts.map((e) => JSON.stringify({ ...e, seq: 0, at: 0 }));
    expect(new Set(keys).size).toBe(keys.length);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
  });
});
