import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, pasteIntoEditor, registerBrowserSuite, screenshot } from './harness.ts';

// The scenario file's editor: CodeMirror 6, YAML, completion from the JSON Schema, errors at their line.

const { openLibya } = registerBrowserSuite();

const START = [
  'title: Typed in the editor',
  'date: 2019-04-18',
  'decisions:',
  '  - id: d1',
  '    instrument: resolution',
  '    clauses:',
  '      - id: condemn',
  '        text: Condemns the attack on Tripoli.',
  'positions:',
  '  RUS:',
  '    ',
].join('\n');

/** True when the editor's text has the keyboard focus (the editor lives in a shadow root). */
function editorHasFocus(page: Page): Promise<boolean> {
  return page.locator('.cm-content').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el);
}

/**
 * Enter on the open list. CodeMirror ignores Enter for its `interactionDelay` (75 ms) after the list
 * opens, so that a fast typist's Enter makes a new line instead of accepting by accident.
 */
async function acceptCompletion(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
}

describe('the scenario editor', () => {
  it('completes a key from the schema, and the file it makes is evaluated', async () => {
    const w = await openLibya();
    await w.page.getByLabel('Scenario file libya-2019.yaml').waitFor();
    await pasteIntoEditor(w.page, START);
    await w.page.keyboard.press('Control+End');
    await w.page.keyboard.type('rej');
    const option = w.page.locator('.cm-tooltip-autocomplete li', { hasText: 'rejects' });
    await option.waitFor();
    await screenshot(w.page, 'editor-completion');
    await acceptCompletion(w.page);
    await w.page.keyboard.type(' [condemn]');
    await expect.poll(() => editorText(w.page)).toContain('  RUS:\n    rejects: [condemn]');
    await expect.poll(() => w.page.getByTestId('verdict').textContent()).toContain('Vetoed');
    expect(await w.page.getByTestId('scenario-title').textContent()).toBe('Typed in the editor');
  });

  it("completes a decision's instrument from the schema's values", async () => {
    const w = await openLibya();
    await w.page.getByLabel('Scenario file libya-2019.yaml').waitFor();
    await pasteIntoEditor(
      w.page,
      START.replace('instrument: resolution', 'instrument: ').replace('\npositions:\n  RUS:\n    ', ''),
    );
    // The cursor after `instrument: ` (line 5), then Ctrl+Space.
    await w.page.locator('.cm-line', { hasText: 'instrument:' }).click();
    await w.page.keyboard.press('End');
    await w.page.keyboard.type('press-s');
    await w.page.locator('.cm-tooltip-autocomplete li', { hasText: 'press-statement' }).waitFor();
    await acceptCompletion(w.page);
    await expect.poll(() => editorText(w.page)).toContain('    instrument: press-statement\n');
    await expect.poll(() => w.page.getByTestId('verdict').textContent()).toContain('Agreed');
  });

  it('shows one slip as one error, at its line, in the editor and below it', async () => {
    const w = await openLibya();
    const editor = w.page.getByLabel('Scenario file libya-2019.yaml');
    await editor.waitFor();
    await pasteIntoEditor(w.page, `${START}requires: [condemn]`);
    await expect.poll(() => w.page.getByTestId('verdict').textContent()).toContain('Adopted');
    // One slip: a key misspelt.
    await pasteIntoEditor(w.page, `${START}requirs: [condemn]`);
    await w.page.getByTestId('editor-errors').waitFor();
    await expect.poll(() => w.page.locator('[data-testid="editor-errors"] li').count()).toBe(1);
    expect(await w.page.getByTestId('editor-errors').textContent()).toContain('line 11, column 5');
    expect(await w.page.getByTestId('editor-errors').textContent()).toContain('did you mean "requires"?');
    await expect.poll(() => w.page.locator('.cm-lint-marker-error').count()).toBe(1);
    expect(await w.page.locator('.cm-line:has(.cm-lintRange-error)').textContent()).toBe('    requirs: [condemn]');
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    await screenshot(w.page, 'editor-located-error');
  });

  it('is used from the keyboard: Ctrl+Space suggests, Tab moves on, an error button puts the cursor there', async () => {
    const w = await openLibya();
    await w.page.getByLabel('Scenario file libya-2019.yaml').waitFor();
    await pasteIntoEditor(w.page, `${START}requirs: [condemn]`);
    const goTo = w.page.getByRole('button', { name: /line 11, column 5/ });
    await goTo.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => editorHasFocus(w.page)).toBe(true);
    await w.page.keyboard.press('Control+Space');
    await w.page.locator('.cm-tooltip-autocomplete li', { hasText: 'rejects' }).waitFor();
    await w.page.keyboard.press('Escape');
    await w.page.keyboard.press('Tab');
    expect(await editorHasFocus(w.page)).toBe(false);
    expect(await w.page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  });
});
