import { describe, expect, it } from 'vitest';
import { registerBrowserSuite, screenshot, type WatchedPage } from './harness.ts';

// What-ifs are engine commands on the scenario: a half-typed value never replaces the last valid
// scenario and never hides the control being edited.

const { openLibya, selectDecision } = registerBrowserSuite();

async function verdict(w: WatchedPage): Promise<string> {
  return ((await w.page.getByTestId('verdict').textContent()) ?? '').trim();
}

describe('what-if controls in the browser', () => {
  it('keeps the panel and the last valid result while a year is typed digit by digit, then applies it on Enter', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    const before = await verdict(w);
    const field = w.page.getByLabel('Date (composition)');
    // Watch the page on every keystroke: the panel, the chamber and the verdict must never change.
    await w.page.evaluate((expected) => {
      const seen: string[] = [];
      const check = () => {
        const verdictText = document.querySelector('[data-testid="verdict"]')?.textContent?.trim();
        if (!document.querySelector('.what-ifs input[type="date"]')) seen.push('date field gone');
        if (document.querySelectorAll('.seat').length !== 15) seen.push('chamber changed');
        if (!document.querySelector('.seat[data-member="DEU"]')) seen.push('Council changed');
        if (verdictText !== expected) seen.push(`verdict ${verdictText}`);
        if (document.querySelector('[data-testid="file-errors-banner"]')) seen.push('file error');
      };
      (window as unknown as { lost: string[] }).lost = seen;
      document.addEventListener('input', () => setTimeout(check, 0), true);
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, before);
    await field.click();
    // Chromium's date field: month, day, year segments; move to the year and type it.
    await field.press('ArrowRight');
    await field.press('ArrowRight');
    await field.pressSequentially('2022', { delay: 40 });
    // Give the page a moment to render whatever the last keystroke caused.
    await w.page.waitForTimeout(300);
    expect(await w.page.evaluate(() => (window as unknown as { lost: string[] }).lost)).toEqual([]);
    expect(await field.inputValue()).toBe('2022-04-18');
    await field.press('Enter');
    await expect.poll(() => w.page.locator('.seat[data-member="IND"]').count()).toBe(1);
    await expect.poll(() => w.page.locator('.seat[data-member="DEU"]').count()).toBe(0);
    await expect.poll(() => w.page.getByTestId('pending-what-ifs').textContent()).toContain('1 what-if is not yet');
  });

  it('keeps a date outside the Council’s range in the field with the reason, and the last valid Council', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    const field = w.page.getByLabel('Date (composition)');
    await field.fill('1940-01-01');
    await field.press('Enter');
    await expect.poll(() => w.page.getByTestId('date-error').textContent()).toContain('no Council data for 1940-01-01');
    expect(await field.inputValue()).toBe('1940-01-01');
    expect(await w.page.locator('.seat[data-member="DEU"]').count()).toBe(1);
    expect(await w.page.getByTestId('pending-what-ifs').count()).toBe(0);
    await screenshot(w.page, 'date-out-of-range');
  });

  it('keeps vote shares that do not yet sum to 1 in the fields with an inline error, and applies them once they do', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByTestId('vote-mode').selectOption('distribution');
    // The shares start from Russia's current vote: certainly no, so the draft is still vetoed.
    await expect.poll(() => w.page.getByTestId('probability').textContent()).toMatch(/\b0%/);
    const no = w.page.getByTestId('distribution').getByLabel('no');
    const yes = w.page.getByTestId('distribution').getByLabel('yes');
    await no.fill('0.');
    await expect.poll(() => w.page.getByTestId('distribution-error').textContent()).toContain('must sum to 1');
    await no.fill('0.5');
    expect(await w.page.getByTestId('position-panel').isVisible()).toBe(true);
    expect(await no.inputValue()).toBe('0.5');
    expect(await w.page.getByTestId('probability').textContent()).toMatch(/\b0%/);
    await yes.fill('0.5');
    await expect.poll(() => w.page.getByTestId('distribution-error').count()).toBe(0);
    await expect.poll(() => w.page.getByTestId('probability').textContent()).toContain('50%');
    expect(await w.page.getByTestId('position-panel').isVisible()).toBe(true);
  });

  it('says what share is left to assign and settles it on the vote chosen', async () => {
    const w = await openLibya();
    await selectDecision(w, 'uk-draft-resolution');
    await w.page.locator('.seat[data-member="RUS"]').click();
    await w.page.getByTestId('vote-mode').selectOption('distribution');
    const no = w.page.getByTestId('distribution').getByLabel('no');
    await no.fill('0.25');
    await expect.poll(() => w.page.getByTestId('distribution-error').textContent()).toContain('0.75 is left to assign');
    await w.page.getByTestId('share-fixes').getByRole('button', { name: 'Give 0.75 to yes' }).click();
    await expect.poll(() => w.page.getByTestId('distribution-error').count()).toBe(0);
    expect(await w.page.getByTestId('distribution').getByLabel('yes').inputValue()).toBe('0.75');
    await expect.poll(() => w.page.getByTestId('probability').textContent()).toContain('75%');
  });
});
