import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type RecordSource } from '@horseshoe/server';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

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
  const sources = [
    'packages/web/src',
    'packages/web/index.html',
    'packages/engine/src',
    'packages/protocol/src',
    'packages/drafting/src',
  ];
  if (builtAt > 0 && sources.every((s) => newestIn(path.join(REPO_ROOT, s)) <= builtAt)) return;
  // NODE_ENV=production: under vitest NODE_ENV is "test", and Vite would then bundle React's development build.
  const result = spawnSync('npm', ['run', 'build', '--workspace', '@horseshoe/web'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
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
  page.on('requestfailed', (request) =>
    consoleErrors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'no reason given'})`),
  );
  // Every test is also a Content-Security-Policy check: a violation is a console error.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return { page, consoleErrors, apiRequests };
}

/** Saves a full-page screenshot as `test-artifacts/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Registers a browser suite's hooks: build the app if needed, serve it (`serve` returns the options
 * of {@link startServer}), launch Chromium; after each test, screenshot a failed page and fail the
 * test on any console error. Returns how to open the Libya case and pick a decision.
 */
export function registerBrowserSuite(serve: () => Parameters<typeof startServer>[0] = () => ({})) {
  let served: Served;
  let browser: Browser;
  let current: WatchedPage | null = null;

  beforeAll(async () => {
    ensureBuilt();
    served = await startServer(serve());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.app.close();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && current) {
      await screenshot(current.page, `failed-${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
      console.log(`API requests of the failed page:\n${current.apiRequests.join('\n')}`);
    }
    // Any console error or uncaught exception fails the test that caused it.
    const errors = current?.consoleErrors ?? [];
    await current?.page.close();
    current = null;
    expect(errors).toEqual([]);
  });

  return {
    /** Opens the Libya 2019 case in a new watched page, at an optional viewport size. */
    async openLibya(viewport?: { width: number; height: number }): Promise<WatchedPage> {
      current = await openPage(browser);
      if (viewport) await current.page.setViewportSize(viewport);
      await current.page.goto(`${served.url}/?case=libya-2019.yaml`);
      await current.page.getByTestId('verdict').waitFor();
      return current;
    },
    /** Selects a decision in the list and waits until it is the current one. */
    async selectDecision(w: WatchedPage, id: string): Promise<void> {
      await w.page.locator(`[data-decision="${id}"]`).click();
      await w.page.locator(`[data-decision="${id}"][aria-current="true"]`).waitFor();
    },
  };
}

/**
 * The scenario editor's whole text. CodeMirror draws only the lines in view, so the text is read from
 * the editor's state (CodeMirror 6 keeps its view on the content element, as `EditorView.findFromDOM` does).
 */
export async function editorText(page: Page): Promise<string> {
  return page.locator('.cm-content').evaluate((el) => {
    type Doc = { state: { doc: { toString(): string } } };
    const view = (el as unknown as { cmTile?: { root?: { view?: Doc } } }).cmTile?.root?.view;
    if (!view) throw new Error('no CodeMirror view on .cm-content');
    return view.state.doc.toString();
  });
}

/**
 * Replaces the scenario editor's whole text as a user would by pasting: focus, select all, paste.
 * (Playwright's `fill` on an editable element goes through the browser's own editing, which adds a
 * styled element that the page's Content-Security-Policy refuses; CodeMirror handles a paste itself.)
 */
export async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  const editor = page.locator('.cm-content');
  await editor.focus();
  await page.keyboard.press('Control+A');
  await editor.evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
