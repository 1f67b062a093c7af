import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './harness.ts';
import {
  type CreatedSession,
  command,
  createLibyaSession,
  eventsAsChair,
  join,
  launchChromium,
  libyaScript,
  type Participant,
  type SessionServer,
  startSessionServer,
} from './session-harness.ts';

// Four browsers in one session (chair, Russia, the United States, the gallery), each its own context,
// following the session live over the WebSocket; the other delegations act through the API.

let server: SessionServer;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  server = await startSessionServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens each participant's link and waits until its screen is live. */
async function openAll(
  s: CreatedSession,
  names: readonly ('chair' | 'RUS' | 'USA' | 'gallery')[],
): Promise<Record<string, Participant>> {
  const out: Record<string, Participant> = {};
  for (const name of names) {
    const p = await join(browser, name);
    const link = name === 'chair' ? s.links.chair : name === 'gallery' ? s.links.gallery : s.links.seats[name];
    await p.page.goto(link ?? '');
    await p.page.locator('[data-link="live"] [data-testid="session-role"]').waitFor();
    out[name] = p;
  }
  return out;
}

/** Waits until every page has received the event `seq` (the chair's last), i.e. all screens are in step. */
async function inStep(s: CreatedSession, ps: readonly Participant[]): Promise<number> {
  const last = (await eventsAsChair(server.url, s)).at(-1)?.seq ?? 0;
  await Promise.all(ps.map((p) => p.page.locator(`[data-testid="timeline"] li[data-seq="${last}"]`).waitFor()));
  return last;
}

/** The last seq of the session's log (as the chair sees it). */
async function lastSeq(s: CreatedSession): Promise<number> {
  return (await eventsAsChair(server.url, s)).at(-1)?.seq ?? 0;
}

async function closeAll(ps: readonly Participant[]): Promise<void> {
  const errors = ps.flatMap((p) => p.errors);
  await Promise.all(ps.map((p) => p.context.close()));
  expect(errors).toEqual([]);
}

/** The result each page announces, once it is about `about`. */
async function resultOn(p: Participant, about: string): Promise<string> {
  const result = p.page.getByTestId('result');
  await expect.poll(() => result.textContent()).toContain(about);
  return (await result.textContent()) ?? '';
}

async function object(p: Participant, draftId: string, reason: string): Promise<void> {
  const form = p.page.getByTestId(`object-${draftId}`);
  await form.getByLabel('Your objection').fill(reason);
  await form.getByRole('button', { name: 'Object' }).click();
}

async function proposeDeletion(p: Participant, draftId: string, clauseId: string): Promise<void> {
  const card = p.page.locator(`[data-draft="${draftId}"]`);
  await card.getByText('Propose an amendment').click();
  await card.getByLabel('Change').selectOption('delete');
  await card.getByLabel('Clause', { exact: true }).selectOption(clauseId);
  await card.getByRole('button', { name: /^Propose / }).click();
}

async function statePosition(
  p: Participant,
  draftId: string,
  vote: string,
  visibility: 'public' | 'private',
): Promise<void> {
  const panel = p.page.getByTestId('own-position');
  await panel.getByLabel('On', { exact: true }).selectOption(draftId);
  await panel.getByTestId('position-vote').selectOption(vote);
  if (visibility === 'public') await panel.getByTestId('position-public').check();
  await panel.getByTestId('state-position').click();
  await expect
    .poll(() => panel.getByTestId('own-position-now').textContent())
    .toContain(visibility === 'public' ? 'publicly' : 'privately');
}

/** Every seat but those named votes yes through the API. */
async function othersVoteYes(s: CreatedSession, voteId: string, except: readonly string[]): Promise<void> {
  for (const [code, token] of Object.entries(s.tokens.seats)) {
    if (!except.includes(code)) await command(server.url, s.id, token, { type: 'cast-vote', voteId, vote: 'yes' });
  }
}

