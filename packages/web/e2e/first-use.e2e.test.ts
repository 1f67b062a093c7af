import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, registerBrowserSuite, screenshot } from './harness.ts';

// What a newcomer sees first, the guided tour, plain language, and keyboard use of the member panel.

const { openLibya, selectDecision } = registerBrowserSuite();

const PHONE = { width: 390, height: 844 };

describe('first use', () => {
  it('opens the founding case on the vetoed draft, with the decisions as tabs above the chamber and a one-line intro', async () => {
    const w = await openLibya();
    await w.page.locator('[data-decision="uk-draft-resolution"][aria-current="true"]').waitFor();
    expect(await w.page.getByTestId('verdict').textContent()).toContain('Vetoed');
    expect(await w.page.getByTestId('intro').textContent()).toContain('Each seat is a Council member');
    const tabs = await w.page.locator('[data-tour="decisions"]').boundingBox();
    const chamber = await w.page.locator('.chamber').boundingBox();
    expect(tabs && chamber && tabs.y + tabs.height <= chamber.y).toBe(true);
    expect(tabs && tabs.y < 300).toBe(true);
  });

  it('walks through a five-step tour of the founding case, pointing at each part, and closes', async () => {
    const w = await openLibya();
    await w.page.getByTestId('tour-start').click();
    const tour = w.page.getByTestId('tour');
    await expect.poll(() => tour.textContent()).toContain('step 1 of 5');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('tour-title');
    await expect.poll(() => w.page.locator('[data-tour="decisions"].tour-target').count()).toBe(1);
    for (let step = 2; step <= 5; step++) {
      await tour.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => tour.textContent()).toContain(`step ${step} of 5`);
    }
    await expect.poll(() => w.page.locator('.seat[data-member="RUS"].tour-target').count()).toBe(1);
    await tour.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => tour.count()).toBe(0);
    expect(await w.page.locator('.tour-target').count()).toBe(0);
  });

  it('shows the chamber first on a phone and the member panel as a sheet beside it, with no jump', async () => {
    const w = await openLibya(PHONE);
    const seat = w.page.locator('.seat[data-member="RUS"]');
    const before = await seat.boundingBox();
    expect(before && before.y + before.height < PHONE.height).toBe(true);
    await seat.click();
    const sheet = w.page.getByTestId('position-panel');
    await sheet.waitFor();
    const scrolled = await w.page.evaluate(() => window.scrollY);
    const box = await w.page.locator('.col-right').boundingBox();
    // The sheet covers the lower part of the screen; the chamber stays where it was.
    expect(box && box.y >= PHONE.height * 0.4 && box.y + box.height <= PHONE.height + 1).toBe(true);
    expect(scrolled).toBeLessThan(200);
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(w.page, 'phone-member-sheet');
    // The README's phone picture (docs/screenshot-phone.png is a copy of this one): the screen as seen.
    await w.page.screenshot({ path: path.join(ARTIFACTS, 'phone-chamber-sheet.png') });
  });
});

describe('the member panel from the keyboard', () => {
  it('moves focus into the panel on Enter and back to the seat on Escape', async () => {
    const w = await openLibya();
    await w.page.locator('.seat[data-member="RUS"]').focus();
    await w.page.keyboard.press('Enter');
    await w.page.getByTestId('position-panel').waitFor();
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('position-title');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.getByTestId('position-panel').count()).toBe(0);
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('data-member'))).toBe('RUS');
  });

  it('announces the new verdict when a what-if changes it', async () => {
    const w = await openLibya();
    await selectDecision(w, 'formal-statement');
    const live = w.page.getByTestId('verdict-announcement');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect((await live.textContent())?.trim()).toBe('');
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByLabel('Rejects: Names the Libyan National Army').uncheck();
    await expect.poll(() => live.textContent()).toContain('Agreed');
  });
});

describe('plain language', () => {
  it('says why a member votes as it does in a sentence with the clause text, never in engine words', async () => {
    const w = await openLibya();
    await w.page.locator('.seat[data-member="USA"]').click();
    expect(await w.page.getByTestId('member-vote').textContent()).toContain(
      'United States of America abstains: the text is worth -1 to it, less than the 1 it needs to vote yes.',
    );
    for (const id of ['press-elements-5-april', 'formal-statement', 'uk-draft-resolution']) {
      await selectDecision(w, id);
      // Everything a person reads except the scenario file itself (YAML stays for advanced users).
      const words = await w.page.evaluate(() => {
        const page = document.body.cloneNode(true) as HTMLElement;
        for (const file of page.querySelectorAll('[aria-labelledby="file-title"]')) file.remove();
        return page.textContent ?? '';
      });
      expect(words, id).not.toMatch(/yesAt|noBelow|utility|`|As a press elements|a press elements/);
    }
  });

  it('explains an instrument in a glossary tooltip on keyboard focus', async () => {
    const w = await openLibya();
    await w.page.getByTestId('glossary-term').first().focus();
    const tip = w.page.getByRole('tooltip').filter({ hasText: '9 of the 15 votes' });
    await expect.poll(() => tip.count()).toBe(1);
  });

  it('opens a file on the decision its open: names, not on the most contested one', async () => {
    const w = await openLibya();
    const yaml = [
      'title: The author chose',
      'body: { members: [A, B, C], permanent: [A], threshold: 2 }',
      'open: agreed',
      'decisions:',
      '  - { id: vetoed, instrument: resolution, positions: { A: { vote: no } } }',
      '  - { id: agreed, instrument: resolution }',
    ].join('\n');
    await w.page
      .getByTestId('open-file')
      .setInputFiles({ name: 'chosen.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
    await w.page.locator('[data-decision="agreed"][aria-current="true"]').waitFor();
    expect(await w.page.getByTestId('verdict').textContent()).toContain('Adopted');
  });
});
