import { describe, expect, it } from 'vitest';
import { editorText, registerBrowserSuite } from './harness.ts';

// Writing a scenario without typing YAML: the form, then red lines set by clicking a seat.

const { openLibya } = registerBrowserSuite();

describe('a new scenario without YAML', () => {
  it('goes from the form to an evaluated draft, and to a veto by ticking a red line', async () => {
    const w = await openLibya();
    await w.page.getByTestId('new-scenario').click();
    const form = w.page.getByRole('form', { name: 'New scenario' });
    await form.getByLabel('Title').fill('A ceasefire draft');
    await form.getByLabel('Clause 1').fill('Calls for a ceasefire.');
    await form.getByLabel('Clause 2').fill('Condemns the attack on Tripoli.');
    await form.getByRole('button', { name: 'Create and open' }).click();
    await expect.poll(() => w.page.getByTestId('scenario-title').textContent()).toBe('A ceasefire draft');
    await expect.poll(() => w.page.getByTestId('verdict').textContent()).toContain('Adopted');
    await expect.poll(() => w.page.locator('.seat').count()).toBe(15);
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByLabel('Rejects: Condemns the attack on Tripoli').check();
    await expect.poll(() => w.page.getByTestId('verdict').textContent()).toContain('Vetoed');
    // The file keeps its comments and gets the position when the what-ifs are written into it.
    await w.page.getByRole('button', { name: 'Write them into the file' }).click();
    await w.page.getByLabel('Scenario file new-scenario.yaml').waitFor();
    await expect.poll(() => editorText(w.page)).toContain('RUS:');
    const text = await editorText(w.page);
    expect(text).toContain('# A new scenario, made with the "New scenario" form.');
    expect(text.slice(text.lastIndexOf('RUS:'))).toMatch(/^RUS:\s+rejects:[\s[-]*condemns-the-attack-on/);
  });
});
