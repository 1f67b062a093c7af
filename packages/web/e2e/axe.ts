import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core 4.14 (from npm), run in the page: the serious and critical violations of WCAG 2.x A/AA and
// axe's best practices (shared by the browser suites).

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Runs axe on the page (or on `include`, a CSS selector) and returns its serious and critical violations, one line each. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the browser's DevTools protocol, which the page's strict CSP (no inline script) does
  // not govern: an injected <script> tag would be blocked, as it should be.
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: object): Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
