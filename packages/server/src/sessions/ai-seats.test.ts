// Issue 15, item 3, on every store: the chair hands empty seats to AI delegations, which act through the
// same command path as people (validation, log, live feed), marked, on what their seat may see.
import { readFileSync } from 'node:fs';
import { evaluateScenario } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STORE_KINDS } from '../store/test-stores.ts';
import type { StoredEvent } from '../store/types.ts';
import { SESSION_ENGINE } from './engine-adapter.ts';
import {
  call,
  createTestSession,
  LiveClient,
  startTestServer,
  type TestServer,
  type TestSession,
} from './test-server.test-helper.ts';

const LIBYA = readFileSync(new URL('../../../../cases/libya-2019.yaml', import.meta.url), 'utf8');
const HUMAN = 'GBR';
const DRAFT = 'uk-draft-resolution';
/** A private position of the human delegation, with a value no other role may ever read. */
const SECRET = 'gbr-private-marker-5c1f';

/** The engine's own evaluation of the British draft as tabled (every member voting as predicted). */
function engineOutcome() {
  const parsed = parseScenario(LIBYA, 'libya-2019.yaml');
  if (!parsed.ok) throw new Error('the Libya case does not parse');
  const evaluation = evaluateScenario(parsed.scenario).find((e) => e.decision.id === DRAFT);
  if (!evaluation) throw new Error(`no ${DRAFT} in the Libya case`);
  return evaluation.outcome;
}

const isAiSeat = (e: StoredEvent) => e.actor.startsWith('seat:') && e.actor !== `seat:${HUMAN}`;

