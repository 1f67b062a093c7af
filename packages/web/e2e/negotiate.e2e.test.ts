import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Decision, memberId } from '@horseshoe/engine';
import { negotiate, seededRng } from '@horseshoe/engine/negotiation';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { withClauseTexts } from '../src/words/sentences.ts';
import { seriousViolations } from './axe.ts';
import { CASES_DIR, registerBrowserSuite, type WatchedPage } from './harness.ts';

// The negotiation player (issue 15, item 4): the Libya case's British draft negotiated with GBR holding
// the pen, stepped through with Next, Back, the arrow keys and Play, against the engine's own answer.

const { openLibya, selectDecision } = registerBrowserSuite();

function libyaDecision(id: string): Decision {
  const r = parseScenario(readFileSync(path.join(CASES_DIR, 'libya-2019.yaml'), 'utf8'), 'libya-2019.yaml');
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.scenario.decisions.find((d) => d.id === id) as Decision;
}

/** The engine's talks on the British draft with the player's defaults and GBR holding the pen. */
const DRAFT = libyaDecision('uk-draft-resolution');
const EXPECTED = negotiate({ decision: DRAFT, penholder: memberId('GBR'), rounds: 10, rng: seededRng(1) });

/** Opens the Libya case on the British draft and the player with GBR holding the pen. */
async function openPlayer(viewport?: { width: number; height: number }): Promise<WatchedPage> {
  const w = await openLibya(viewport);
  await selectDecision(w, 'uk-draft-resolution');
  await w.page.getByTestId('negotiate-open').click();
  await w.page.getByTestId('negotiate-panel').waitFor();
  await w.page.getByTestId('negotiate-penholder').selectOption('GBR');
  await w.page.locator('[data-testid="negotiate-frame"][data-step="0"]').waitFor();
  return w;
}

const frame = (w: WatchedPage) => w.page.getByTestId('negotiate-frame');
const seat = (w: WatchedPage, code: string) =>
  w.page.locator(`[data-testid="negotiate-player"] .seat[data-member="${code}"]`);

describe('the negotiation player', () => {
  it('does not load the player until asked, then focuses its title', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    expect(await w.page.getByTestId('negotiate-panel').count()).toBe(0);
    const scripts = await w.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((s) => s.includes('negotiate-panel'))).toEqual([]);
    await w.page.getByTestId('negotiate-open').click();
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('negotiate-title');
  });

  it('shows the text on the table and every predicted vote at the opening', async () => {
    const w = await openPlayer();
    const text = w.page.getByTestId('negotiate-text').locator('li');
    await expect
      .poll(() => text.allTextContents())
      .toEqual(['Calls for a ceasefire in Libya', "Attributes the flare-up to the LNA's advance on Tripoli"]);
    await expect
      .poll(() => w.page.getByTestId('negotiate-action').textContent())
      .toMatch(/^United Kingdom .* circulates a draft resolution/);
    await expect.poll(() => seat(w, 'RUS').getAttribute('data-vote')).toBe('no');
    await expect.poll(() => seat(w, 'USA').getAttribute('data-vote')).toBe('abstain');
    expect(await seat(w, 'RUS').textContent()).toContain(
      'Russian Federation votes no: the text attributes the flare-up',
    );
  });

  it('steps forward and back with the buttons and the arrow keys, announcing each step', async () => {
    const w = await openPlayer();
    await w.page.getByRole('button', { name: 'Next' }).click();
    await frame(w).and(w.page.locator('[data-step="1"]')).waitFor();
    await expect
      .poll(() => w.page.getByTestId('negotiate-announcement').textContent())
      .toMatch(/^Step 2 of \d+\. Round 1\. /);
    await w.page.getByRole('button', { name: 'Back' }).click();
    await frame(w).and(w.page.locator('[data-step="0"]')).waitFor();
    await w.page.keyboard.press('ArrowRight');
    await frame(w).and(w.page.locator('[data-step="1"]')).waitFor();
    await w.page.keyboard.press('ArrowLeft');
    await frame(w).and(w.page.locator('[data-step="0"]')).waitFor();
    // The address keeps the settings and the step: a reload comes back to the same step.
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('n')).toBe('GBR.10.1.1');
    await w.page.reload();
    await frame(w).and(w.page.locator('[data-step="1"]')).waitFor();
  });

  it('shows the text losing the blamed clause when the penholder accepts the amendment', async () => {
    const w = await openPlayer();
    const next = w.page.getByRole('button', { name: 'Next' });
    while ((await frame(w).getAttribute('data-action')) !== 'accept-amendment') {
      expect(await next.getAttribute('aria-disabled')).toBe('false');
      await next.click();
    }
    await expect
      .poll(() => w.page.getByTestId('negotiate-text').locator('li').allTextContents())
      .toEqual(['Calls for a ceasefire in Libya']);
    expect(await w.page.getByTestId('negotiate-deleted').textContent()).toContain('Attributes the flare-up');
    expect(await w.page.getByTestId('negotiate-action').textContent()).toMatch(/accepts .*'s amendment and deletes/);
    await expect.poll(() => seat(w, 'RUS').getAttribute('data-vote')).toBe('yes');
  });

  it('plays to the end and shows the engine’s outcome in the President’s words and the search', async () => {
    const w = await openPlayer();
    await w.page.getByTestId('negotiate-play').click();
    await w.page.getByTestId('negotiate-end').waitFor({ timeout: 30_000 });
    expect(await w.page.getByTestId('negotiate-play').textContent()).toContain('Play');
    expect(await w.page.getByTestId('negotiate-outcome').textContent()).toBe(
      withClauseTexts(EXPECTED.outcome.explanation, DRAFT.clauses),
    );
    expect(EXPECTED.passed).toBe(true);
    const votes = await w.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="negotiate-player"] .seat')].map((s) => [
        s.getAttribute('data-member'),
        s.getAttribute('data-vote'),
      ]),
    );
    expect(Object.fromEntries(votes)).toEqual(EXPECTED.votes);
    const comparison = await w.page.getByTestId('negotiate-comparison').textContent();
    expect(comparison).toContain('A passing text existed.');
    expect(comparison).toMatch(/gap/);
  });
});

describe.each([
  { name: 'desktop 1280×800', width: 1280, height: 800 },
  { name: 'phone 390×844', width: 390, height: 844 },
])('the player at $name', (size) => {
  it('has no serious or critical axe violation, at the opening and at the end', async () => {
    const w = await openPlayer({ width: size.width, height: size.height });
    expect(await seriousViolations(w.page, '[data-testid="negotiate-panel"]')).toEqual([]);
    await w.page.getByRole('button', { name: 'Next' }).focus();
    await w.page.keyboard.press('End');
    await w.page.getByTestId('negotiate-end').waitFor();
    expect(await seriousViolations(w.page, '[data-testid="negotiate-panel"]')).toEqual([]);
  });

  it('fits the controls in the width of the screen', async () => {
    const w = await openPlayer({ width: size.width, height: size.height });
    // Every element of the panel inside its box (none pushes the page sideways).
    const outside = await w.page.evaluate(() => {
      const panel = document.querySelector('[data-testid="negotiate-panel"]') as HTMLElement;
      const right = panel.getBoundingClientRect().right + 1;
      return [...panel.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > right && !e.closest('.visually-hidden'))
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}.${e.className} "${e.textContent?.slice(0, 30)}" (${Math.round(e.getBoundingClientRect().right - right)} px)`,
        );
    });
    expect(outside).toEqual([]);
    const box = await w.page.getByTestId('negotiate-play').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });
});