describe('a live session in four browsers', () => {
  it('plays the Libya 2019 sequence and every screen shows the same result within a second', async () => {
    // The chair creates the session in the lobby from the library's Libya case.
    const chair = await join(browser, 'chair');
    await chair.page.goto(`${server.url}/sessions/new`);
    await chair.page.getByTestId('lobby-case').selectOption('libya-2019.yaml');
    await expect.poll(() => chair.page.getByTestId('lobby-date').inputValue()).toBe('2019-04-18');
    await chair.page.getByTestId('lobby-create').click();
    const links = chair.page.getByTestId('session-links');
    await links.waitFor();
    const read = (testId: string) => chair.page.getByTestId(testId).locator('input').inputValue();
    const id = (await links.getAttribute('data-session')) ?? '';
    const s: CreatedSession = {
      id,
      tokens: { chair: '', gallery: '', seats: {} },
      links: {
        chair: await read('link-chair'),
        gallery: await read('link-gallery'),
        seats: { RUS: await read('link-seat-RUS'), USA: await read('link-seat-USA') },
      },
    };
    expect(s.links.chair).toMatch(new RegExp(`/sessions/${id}#token=[A-Za-z0-9_-]{40,}$`));
    // The API's other delegations need their tokens: read them from their links.
    const codes = await chair.page
      .locator('[data-testid^="link-seat-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.slice(10) ?? ''));
    for (const code of codes) s.tokens.seats[code] = (await read(`link-seat-${code}`)).split('#token=')[1] ?? '';
    s.tokens.chair = s.links.chair.split('#token=')[1] ?? '';
    await chair.context.close();

    const ps = await openAll(s, ['chair', 'RUS', 'USA', 'gallery']);
    const { chair: c, RUS: rus, USA: usa, gallery } = ps as Record<'chair' | 'RUS' | 'USA' | 'gallery', Participant>;
    const all = [c, rus, usa, gallery];
    try {
      // The chair sees who is in the room.
      await expect.poll(() => c.page.getByTestId('presence').textContent()).toContain('chair, gallery, RUS, USA');
      // The script's steps, each by the browser of its actor (other seats through the API).
      for (const step of libyaScript().steps) {
        const cmd = step.command as { type: string; draftId?: string; reason?: string; clauseId?: string } | null;
        if (!cmd || !step.actor) continue;
        const before = await lastSeq(s);
        const actor = step.actor.type === 'seat' ? `seat:${step.actor.member}` : step.actor.type;
        if (cmd.type === 'circulate-draft') {
          // The session was created from the scenario: its drafts are on the table from the start.
          for (const p of all) await p.page.locator(`[data-draft="${cmd.draftId}"]`).first().waitFor();
        } else if (actor === 'chair' && cmd.type === 'adopt-by-consensus') {
          await c.page.getByTestId(`adopt-${cmd.draftId}`).click();
        } else if (actor === 'seat:RUS' && cmd.type === 'object') {
          await object(rus, cmd.draftId ?? '', cmd.reason ?? '');
        } else if (actor === 'seat:RUS' && cmd.type === 'propose-amendment') {
          await proposeDeletion(rus, cmd.draftId ?? '', cmd.clauseId ?? '');
        } else if (actor === 'seat:USA' && cmd.type === 'inscribe-speaker') {
          await usa.page.getByTestId('inscribe').click();
        } else {
          throw new Error(`the test does not play step ${step.index} (${actor} ${cmd.type})`);
        }
        if (cmd.type !== 'circulate-draft') await expect.poll(() => lastSeq(s)).toBeGreaterThan(before);
        await inStep(s, all);
        if (cmd.type === 'adopt-by-consensus' && cmd.draftId === 'press-elements-5-april') {
          for (const p of all) await resultOn(p, 'press-elements-5-april adopted by consensus');
        }
        if (cmd.type === 'adopt-by-consensus' && cmd.draftId === 'formal-statement') {
          for (const p of all) await resultOn(p, 'Consensus on formal-statement blocked by RUS');
        }
      }

      // Russia and the United States state their positions on the British draft, publicly.
      await statePosition(rus, 'uk-draft-resolution', 'no', 'public');
      await statePosition(usa, 'uk-draft-resolution', 'abstain', 'public');
      await inStep(s, all);

      // The chair opens the vote; the delegations vote; the chair closes it.
      await c.page.getByTestId('open-vote-uk-draft-resolution').click();
      await rus.page.getByTestId('cast-no').click();
      await usa.page.getByTestId('cast-abstain').click();
      await expect.poll(() => rus.page.getByTestId('your-cast').textContent()).toContain('You voted no');
      await othersVoteYes(s, 'vote-1', ['RUS', 'USA']);
      await inStep(s, all);
      await expect.poll(() => c.page.getByTestId('tally-yes').textContent()).toBe('13');

      const closedAt = Date.now();
      await c.page.getByTestId('close-vote').click();
      const seenAfter = await Promise.all(
        all.map(async (p) => {
          await p.page.locator('[data-testid="result"]', { hasText: 'Result of vote vote-1' }).waitFor();
          return Date.now() - closedAt;
        }),
      );
      const words = await Promise.all(all.map((p) => p.page.getByTestId('result').textContent()));
      expect(new Set(words).size).toBe(1);
      expect(words[0]).toContain('not adopted');
      expect(words[0]).toMatch(/negative vote of a permanent member/);
      console.log(`result on every screen after ${seenAfter.join(', ')} ms (chair, RUS, USA, gallery)`);
      expect(Math.max(...seenAfter)).toBeLessThan(1000);
      // The chamber shows each seat's vote on every screen.
      for (const p of all) await p.page.locator('.seat[data-member="RUS"][data-vote="no"]').waitFor();
    } finally {
      await closeAll(all);
    }
  });

  it('counts once a vote cast while the delegation was offline, and every screen agrees', async () => {
    const s = await createLibyaSession(server.url);
    const ps = await openAll(s, ['chair', 'RUS', 'USA', 'gallery']);
    const { chair: c, RUS: rus, USA: usa, gallery } = ps as Record<'chair' | 'RUS' | 'USA' | 'gallery', Participant>;
    const all = [c, rus, usa, gallery];
    try {
      await c.page.getByTestId('open-vote-uk-draft-resolution').click();
      await rus.page.getByTestId('cast-no').waitFor();

      await rus.context.setOffline(true);
      await rus.page.getByTestId('cast-no').click();
      await rus.page.getByTestId('offline-banner').waitFor();
      await expect.poll(() => rus.page.getByTestId('offline-banner').textContent()).toContain('1 command waiting');
      await usa.page.getByTestId('cast-abstain').click();
      await othersVoteYes(s, 'vote-1', ['RUS', 'USA']);
      await new Promise((r) => setTimeout(r, 1500));
      expect(
        (await eventsAsChair(server.url, s)).filter((e) => e.actor === 'seat:RUS' && e.type === 'vote-cast'),
      ).toEqual([]);

      await rus.context.setOffline(false);
      await rus.page.getByTestId('offline-banner').waitFor({ state: 'detached' });
      await expect.poll(() => rus.page.getByTestId('your-cast').textContent()).toContain('You voted no');
      await inStep(s, all);
      await c.page.getByTestId('close-vote').click();
      for (const p of all)
        await p.page.locator('[data-testid="result"]', { hasText: 'Result of vote vote-1' }).waitFor();

      const events = await eventsAsChair(server.url, s);
      expect(events.filter((e) => e.actor === 'seat:RUS' && e.type === 'vote-cast')).toHaveLength(1);
      const closed = events.find((e) => e.type === 'vote-closed') as { votes: Record<string, string> } | undefined;
      expect(closed?.votes.RUS).toBe('no');
      const words = await Promise.all(all.map((p) => p.page.getByTestId('result').textContent()));
      expect(new Set(words).size).toBe(1);
      const tallies = await Promise.all(all.map((p) => p.page.getByTestId('tally-no').first().textContent()));
      expect(tallies).toEqual(['1', '1', '1', '1']);
      for (const p of all) expect(await p.page.locator('.seat[data-vote="no"]').count()).toBe(1);
    } finally {
      await closeAll(all);
    }
  });

  it('starts from a date and an agenda item: a delegation circulates a text and holds its pen', async () => {
    const lobby = await join(browser, 'lobby');
    await lobby.page.goto(`${server.url}/sessions/new`);
    await lobby.page.getByTestId('source-blank').check();
    await lobby.page.getByTestId('lobby-title').fill('Sudan, a rehearsal');
    await lobby.page.getByTestId('lobby-date').fill('2024-06-13');
    await lobby.page.getByTestId('lobby-create').click();
    const link = await lobby.page.getByTestId('link-seat-GBR').locator('input').inputValue();
    const chairLink = await lobby.page.getByTestId('link-chair').locator('input').inputValue();
    await lobby.context.close();
    const gbr = await join(browser, 'GBR');
    const chair = await join(browser, 'chair');
    try {
      await gbr.page.goto(link);
      await chair.page.goto(chairLink);
      await gbr.page.getByText('Circulate a new text').click();
      const form = gbr.page.getByTestId('circulate');
      await form.getByLabel(/^Id/).fill('uk-sudan');
      await form
        .getByLabel('Clauses, one per line')
        .fill('Demands an end to the siege of El Fasher.\nCalls for humanitarian access.');
      await form.getByRole('button', { name: 'Circulate' }).click();
      for (const p of [gbr, chair]) {
        const card = p.page.locator('[data-draft="uk-sudan"]');
        await expect.poll(() => card.textContent()).toContain('penholder GBR');
        expect(await card.locator('[data-clause]').count()).toBe(2);
      }
    } finally {
      await closeAll([gbr, chair]);
    }
  });

  it("never shows Russia's private position on the United States' screen, in the page or on the wire", async () => {
    const s = await createLibyaSession(server.url);
    const ps = await openAll(s, ['RUS', 'USA']);
    const { RUS: rus, USA: usa } = ps as Record<'RUS' | 'USA', Participant>;
    try {
      await statePosition(rus, 'formal-statement', 'no', 'private');
      await usa.page.getByTestId('inscribe').click();
      await inStep(s, [rus, usa]);
      await usa.page.locator('[data-advice="formal-statement"]').waitFor();

      const isRussianPrivate = (x: unknown): boolean => {
        if (Array.isArray(x)) return x.some(isRussianPrivate);
        if (x === null || typeof x !== 'object') return false;
        const o = x as Record<string, unknown>;
        if (o.member === 'RUS' && o.visibility === 'private') return true;
        return Object.values(o).some(isRussianPrivate);
      };
      const privateIn = (p: Participant) =>
        p.received.filter((text) => {
          try {
            return isRussianPrivate(JSON.parse(text));
          } catch {
            return false;
          }
        });
      // Russia itself received its private positions (the scenario's and the one just stated) …
      expect(privateIn(rus).length).toBeGreaterThan(0);
      await expect
        .poll(() => rus.page.getByTestId('timeline').textContent())
        .toContain('RUS stated a private position');
      // … the United States none, on the wire or on the page.
      expect(usa.received.length).toBeGreaterThan(0);
      expect(privateIn(usa)).toEqual([]);
      const usaText = (await usa.page.locator('body').textContent()) ?? '';
      expect(usaText).not.toContain('RUS stated');
      expect(await usa.page.locator('[data-advice="formal-statement"]').textContent()).toMatch(
        /assumed to vote yes: [^.]*RUS/,
      );
    } finally {
      await closeAll([rus, usa]);
    }
  });
});
