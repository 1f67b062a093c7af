import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario, parseSessionScript, type SessionScript } from '@horseshoe/protocol';
import { createAdvicePool, createServer, MemoryStore, SESSION_ENGINE, SessionService } from '@horseshoe/server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CASES_DIR, CHROMIUM, WEB_ROOT } from './harness.ts';

// Live sessions in the browser: a real server with the session API (memory store, advice in one worker
// thread) on an ephemeral port, and one Chromium with a separate context (cookies, storage, network)
// per participant, so that one delegation can be taken offline alone.

/** A server with live sessions. */
export interface SessionServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the built app and the session API on 127.0.0.1:0 over a memory store. */
export async function startSessionServer(): Promise<SessionServer> {
  const service = new SessionService(new MemoryStore(), SESSION_ENGINE, { tickMs: 100 });
  const advice = createAdvicePool({ threads: 1 });
  const app = await createServer({
    webRoot: WEB_ROOT,
    casesDir: CASES_DIR,
    sessions: { service, advise: advice.advise },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    async close() {
      await app.close();
      await advice.close();
      service.close();
    },
  };
}

/** Debian's Chromium, headless, ready for several contexts. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One participant's page, with everything it received from the server (for privacy checks). */
export interface Participant {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, uncaught exceptions (a test fails on any). */
  readonly errors: string[];
  /** Every WebSocket frame and API answer body the page received. */
  readonly received: string[];
}

/** A new context and page for one participant, recording errors and what the server sent it. */
export async function join(
  browser: Browser,
  name: string,
  viewport = { width: 1280, height: 800 },
): Promise<Participant> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  const received: string[] = [];
  page.on('console', (msg) => {
    // While a context is offline the browser itself reports the failed requests and live-feed attempts.
    const offlineNoise = /ERR_INTERNET_DISCONNECTED|WebSocket connection to .* failed/.test(msg.text());
    if (msg.type() === 'error' && !offlineNoise) errors.push(`${name}: console.error: ${msg.text()}`);
  });
  // A Content-Security-Policy violation is a console error too.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  page.on('pageerror', (error) => errors.push(`${name}: uncaught: ${error.message}`));
  page.on('websocket', (ws) => ws.on('framereceived', (frame) => received.push(String(frame.payload))));
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/sessions'))
      response.text().then(
        (t) => received.push(t),
        () => {},
      );
  });
  return { name, context, page, errors, received };
}

/** The Libya 2019 session script (cases/sessions/libya-2019.session.yaml), checked by protocol. */
export function libyaScript(): SessionScript {
  const file = path.join(CASES_DIR, 'sessions/libya-2019.session.yaml');
  const parsed = parseSessionScript(readFileSync(file, 'utf8'), file, (name) => {
    const scenarioFile = path.resolve(path.dirname(file), name);
    const scenario = parseScenario(readFileSync(scenarioFile, 'utf8'), scenarioFile);
    return scenario.ok ? { ok: true, scenario: scenario.scenario } : { ok: false, message: 'invalid scenario' };
  });
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.script;
}

/** The Libya scenario's text, as the lobby sends it. */
export function libyaScenarioText(): string {
  return readFileSync(path.join(CASES_DIR, 'libya-2019.yaml'), 'utf8');
}

/** A session created through the API: its id, tokens and links. */
export interface CreatedSession {
  readonly id: string;
  readonly tokens: { chair: string; gallery: string; seats: Record<string, string> };
  readonly links: { chair: string; gallery: string; seats: Record<string, string> };
}

/** Creates a session from the Libya case through the API (as `horseshoe session create` does). */
export async function createLibyaSession(url: string): Promise<CreatedSession> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Libya, April 2019', date: '2019-04-18', scenario: libyaScenarioText() }),
  });
  if (res.status !== 201) throw new Error(`create: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedSession;
}

let commandCounter = 0;

/** Sends a command as a seat through the API (a delegation that is not one of the test's browsers). */
export async function command(url: string, id: string, token: string, body: object): Promise<unknown> {
  commandCounter += 1;
  const res = await fetch(`${url}/api/sessions/${id}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ commandId: `test-${commandCounter}`, ...body }),
  });
  if (res.status !== 200) throw new Error(`${JSON.stringify(body)}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** Every event of a session as the chair sees it. */
export async function eventsAsChair(
  url: string,
  s: CreatedSession,
): Promise<{ seq: number; type: string; actor: string; [k: string]: unknown }[]> {
  const res = await fetch(`${url}/api/sessions/${s.id}/events?after=0`, {
    headers: { authorization: `Bearer ${s.tokens.chair}` },
  });
  return ((await res.json()) as { events: { seq: number; type: string; actor: string }[] }).events;
}
