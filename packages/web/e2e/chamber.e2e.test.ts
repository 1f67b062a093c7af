import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  type Browser,
  ensureBuilt,
  launchBrowser,
  openPage,
  type Served,
  screenshot,
  startServer,
  type WatchedPage,
} from './harness.ts';

// The founding case, served by the real server from the repository's case library, in Chromium.

let served: Served;
let browser: Browser;
let current: WatchedPage | null = null;

beforeAll(async () => {
  ensureBuilt();
  served = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.app.close();
});

afterEach(async () => {
  // Any console error or uncaught exception fails the test that caused it.
  const errors = current?.consoleErrors ?? [];
  await current?.page.close();
  current = null;
  expect(errors).toEqual([]);
});

async function openLibya(): Promise<WatchedPage> {
  current = await openPage(browser);
  await current.page.goto(`${served.url}/?case=libya-2019.yaml`);
  await current.page.getByTestId('verdict').waitFor();
  return current;
}

async function selectDecision(w: WatchedPage, id: string): Promise<void> {
  await w.page.locator(`[data-decision="${id}"]`).click();
  await w.page.locator(`[data-decision="${id}"][aria-current="true"]`).waitFor();
}

async function seatVote(w: WatchedPage, code: string, vote: string): Promise<void> {
  await w.page.locator(`.seat[data-member="${code}"][data-vote="${vote}"]`).waitFor({ timeout: 5000 });
}

async function verdictOf(w: WatchedPage, id: string): Promise<string> {
  return (
    (await w.page.locator(`[data-decision="${id}"] [data-testid="decision-verdict"]`).textContent()) ?? ''
  ).trim();
}

describe('the Libya 2019 case in the browser', () => {
  it('shows the three outcomes: press elements agreed, formal statement blocked, draft resolution vetoed', async () => {
    const w = await openLibya();
    expect(await w.page.getByTestId('scenario-title').textContent()).toContain('Libya, April 2019');
    expect(await verdictOf(w, 'press-elements-5-april')).toContain('Agreed');
    expect(await verdictOf(w, 'formal-statement')).toContain('Blocked');
    expect(await verdictOf(w, 'uk-draft-resolution')).toContain('Vetoed');
    await expect.poll(() => w.page.locator('.seat').count()).toBe(15);
    await expect.poll(() => w.page.locator('.seat.permanent').count()).toBe(5);
    await selectDecision(w, 'uk-draft-resolution');
    expect(await w.page.getByTestId('verdict-reason').textContent()).toContain('Russian Federation');
    await seatVote(w, 'RUS', 'no');
    await seatVote(w, 'USA', 'abstain');
    await screenshot(w.page, 'libya-three-outcomes');
    // The README's picture of the chamber (docs/screenshot-chamber.png is a copy of this one).
    await w.page.locator('.seat[data-member="RUS"]').hover();
    await w.page.getByRole('tooltip').waitFor();
    await w.page.screenshot({ path: path.join(ARTIFACTS, 'chamber-uk-draft.png') });
  });

  it('agrees the formal statement once the LNA clause is toggled and the US no longer insists on it', async () => {
    const w = await openLibya();
    await selectDecision(w, 'formal-statement');
    expect(await w.page.getByTestId('verdict-reason').textContent()).toContain('Russian Federation');
    await w.page.locator('input[data-clause="name-lna"]').uncheck();
    // Without the clause Russia accepts the text, and the United States blocks it instead: the deadlock.
    await seatVote(w, 'RUS', 'yes');
    await seatVote(w, 'USA', 'no');
    expect(await verdictOf(w, 'formal-statement')).toContain('Blocked');
    await w.page.locator('.seat[data-member="USA"]').click();
    await w.page.getByLabel('USA requires name-lna').uncheck();
    await w.page.locator('[data-decision="formal-statement"].passed').waitFor();
    expect(await verdictOf(w, 'formal-statement')).toContain('Agreed');
    expect(await w.page.getByTestId('verdict').textContent()).toContain('Agreed by consensus');
    await screenshot(w.page, 'libya-formal-statement-agreed');
  });

  it('agrees the formal statement with the LNA clause when Russia lifts its red line', async () => {
    const w = await openLibya();
    await selectDecision(w, 'formal-statement');
    expect(await w.page.locator('input[data-clause="name-lna"]').isChecked()).toBe(true);
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByLabel('RUS rejects name-lna').uncheck();
    await w.page.locator('[data-decision="formal-statement"].passed').waitFor();
    expect(await verdictOf(w, 'formal-statement')).toContain('Agreed');
  });

  it('changes the tally when a member’s vote is changed in the side panel', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    const tally = w.page.getByTestId('tally');
    expect(await tally.textContent()).toMatch(/^13 yes of 9 required/);
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByTestId('vote-mode').selectOption('abstain');
    await seatVote(w, 'RUS', 'abstain');
    expect(await tally.textContent()).toMatch(/abstain 2/);
    expect(await verdictOf(w, 'uk-draft-resolution')).toContain('Adopted');
    await w.page.getByTestId('vote-mode').selectOption('yes');
    await expect.poll(() => tally.textContent()).toContain('14 yes of 9 required');
    await screenshot(w.page, 'libya-vote-changed');
  });

  it('shows an uncertain member with its probability and the exact chance of adoption', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByTestId('vote-mode').selectOption('distribution');
    await seatVote(w, 'RUS', 'uncertain');
    await expect.poll(() => w.page.locator('.seat[data-member="RUS"] .seat-prob').textContent()).toBe('50%');
    // Russia votes yes or abstains with even odds; neither blocks, so adoption is certain.
    await expect.poll(() => w.page.getByTestId('probability').textContent()).toContain('100%');
  });

  it('changes the composition when the date changes', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    await expect.poll(() => w.page.locator('.seat[data-member="DEU"]').count()).toBe(1);
    await w.page.getByLabel('Date (composition)').fill('2022-03-01');
    await expect.poll(() => w.page.locator('.seat[data-member="IND"]').count()).toBe(1);
    await expect.poll(() => w.page.locator('.seat[data-member="DEU"]').count()).toBe(0);
    await expect.poll(() => w.page.locator('.seat').count()).toBe(15);
    await expect.poll(() => w.page.locator('.chamber figcaption').textContent()).toContain('1 March 2022');
  });

  it('shows the error of a broken file at its line', async () => {
    const w = await openLibya();
    const broken = [
      'title: A broken scenario',
      'date: 2019-04-18',
      'decisions:',
      '  - id: d1',
      '    instrument: resolutoin',
      '    clauses: [{ id: a }]',
    ].join('\n');
    await w.page
      .getByTestId('open-file')
      .setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    await w.page.getByTestId('editor-errors').waitFor();
    const errors = await w.page.getByTestId('editor-errors').textContent();
    expect(errors).toContain('broken.yaml, line 5, column 17');
    expect(errors).toContain('decisions[0].instrument');
    await w.page.locator('.gutter-line[data-line="5"][data-error="true"]').waitFor();
    await expect.poll(() => w.page.locator('.gutter-line[data-error]').count()).toBe(1);
    await expect.poll(() => w.page.getByTestId('verdict').count()).toBe(0);
    await screenshot(w.page, 'broken-file-error');
  });
});
