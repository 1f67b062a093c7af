import path from 'node:path';
import { isVetoCode, libyaTimeline, loadDataset, openRecordDb, recordStats, searchDecisions } from '@horseshoe/record';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { REPO_ROOT, registerBrowserSuite, type WatchedPage } from './harness.ts';

// axe-core 4.14 (from npm) injected into every main view of the app, at a desktop and a phone size:
// no serious or critical violation of WCAG 2.x A/AA or axe's best practices.

// The record loaded (into memory) from the repository's data/, as `horseshoe history import` loads it.
const DATA = path.join(REPO_ROOT, 'data');

const { openLibya, selectDecision } = registerBrowserSuite(() => {
  const db = openRecordDb(':memory:');
  loadDataset(db, DATA);
  return {
    record: {
      label: 'a test database',
      stats: () => recordStats(db),
      libyaTimeline: () => libyaTimeline(db),
      search: ({ vetoedBy, ...rest }) =>
        searchDecisions(db, { ...rest, ...(vetoedBy !== undefined && isVetoCode(vetoedBy) ? { vetoedBy } : {}) }),
    },
  };
});

/** Waits until every on-demand panel has loaded, so that axe sees the whole page. */
async function allPanels(w: WatchedPage): Promise<void> {
  for (const id of ['power-panel', 'power-context', 'search-panel', 'libya-timeline'])
    await w.page.getByTestId(id).waitFor();
  await w.page.getByTestId('tally-bar').first().waitFor();
}

const SIZES = [
  { name: 'desktop 1280×800', width: 1280, height: 800 },
  { name: 'phone 390×844', width: 390, height: 844 },
] as const;

describe.each(SIZES)('axe-core at $name', (size) => {
  const viewport = { width: size.width, height: size.height };

  it('finds no serious or critical violation on the chamber with every panel loaded', async () => {
    const w = await openLibya(viewport);
    await allPanels(w);
    expect(await seriousViolations(w.page)).toEqual([]);
  });

  it('finds none with a member panel open and the deadlock explained', async () => {
    const w = await openLibya(viewport);
    await selectDecision(w, 'formal-statement');
    await w.page.locator('.seat[data-member="USA"]').click();
    await w.page.getByTestId('position-panel').waitFor();
    await w.page.getByTestId('deadlock').waitFor();
    expect(await seriousViolations(w.page)).toEqual([]);
  });

  it('finds none with the tour open and an uncertain vote', async () => {
    const w = await openLibya(viewport);
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByTestId('vote-mode').selectOption('distribution');
    const shares = w.page.getByTestId('distribution');
    await shares.getByLabel('yes').fill('0.5');
    await shares.getByLabel('no', { exact: true }).fill('0.5');
    await w.page.locator('.seat[data-member="RUS"][data-vote="uncertain"]').waitFor();
    await w.page.keyboard.press('Escape');
    await w.page.getByTestId('tour-start').click();
    await w.page.getByTestId('tour').waitFor();
    expect(await seriousViolations(w.page)).toEqual([]);
  });

  it('finds none on a scenario file with errors', async () => {
    const w = await openLibya(viewport);
    const broken = 'title: Broken\ndate: 2019-04-18\ndecisions:\n  - id: d1\n    instrument: resolutoin\n';
    await w.page
      .getByTestId('open-file')
      .setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    await w.page.getByTestId('editor-errors').waitFor();
    expect(await seriousViolations(w.page)).toEqual([]);
  });
});
