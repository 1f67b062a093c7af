import path from 'node:path';
import { isVetoCode, libyaTimeline, loadDataset, openRecordDb, recordStats, searchDecisions } from '@horseshoe/record';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, registerBrowserSuite } from './harness.ts';

// The record as a tool: search and filters over a record imported (into memory) from the Library's
// tables, links to the UN documents, and each case decision's recorded outcome beside the prediction.

// The record loaded (into memory) from the repository's data/, as `horseshoe history import` loads it.
const DATA = path.join(REPO_ROOT, 'data');

const { openLibya, selectDecision } = registerBrowserSuite(() => {
  const db = openRecordDb(':memory:');
  loadDataset(db, DATA);
  return {
    record: {
      label: '/srv/secret/path/record.db',
      stats: () => recordStats(db),
      libyaTimeline: () => libyaTimeline(db),
      search: ({ vetoedBy, ...rest }) =>
        searchDecisions(db, { ...rest, ...(vetoedBy !== undefined && isVetoCode(vetoedBy) ? { vetoedBy } : {}) }),
    },
  };
});

describe('the record in the browser', () => {
  it('finds the Russian vetoes of the 2010s, each linked to its UN document', async () => {
    const w = await openLibya();
    const search = w.page.getByTestId('record-search');
    await search.scrollIntoViewIfNeeded();
    await search.getByLabel('Vetoed by').selectOption('RUS');
    await search.getByLabel('Decade').selectOption('2010');
    await expect.poll(() => w.page.getByTestId('record-count').textContent()).toMatch(/^1\d decisions match\.$/);
    const rows = w.page.getByTestId('record-row');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      const text = (await rows.nth(i).textContent()) ?? '';
      expect(text).toContain('vetoed');
      expect(text).toContain('RUS');
    }
    const href = await rows.first().getByRole('link').getAttribute('href');
    expect(href).toMatch(/^https:\/\/undocs\.org\/S\/\d{4}\/\d+$/);
  });

  it('filters by instrument and outcome, and says when nothing matches', async () => {
    const w = await openLibya();
    const search = w.page.getByTestId('record-search');
    await search.getByLabel('Instrument and outcome').selectOption('prst');
    await search.getByLabel('Words (topic or symbol)').fill('Libya');
    await expect.poll(() => w.page.getByTestId('record-row').first().textContent()).toContain('presidential statement');
    const rows = await w.page.getByTestId('record-row').allTextContents();
    expect(rows.every((r) => r.includes('presidential statement'))).toBe(true);
    // The vetoed drafts on Libya (1986, 1989: the United States, the United Kingdom and France).
    await search.getByLabel('Instrument and outcome').selectOption('vetoed');
    await expect.poll(() => w.page.getByTestId('record-row').first().textContent()).toContain('vetoed');
    const vetoed = await w.page.getByTestId('record-row').allTextContents();
    expect(vetoed.every((r) => r.includes('vetoed by'))).toBe(true);
    await search.getByLabel('Words (topic or symbol)').fill('no such topic anywhere');
    await expect.poll(() => w.page.getByTestId('record-count').textContent()).toBe('0 decisions match.');
  });

  it('never shows the server’s file path', async () => {
    const w = await openLibya();
    await w.page.getByTestId('libya-timeline').waitFor();
    expect(await w.page.evaluate(() => document.body.textContent)).not.toContain('/srv/secret');
  });

  it('shows each case decision’s recorded outcome beside the prediction', async () => {
    const w = await openLibya();
    await selectDecision(w, 'formal-statement');
    expect(await w.page.getByTestId('recorded').textContent()).toContain(
      'Recorded: Blocked; Russian Federation objected. The prediction agrees with the record.',
    );
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByLabel('Rejects: Names the Libyan National Army').uncheck();
    await expect.poll(() => w.page.getByTestId('recorded').textContent()).toContain('The prediction differs');
    await selectDecision(w, 'uk-draft-resolution');
    expect(await w.page.getByTestId('recorded').count()).toBe(0);
  });
});
