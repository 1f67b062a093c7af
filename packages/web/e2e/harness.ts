import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type RecordSource } from '@horseshoe/server';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** The repository root and the folders the end-to-end tests use. */
export const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');
export const WEB_ROOT = path.join(REPO_ROOT, 'packages/web/dist');
export const CASES_DIR = path.join(REPO_ROOT, 'cases');
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

/** Debian's Chromium; override with HORSESHOE_CHROMIUM. */
export const CHROMIUM = process.env.HORSESHOE_CHROMIUM ?? '/usr/bin/chromium';

/** Builds the web app when `dist/` is missing or older than any source file of the app or the packages it bundles. */
export function ensureBuilt(): void {
  const index = path.join(WEB_ROOT, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = ['packages/web/src', 'packages/web/index.html', 'packages/engine/src', 'packages/protocol/src'];
  if (builtAt > 0 && sources.every((s) => newestIn(path.join(REPO_ROOT, s)) <= builtAt)) return;
  const result = spawnSync('npm', ['run', 'build', '--workspace', '@horseshoe/web'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

function newestIn(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestIn(path.join(p, name))), s.mtimeMs);
}

/** The served app on an ephemeral port. */
export interface Served {
  readonly url: string;
  readonly app: FastifyInstance;
}

/** Starts the real server (built app + API) on 127.0.0.1 and a free port. */
export async function startServer(options: { casesDir?: string; record?: RecordSource } = {}): Promise<Served> {
  const app = await createServer({
    webRoot: WEB_ROOT,
    casesDir: options.casesDir ?? CASES_DIR,
    ...(options.record ? { record: options.record } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, app };
}

/** A headless Chromium with its own throw-away profile. */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless through playwright-core. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (Debian, as root)`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'horseshoe-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page that records every console error and uncaught exception, to fail the test on any. */
export interface WatchedPage {
  readonly page: Page;
  readonly consoleErrors: string[];
  /** Every API request the page made, in order (printed when a test fails). */
  readonly apiRequests: string[];
}

/** Opens a new page and starts recording its console errors. */
export async function openPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  const consoleErrors: string[] = [];
  const apiRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) apiRequests.push(`${performance.now().toFixed(0)}ms ${url.pathname}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()}`));
  return { page, consoleErrors, apiRequests };
}

/** Saves a full-page screenshot as `test-artifacts/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
