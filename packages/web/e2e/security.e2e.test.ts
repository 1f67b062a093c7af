import { describe, expect, it } from 'vitest';
import { registerBrowserSuite } from './harness.ts';

// The app runs under the server's strict Content-Security-Policy (docs/security.md) with no violation:
// the harness turns any violation into a console error, which fails the test.

const { openLibya, selectDecision } = registerBrowserSuite();

describe('the app under the server security headers', () => {
  it('loads the Libya case, its what-ifs and panels with the strict policy and no violation', async () => {
    const w = await openLibya();
    // Let the panels' on-demand chunks finish loading first: a reload aborts them (net::ERR_ABORTED).
    await w.page.waitForLoadState('networkidle');
    const response = await w.page.reload();
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await w.page.getByTestId('verdict').waitFor();
    await selectDecision(w, 'uk-draft-resolution');
    await w.page.locator('.power-members figcaption').first().waitFor();
    expect(w.consoleErrors).toEqual([]);
  });

  it('blocks a script injected into the page, reporting the violation', async () => {
    const w = await openLibya();
    await w.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => w.consoleErrors.some((e) => e.includes('CSP violation: script-src'))).toBe(true);
    expect(await w.page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    // The violation was the point of this test: clear it so the suite's console check passes.
    w.consoleErrors.length = 0;
  });
});
