import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, REPO_ROOT, screenshot } from './harness.ts';
import {
  type CreatedSession,
  command,
  createLibyaSession,
  join,
  launchChromium,
  type Participant,
  type SessionServer,
  startSessionServer,
} from './session-harness.ts';

// axe-core 4.14 on the four session screens (lobby, chair, delegation, gallery) at a desktop and a phone
// size, in the middle of a session (a text adopted, a consensus blocked, a vote open): no serious or
// critical violation. With HORSESHOE_DOCS_SCREENSHOTS=1 it also writes the README's screenshots
// (docs/screenshot-chair.png, docs/screenshot-delegation.png).

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WRITE_DOCS = process.env.HORSESHOE_DOCS_SCREENSHOTS === '1';

let server: SessionServer;
let browser: Browser;
let session: CreatedSession;

beforeAll(async () => {
  ensureBuilt();
  server = await startSessionServer();
  browser = await launchChromium();
  session = await createLibyaSession(server.url);
  const { id, tokens } = session;
  const as = (token: string, body: object) => command(server.url, id, token, body);
  const rus = tokens.seats.RUS ?? '';
  await as(tokens.chair, { type: 'adopt-by-consensus', draftId: 'press-elements-5-april' });
  await as(rus, {
    type: 'object',
    draftId: 'formal-statement',
    reason: 'Objects to the reference to the Libyan National Army.',
  });
  await as(rus, {
    type: 'propose-amendment',
    draftId: 'formal-statement',
    amendmentId: 'drop-lna-reference',
    op: 'delete',
    clauseId: 'name-lna',
  });
  await as(tokens.chair, { type: 'adopt-by-consensus', draftId: 'formal-statement' });
  await as(tokens.seats.USA ?? '', { type: 'inscribe-speaker' });
  await as(tokens.chair, { type: 'open-vote', voteId: 'vote-1', draftId: 'uk-draft-resolution' });
  await as(tokens.seats.GBR ?? '', { type: 'cast-vote', voteId: 'vote-1', vote: 'yes' });
  await as(tokens.seats.FRA ?? '', { type: 'cast-vote', voteId: 'vote-1', vote: 'yes' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe's serious and critical violations on the page, one line each (as in a11y.e2e.test.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function screen(
  name: string,
  link: string,
  viewport: { width: number; height: number },
  ready: string,
): Promise<Participant> {
  const p = await join(browser, name, viewport);
  await p.page.goto(link);
  await p.page.locator(ready).first().waitFor();
  return p;
}

async function check(p: Participant): Promise<string[]> {
  try {
    await screenshot(p.page, `session-${p.name}-${p.page.viewportSize()?.width ?? 0}`);
    const found = await seriousViolations(p.page);
    expect(p.errors).toEqual([]);
    return found;
  } finally {
    await p.context.close();
  }
}

const SIZES = [
  { name: 'desktop 1280×800', width: 1280, height: 800 },
  { name: 'phone 390×844', width: 390, height: 844 },
] as const;

describe.each(SIZES)('axe-core on the session screens at $name', (size) => {
  const viewport = { width: size.width, height: size.height };

  it('finds no serious or critical violation in the lobby with the links of a new session', async () => {
    const p = await screen('lobby', `${server.url}/sessions/new`, viewport, '[data-testid="lobby-form"]');
    await expect.poll(() => p.page.getByTestId('lobby-date').inputValue()).toBe('2019-04-18');
    await p.page.getByTestId('lobby-create').click();
    await p.page.getByTestId('session-links').waitFor();
    await p.page.getByText('QR code').first().click();
    await p.page.locator('img.qr').first().waitFor();
    expect(await check(p)).toEqual([]);
  });

  it('finds none on the chair console with a vote open', async () => {
    const p = await screen('chair', session.links.chair, viewport, '[data-testid="close-vote"]');
    await p.page.getByTestId('result').waitFor();
    if (WRITE_DOCS && size.width === 1280)
      await p.page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshot-chair.png'), fullPage: true });
    expect(await check(p)).toEqual([]);
  });

  it("finds none on Russia's delegation view with its advice", async () => {
    const p = await screen('RUS', session.links.seats.RUS ?? '', viewport, '[data-testid="cast-no"]');
    await p.page.locator('[data-advice="uk-draft-resolution"]').waitFor();
    if (WRITE_DOCS && size.width === 1280)
      await p.page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshot-delegation.png'), fullPage: true });
    expect(await check(p)).toEqual([]);
  });

  it('finds none on the gallery', async () => {
    const p = await screen('gallery', session.links.gallery, viewport, '[data-testid="gallery-view"]');
    await p.page.getByTestId('vote-tally').waitFor();
    expect(await check(p)).toEqual([]);
  });
});
