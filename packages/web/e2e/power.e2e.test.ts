import { describe, expect, it } from 'vitest';
import { registerBrowserSuite, screenshot } from './harness.ts';

// The voting power panel: readable bars for every seat, every label of the reform comparison, a
// phone layout, and an inline error for votes needed that cannot be used.

const { openLibya } = registerBrowserSuite();

describe('the voting power panel', () => {
  it('draws every member’s bar, the elected seats’ too, on a logarithmic scale', async () => {
    const w = await openLibya();
    const bars = w.page.locator('.power-members .recharts-bar-rectangle');
    await expect.poll(() => bars.count()).toBe(15);
    const widths = await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(4);
  });

  it('labels every kind of seat in the reform comparison, the first one included', async () => {
    const w = await openLibya();
    const labels = w.page.locator('.power-models .recharts-yAxis-tick-labels text');
    await expect.poll(() => labels.count()).toBe(4);
    const words = await labels.evaluateAll((els) =>
      els.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')),
    );
    expect(words).toEqual([
      'permanent with veto',
      'elected two-year',
      'new permanent without veto',
      'four-year renewable',
    ]);
  });

  it('shows a quota of 0 as an inline error and keeps the comparison at the last valid quota, saying so', async () => {
    const w = await openLibya();
    const field = w.page.getByLabel(/Model A .*votes needed/);
    await field.fill('0');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const error = w.page.locator('.power .field-error').first();
    expect(await error.textContent()).toBe('Votes needed must be a whole number from 1 to 24.');
    await w.page.getByTestId('power-stale').waitFor();
    await field.fill('15');
    await expect.poll(() => w.page.locator('.power .field-error').count()).toBe(0);
  });

  it('fits a phone: no horizontal scrolling, and the chart labels do not overlap', async () => {
    const w = await openLibya({ width: 390, height: 844 });
    await w.page.getByTestId('power-panel').scrollIntoViewIfNeeded();
    await expect.poll(() => w.page.locator('.power-members .recharts-bar-rectangle').count()).toBe(15);
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const overlaps = await w.page.locator('.power .recharts-yAxis-tick-labels text').evaluateAll((els) => {
      const boxes = els.map((e) => e.getBoundingClientRect());
      let n = 0;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as DOMRect;
          const b = boxes[j] as DOMRect;
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) n++;
        }
      }
      return n;
    });
    expect(overlaps).toBe(0);
    await w.page.getByTestId('power-panel').screenshot({ path: `${process.cwd()}/test-artifacts/power-phone.png` });
    await screenshot(w.page, 'power-phone-page');
  });
});
