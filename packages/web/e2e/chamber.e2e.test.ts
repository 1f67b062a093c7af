import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  editorText,
  pasteIntoEditor,
  registerBrowserSuite,
  screenshot,
  type WatchedPage,
} from './harness.ts';

// The founding case, served by the real server from the repository's case library, in Chromium.

const { openLibya, selectDecision } = registerBrowserSuite();

async function seatVote(w: WatchedPage, code: string, vote: string): Promise<void> {
  await w.page.locator(`.seat[data-member="${code}"][data-vote="${vote}"]`).waitFor({ timeout: 15_000 });
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
    await w.page.getByLabel('Requires: Names the Libyan National Army').uncheck();
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
    await w.page.getByLabel('Rejects: Names the Libyan National Army').uncheck();
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
    const shares = w.page.getByTestId('distribution');
    await shares.getByLabel('no').fill('0');
    await shares.getByLabel('yes').fill('0.5');
    await shares.getByLabel('abstain').fill('0.5');
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
    await w.page.getByLabel('Date (composition)').press('Enter');
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
    // The error is a diagnostic on line 5 of the editor, and only there.
    await w.page.locator('.cm-line:has(.cm-lintRange-error)').waitFor();
    expect(await w.page.locator('.cm-line:has(.cm-lintRange-error)').textContent()).toBe('    instrument: resolutoin');
    await expect.poll(() => w.page.locator('.cm-lint-marker-error').count()).toBe(1);
    await expect.poll(() => w.page.getByTestId('verdict').count()).toBe(0);
    await screenshot(w.page, 'broken-file-error');
  });

  it('saves the scenario file with the what-ifs written into it, comments kept', async () => {
    const w = await openLibya();
    await selectDecision(w, 'formal-statement');
    await w.page.locator('input[data-clause="name-lna"]').uncheck();
    await seatVote(w, 'USA', 'no');
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Save file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('libya-2019.yaml');
    const saved = readFileSync((await download.path()) as string, 'utf8');
    expect(saved).toContain('# Sources');
    const reloaded = parseScenario(saved, 'libya-2019.yaml');
    expect(reloaded.ok && reloaded.scenario.decisions[1]?.tabled).toEqual(['de-escalate']);
  });

  it('opens a pasted JSON scenario', async () => {
    const w = await openLibya();
    const scenario = {
      title: 'A pasted vote',
      body: { members: ['A', 'B', 'C'], permanent: ['A'], threshold: 2 },
      positions: { A: { vote: 'no' } },
      decisions: [{ id: 'motion', instrument: 'resolution' }],
    };
    await w.page.getByText('Paste a scenario').click();
    await w.page.getByLabel('YAML or JSON').fill(JSON.stringify(scenario));
    await w.page.getByRole('button', { name: 'Open pasted text' }).click();
    await expect.poll(() => w.page.getByTestId('scenario-title').textContent()).toBe('A pasted vote');
    expect(await verdictOf(w, 'motion')).toContain('Vetoed');
    await expect.poll(() => w.page.locator('.seat').count()).toBe(3);
  });

  it('shows errors while the file is edited, keeps the last valid chamber, and recovers', async () => {
    const w = await openLibya();
    await w.page.getByLabel('Scenario file libya-2019.yaml').waitFor();
    const original = await editorText(w.page);
    await pasteIntoEditor(w.page, original.replace('instrument: resolution', 'instrument: resolutoin'));
    const banner = w.page.getByTestId('file-errors-banner').filter({ hasText: 'Showing the last valid version' });
    await expect.poll(() => banner.count()).toBe(1);
    await expect.poll(() => w.page.locator('.seat').count()).toBe(15);
    await pasteIntoEditor(w.page, original);
    await expect.poll(() => w.page.getByTestId('file-errors-banner').count()).toBe(0);
  });

  it('re-evaluates a what-if and re-renders within a frame once warm (timings printed, not asserted)', async () => {
    const w = await openLibya();
    await selectDecision(w, 'formal-statement');
    // A click is a discrete event: React renders and commits before click() returns, so this times
    // the whole what-if (rewrite the file, load it, evaluate every decision, render the chamber).
    const handling = await w.page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[data-clause="name-lna"]');
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        box?.click();
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b);
    });
    const median = handling[Math.floor(handling.length / 2)] ?? 0;
    console.log(
      `clause toggle to rendered chamber, 20 runs: median ${median.toFixed(1)} ms, max ${handling.at(-1)?.toFixed(1)} ms; header: ${await w.page.getByTestId('timing').textContent()}`,
    );
    expect(handling).toHaveLength(20);
    await seatVote(w, 'USA', 'yes');
  });
});
