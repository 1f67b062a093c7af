import { describe, expect, it } from 'vitest';
import { registerBrowserSuite, type WatchedPage } from './harness.ts';

// The view in the address and in local storage: reload, a shared link, undo and redo, opened files.

const { openLibya, selectDecision } = registerBrowserSuite();

async function seatVote(w: WatchedPage, code: string, vote: string): Promise<void> {
  await w.page.locator(`.seat[data-member="${code}"][data-vote="${vote}"]`).waitFor();
}

/** Two what-ifs on the formal statement: the LNA clause dropped, then the US requirement lifted. */
async function twoWhatIfs(w: WatchedPage): Promise<void> {
  await selectDecision(w, 'formal-statement');
  await w.page.locator('input[data-clause="name-lna"]').uncheck();
  await seatVote(w, 'USA', 'no');
  await w.page.locator('.seat[data-member="USA"]').click();
  await w.page.getByLabel('Requires: Names the Libyan National Army').uncheck();
  await seatVote(w, 'USA', 'yes');
}

describe('the view in the address', () => {
  it('comes back as it was after a reload: decision, what-ifs and the member panel', async () => {
    const w = await openLibya();
    await twoWhatIfs(w);
    // The address is written once the page is idle; a reload before that still comes back as it was.
    await w.page.reload();
    await w.page.locator('[data-decision="formal-statement"][aria-current="true"]').waitFor();
    await seatVote(w, 'USA', 'yes');
    expect(await w.page.locator('input[data-clause="name-lna"]').isChecked()).toBe(false);
    expect(await w.page.getByTestId('position-panel').textContent()).toContain('United States of America');
    expect(await w.page.getByTestId('what-if-count').textContent()).toBe('2 what-ifs applied');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('d')).toBe('formal-statement');
  });

  it('reproduces the screen from a shared link in a browser that has never seen it', async () => {
    const w = await openLibya();
    await twoWhatIfs(w);
    await w.page.getByRole('button', { name: 'Share this view' }).click();
    const link = await w.page.getByTestId('share-link').inputValue();
    await w.page.evaluate(() => window.localStorage.clear());
    await w.page.goto('about:blank');
    await w.page.goto(link);
    await w.page.locator('[data-decision="formal-statement"][aria-current="true"]').waitFor();
    await seatVote(w, 'USA', 'yes');
    await seatVote(w, 'RUS', 'yes');
    expect(await w.page.locator('[data-decision="formal-statement"]').textContent()).toContain('Agreed');
  });

  it('undoes and redoes the what-ifs one step at a time, from the buttons and the keyboard', async () => {
    const w = await openLibya();
    await twoWhatIfs(w);
    await w.page.getByRole('button', { name: 'Undo', exact: true }).click();
    await seatVote(w, 'USA', 'no');
    expect(await w.page.locator('input[data-clause="name-lna"]').isChecked()).toBe(false);
    await w.page.getByRole('button', { name: 'Undo', exact: true }).click();
    await seatVote(w, 'RUS', 'no');
    await seatVote(w, 'USA', 'yes');
    expect(await w.page.locator('input[data-clause="name-lna"]').isChecked()).toBe(true);
    expect(await w.page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    await w.page.getByRole('button', { name: 'Redo', exact: true }).click();
    await seatVote(w, 'USA', 'no');
    await w.page.locator('.seat[data-member="FRA"]').focus();
    await w.page.keyboard.press('Control+Shift+Z');
    await seatVote(w, 'USA', 'yes');
    await w.page.keyboard.press('Control+Z');
    await seatVote(w, 'USA', 'no');
  });

  it('names an opened file by its content, not by the case it replaced, and reopens it on reload', async () => {
    const w = await openLibya();
    const yaml = [
      'title: My own vote',
      'body: { members: [A, B, C], permanent: [A], threshold: 2 }',
      'positions: { A: { vote: no } }',
      'decisions: [{ id: motion, instrument: resolution }]',
    ].join('\n');
    await w.page
      .getByTestId('open-file')
      .setInputFiles({ name: 'mine.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
    await expect.poll(() => w.page.getByTestId('scenario-title').textContent()).toBe('My own vote');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('case')).toBeNull();
    expect(new URL(w.page.url()).searchParams.get('file')).toMatch(/^[0-9a-f]{14}$/);
    await w.page.reload();
    await expect.poll(() => w.page.getByTestId('scenario-title').textContent()).toBe('My own vote');
    await expect.poll(() => w.page.locator('.seat').count()).toBe(3);
  });
});
