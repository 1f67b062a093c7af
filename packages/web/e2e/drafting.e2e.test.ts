import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorText, REPO_ROOT, registerBrowserSuite } from './harness.ts';

// Drafting a scenario from a pasted report, in the browser: the drafting package is loaded on demand,
// the draft opens in the chamber and the editor, and the report's sentences are highlighted.

const REPORT = readFileSync(
  path.join(REPO_ROOT, 'packages/drafting/fixtures/libya-april-2019-press-report.txt'),
  'utf8',
);

const { openLibya } = registerBrowserSuite();

describe('drafting a scenario in the browser', () => {
  it('drafts the founding report and evaluates it at once: the same three outcomes as the Libya case', async () => {
    const w = await openLibya();
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await w.page.getByTestId('draft-article').fill(REPORT);
    await w.page.getByTestId('draft-date').fill('2019-04-19');
    await w.page.getByTestId('draft-button').click();
    // The first draft loads the language model (about 1 MB compressed) and builds it: give a busy machine time.
    await w.page.locator('[data-decision="gbr-draft-resolution"]').waitFor({ timeout: 90_000 });
    // The drafting code and its language model arrive only when asked for.
    expect(scripts.length).toBeGreaterThan(0);
    expect(await w.page.locator('[data-decision="press-elements-2019-04-05"]').getAttribute('class')).toContain(
      'passed',
    );
    expect(await w.page.locator('[data-decision="presidential-statement"]').getAttribute('class')).toContain('failed');
    expect(await w.page.locator('[data-decision="gbr-draft-resolution"]').getAttribute('class')).toContain('failed');
    expect(await w.page.getByTestId('scenario-title').textContent()).toContain('US and Russia refuse to support');
    await w.page.getByLabel('Scenario file drafted-scenario.yaml').waitFor();
    expect(await editorText(w.page)).toContain('# ASSUMPTION');
  });

  it('highlights the sentences read and, for a selected sentence, the fields that cite it', async () => {
    const w = await openLibya();
    await w.page.getByTestId('draft-article').fill(REPORT);
    await w.page.getByTestId('draft-date').fill('2019-04-19');
    await w.page.getByTestId('draft-button').click();
    const sentence = w.page.locator('.sentence.used', { hasText: 'Russia objected to a reference to the LNA' });
    await sentence.waitFor();
    expect(await sentence.textContent()).toContain('positions.RUS.rejects');
    expect(await w.page.locator('.sentence.unhandled').count()).toBeGreaterThan(3);
    await sentence.getByRole('button').click();
    const cited = w.page.locator('[data-testid="draft-yaml"] .cited');
    expect(await cited.count()).toBeGreaterThan(3);
    expect(await cited.allTextContents()).toContainEqual(expect.stringContaining('rejects:'));
  });

  it('says why a text cannot be drafted', async () => {
    const w = await openLibya();
    await w.page.getByTestId('draft-article').fill('Russia vetoed the draft resolution on Thursday.');
    await w.page.getByTestId('draft-button').click();
    expect(await w.page.getByTestId('draft-error').textContent()).toContain('--date');
  });
});
