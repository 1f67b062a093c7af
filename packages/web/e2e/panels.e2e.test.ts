import path from 'node:path';
import { importRecord, isVetoCode, libyaTimeline, openRecordDb, recordStats, searchDecisions } from '@horseshoe/record';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, registerBrowserSuite, screenshot, type WatchedPage } from './harness.ts';

// Search, voting power, the record and accessibility, against a server that has a record database
// imported (into memory) from the Library's tables in ../shared, as a user's would be.

const TABLES = path.resolve(REPO_ROOT, '../shared/data/unsc/dhl-meetings-tables');

const { openLibya, selectDecision } = registerBrowserSuite(() => {
  const db = openRecordDb(':memory:');
  importRecord(db, TABLES);
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

const text = async (w: WatchedPage, selector: string) => (await w.page.locator(selector).first().textContent()) ?? '';

describe('search, power and the record in the browser', () => {
  it('finds that the UK draft passes without the clause blaming the LNA, and applies that text', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    const found = w.page.getByTestId('found-text').first();
    expect(await found.textContent()).toContain('−blame-lna');
    await found.getByRole('button', { name: 'Use this text' }).click();
    await w.page.locator('[data-decision="uk-draft-resolution"].passed').waitFor();
    expect(await w.page.locator('input[data-clause="blame-lna"]').isChecked()).toBe(false);
  });

  it('proves that no text of the formal statement can pass', async () => {
    const w = await openLibya();
    await selectDecision(w, 'formal-statement');
    expect(await text(w, '[data-testid="search-none"]')).toContain('No text made of these clauses can pass');
    const why = await text(w, '[data-testid="deadlock"]');
    expect(why).toContain('name-lna');
    expect(why).toMatch(/Russia|RUS/);
    expect(why).toMatch(/United States|USA/);
  });

  it('gives the best passing text for a member chosen in the search panel', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    await w.page.getByTestId('search-member').selectOption('USA');
    await expect.poll(() => w.page.getByTestId('found-text').count()).toBe(2);
    const interest = await text(w, '[data-testid="best-interest"]');
    expect(interest).toContain('presidential statement');
    expect(interest).toContain('no decision');
  });

  it('charts the exact Shapley–Shubik index of the Council: 421/2145 per permanent seat, 4/2145 per elected one', async () => {
    const w = await openLibya();
    const caption = await text(w, '.power-members figcaption');
    expect(caption).toContain('permanent with veto: 421/2145 each');
    expect(caption).toContain('elected two-year: 4/2145 each');
    expect(await w.page.locator('.power-members .recharts-bar-rectangle').count()).toBe(15);
    expect(await w.page.locator('.power-models table tbody tr').count()).toBeGreaterThanOrEqual(3);
  });

  it('shows power in context: on the UK draft only Russia’s vote decides the outcome', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    await expect
      .poll(() => w.page.getByTestId('power-context').textContent())
      .toContain('Pivotal with some probability: RUS 100%.');
  });

  it('charts the record and lists every Libya decision since 2011', async () => {
    const w = await openLibya();
    await w.page.getByTestId('libya-timeline').waitFor();
    expect(await text(w, '[data-testid="libya-timeline"]')).toContain('S/RES/1970 (2011)');
    expect(await w.page.locator('.record-charts .recharts-surface').count()).toBeGreaterThanOrEqual(3);
    await w.page.getByTestId('record-panel').screenshot({ path: path.join(REPO_ROOT, 'test-artifacts/record.png') });
  });
});

describe('accessibility', () => {
  it('offers a skip link as the first stop of the keyboard, which moves focus to the chamber', async () => {
    const w = await openLibya();
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the chamber');
    await w.page.keyboard.press('Enter');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('chamber');
  });

  it('shows a seat’s vote and reason when the seat gets keyboard focus, not only on hover', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    await w.page.locator('.seat[data-member="RUS"]').focus();
    const tip = w.page.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('crosses its red line: rejects clause `blame-lna`');
    expect(await w.page.locator('.seat[data-member="RUS"]').getAttribute('aria-label')).toContain('No');
    await w.page.keyboard.press('Enter');
    await w.page.getByTestId('position-panel').waitFor();
  });

  it('marks every vote with an icon as well as a colour', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    expect(await text(w, '.seat[data-member="RUS"] .seat-icon')).toBe('✗');
    expect(await text(w, '.seat[data-member="USA"] .seat-icon')).toBe('–');
    expect(await text(w, '.seat[data-member="FRA"] .seat-icon')).toBe('✓');
  });

  it('fits a phone-sized screen without horizontal scrolling', async () => {
    const w = await openLibya({ width: 390, height: 844 });
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await w.page.locator('.chamber').screenshot({ path: path.join(REPO_ROOT, 'test-artifacts/chamber-phone.png') });
  });

  it('fits 1280×800 without horizontal scrolling and shows the chamber above the fold', async () => {
    const w = await openLibya({ width: 1280, height: 800 });
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await w.page.locator('.seat[data-member="RUS"]').boundingBox();
    expect(box && box.y + box.height).toBeLessThan(800);
    await screenshot(w.page, 'chamber-1280x800');
  });
});
