import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './harness.ts';
import { createLibyaSession, join, launchChromium, type SessionServer, startSessionServer } from './session-harness.ts';

// The chair hands an empty seat to an AI delegation from the console and takes it back; the AI's acts
// carry the AI mark in the timeline.

let server: SessionServer;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  server = await startSessionServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('AI delegations from the chair console', () => {
  it('hands an empty seat to an AI delegation, shows its vote marked AI, and takes the seat back', async () => {
    const s = await createLibyaSession(server.url);
    const chair = await join(browser, 'chair');
    try {
      await chair.page.goto(s.links.chair);
      await chair.page.locator('[data-link="live"] [data-testid="session-role"]').waitFor();
      await chair.page.locator('.seat[data-member="CHN"]').click();
      await chair.page.getByLabel('AI strategy for CHN').selectOption('hard-liner');
      await chair.page.getByTestId('assign-ai').click();
      await expect.poll(() => chair.page.getByTestId('ai-seats').textContent()).toContain('CHN (hard-liner)');
      await chair.page.locator('[data-testid="timeline"] li[data-type="ai-assigned"]').waitFor();

      await chair.page.getByTestId('open-vote-uk-draft-resolution').click();
      const aiVote = chair.page.locator('[data-testid="timeline"] li[data-type="vote-cast"][data-ai="true"]');
      await aiVote.waitFor();
      expect(await aiVote.textContent()).toMatch(/CHN\s*AI/);

      await chair.page.getByTestId('release-ai').click();
      await chair.page.locator('[data-testid="timeline"] li[data-type="ai-released"]').waitFor();
      await chair.page.getByTestId('assign-ai').waitFor();
      expect(chair.errors).toEqual([]);
    } finally {
      await chair.context.close();
    }
  });
});