describe.each(TEST_STORE_KINDS)('AI seats on the $kind store', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { tickMs: 0 });
  });
  afterAll(async () => server.close());

  describe('a chair and one human delegation vote on the British draft with 14 AI delegations', () => {
    let s: TestSession;
    let gbr: LiveClient;
    let others: string[];
    beforeAll(async () => {
      s = await createTestSession(server.url, '2019-04-18', LIBYA);
      gbr = new LiveClient(server.url, s.id, { token: s.token(`seat:${HUMAN}`), after: 0 });
      await gbr.opened;
      const secret = { values: { [SECRET]: 5, ceasefire: 1 }, yesAt: 0 };
      const stated = await s.command(`seat:${HUMAN}`, {
        type: 'state-position',
        position: secret,
        visibility: 'private',
        draftId: DRAFT,
      });
      expect(stated.status).toBe(200);
      others = Object.keys(s.tokens.seats).filter((code) => code !== HUMAN);
      for (const code of others) {
        const r = await s.command('chair', { type: 'assign-ai', seat: code });
        expect(r.status, r.text).toBe(200);
      }
      // The AI delegations react to the drafts on the table: Russia asks to delete the blame.
      await gbr.until((c) => c.messages.some((e) => e.type === 'amendment-proposed' && e.actor === 'seat:RUS'));
      // Amendments are voted before their draft (Rule 36): the chair puts each to the vote in turn.
      for (let i = 0; i < 10; i++) {
        const state = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.tokens.chair });
        const draft = state.body.drafts.find((d: { id: string }) => d.id === DRAFT);
        const pending = draft.amendments.filter((a: { status: string }) => a.status === 'proposed');
        if (pending.length === 0) break;
        const voteId = `va${i}`;
        let opened = false;
        for (const a of pending) {
          const r = await s.command('chair', { type: 'open-vote', voteId, amendmentId: a.id });
          if (r.status === 200) {
            opened = true;
            break;
          }
        }
        expect(opened).toBe(true);
        await gbr.until((c) => c.messages.filter((e) => e.type === 'vote-cast' && e.voteId === voteId).length === 14);
        const cast = await s.command(`seat:${HUMAN}`, { type: 'cast-vote', voteId, vote: 'no' });
        expect(cast.status).toBe(200);
        expect((await s.command('chair', { type: 'close-vote', voteId })).status).toBe(200);
        await gbr.until((c) => c.messages.some((e) => e.type === 'vote-closed' && e.voteId === voteId));
      }
      expect(await s.command('chair', { type: 'open-vote', voteId: 'v', draftId: DRAFT })).toMatchObject({
        status: 200,
      });
      await gbr.until((c) => c.messages.filter((e) => e.type === 'vote-cast' && e.voteId === 'v').length === 14);
      expect(await s.command(`seat:${HUMAN}`, { type: 'cast-vote', voteId: 'v', vote: 'yes' })).toMatchObject({
        status: 200,
      });
      expect(await s.command('chair', { type: 'close-vote', voteId: 'v' })).toMatchObject({ status: 200 });
      await gbr.until((c) => c.messages.some((e) => e.type === 'vote-closed' && e.voteId === 'v'));
    }, 60_000);
    afterAll(() => gbr.close());

    it('closes the vote with the result the engine gives for the text', () => {
      const closed = gbr.messages.find((e) => e.type === 'vote-closed' && e.voteId === 'v');
      const engine = engineOutcome();
      const outcome = closed?.outcome as { adopted: boolean; reason: string; vetoes: string[] };
      expect([outcome.adopted, outcome.reason, outcome.vetoes]).toEqual([engine.adopted, engine.reason, engine.vetoes]);
    });

    it('records each AI delegation’s vote as its position predicts', () => {
      const closed = gbr.messages.find((e) => e.type === 'vote-closed' && e.voteId === 'v');
      const parsed = parseScenario(LIBYA, 'libya-2019.yaml');
      if (!parsed.ok) throw new Error('the Libya case does not parse');
      const predicted = evaluateScenario(parsed.scenario).find((e) => e.decision.id === DRAFT)?.votes ?? [];
      const votes = closed?.votes as Record<string, string>;
      expect(Object.fromEntries(others.map((m) => [m, votes[m]]))).toEqual(
        Object.fromEntries(predicted.filter((v) => v.member !== HUMAN).map((v) => [v.member, v.vote])),
      );
    });

    it('marks every event of an AI seat with its strategy, and none of the person’s or the chair’s', async () => {
      const log = await server.store.read(s.id, 0);
      expect(log.filter((e) => isAiSeat(e) !== (e.ai !== undefined))).toEqual([]);
      expect(log.filter(isAiSeat).every((e) => (e.ai as { strategy: string }).strategy === 'boulware')).toBe(true);
      expect(log.filter(isAiSeat).length).toBeGreaterThanOrEqual(28);
    });

    it('pushes the AI delegations’ events on the live feed like a person’s, in order and once', async () => {
      const log = await server.store.read(s.id, 0);
      const visible = log.filter((e) => SESSION_ENGINE.visible(e, `seat:${HUMAN}`));
      const seqs = gbr.messages.map((e) => e.seq);
      expect(seqs).toEqual(visible.filter((e) => e.seq <= (seqs.at(-1) ?? 0)).map((e) => e.seq));
    });

    it('never lets the human delegation’s private position reach what an AI seat may see', async () => {
      for (const code of others) {
        const token = s.token(`seat:${code}`);
        const events = await call(server.url, 'GET', `/api/sessions/${s.id}/events?after=0`, { token });
        const state = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token });
        expect([events.status, state.status]).toEqual([200, 200]);
        expect(events.text + state.text).not.toContain(SECRET);
      }
      const log = await server.store.read(s.id, 0);
      expect(JSON.stringify(log.filter((e) => e.ai !== undefined))).not.toContain(SECRET);
      expect(JSON.stringify(log)).toContain(SECRET);
    });
  });

  describe('handing seats over', () => {
    let s: TestSession;
    beforeAll(async () => {
      s = await createTestSession(server.url, '2019-04-18');
    });

    it('lets only the chair hand a seat to AI (403 for a seat and the gallery)', async () => {
      const bySeat = await s.command('seat:FRA', { type: 'assign-ai', seat: 'DEU' });
      const byGallery = await s.command('gallery', { type: 'release-ai', seat: 'DEU' });
      expect([bySeat.status, byGallery.status]).toEqual([403, 403]);
    });

    it('refuses a seat whose person is connected to the live feed (409 session/seat-claimed)', async () => {
      const live = new LiveClient(server.url, s.id, { token: s.token('seat:POL'), after: 0 });
      await live.opened;
      await live.until(() => live.messages.length > 0);
      const r = await s.command('chair', { type: 'assign-ai', seat: 'POL' });
      live.close();
      expect([r.status, r.body.error.code]).toEqual([409, 'session/seat-claimed']);
    });

    it('refuses a seat a person has acted for (409 session/seat-claimed)', async () => {
      await s.command('seat:PER', { type: 'inscribe-speaker' });
      const r = await s.command('chair', { type: 'assign-ai', seat: 'PER' });
      expect([r.status, r.body.error.code]).toEqual([409, 'session/seat-claimed']);
    });

    it('refuses the seat’s own token while AI holds it, and accepts it once the chair takes the seat back', async () => {
      expect((await s.command('chair', { type: 'assign-ai', seat: 'KWT', strategy: 'hard-liner' })).status).toBe(200);
      const held = await s.command('seat:KWT', { type: 'inscribe-speaker' });
      expect([held.status, held.body.error.code]).toEqual([409, 'session/seat-held-by-ai']);
      expect((await s.command('chair', { type: 'release-ai', seat: 'KWT' })).status).toBe(200);
      expect((await s.command('seat:KWT', { type: 'inscribe-speaker' })).status).toBe(200);
    });

    it('shows every role which seats AI holds', async () => {
      expect((await s.command('chair', { type: 'assign-ai', seat: 'IDN' })).status).toBe(200);
      const state = await call(server.url, 'GET', `/api/sessions/${s.id}`, { token: s.token('gallery') });
      expect(state.body.ai).toEqual([expect.objectContaining({ member: 'IDN', strategy: 'boulware' })]);
    });

    it('answers a malformed assign-ai 400 naming the field', async () => {
      const r = await s.command('chair', { type: 'assign-ai', seat: 'IDN', strategy: 'greedy' });
      expect([r.status, r.body.error.message]).toEqual([400, expect.stringContaining('strategy')]);
    });
  });
});
