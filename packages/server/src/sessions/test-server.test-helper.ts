// Test helpers: a session server on an ephemeral port over one of the test stores, and small clients.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { createServer } from '../http/create-server.ts';
import type { TestStoreKind } from '../store/test-stores.ts';
import type { SessionStore, StoredEvent } from '../store/types.ts';
import { createAdvicePool } from './advice-pool.ts';
import { SESSION_ENGINE } from './engine-adapter.ts';
import { type AuditEntry, SessionService } from './service.ts';

/** A running test server. */
export interface TestServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly store: SessionStore;
  readonly audit: AuditEntry[];
  close(): Promise<void>;
}

/** Starts the sessions API on 127.0.0.1:0 over a fresh store of `kind`. */
export async function startTestServer(
  kind: TestStoreKind,
  options: { rateMax?: number; tickMs?: number; advice?: boolean } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-sessions-'));
  const webRoot = path.join(dir, 'dist');
  mkdirSync(webRoot);
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Horseshoe</title>');
  const made = await kind.create();
  const audit: AuditEntry[] = [];
  const service = new SessionService(made.store, SESSION_ENGINE, {
    tickMs: options.tickMs ?? 50,
    audit: (e) => audit.push(e),
  });
  const pool = options.advice ? createAdvicePool({ threads: 1 }) : null;
  const app = await createServer({
    webRoot,
    casesDir: dir,
    sessions: {
      service,
      ...(options.rateMax !== undefined ? { rateMax: options.rateMax } : {}),
      ...(pool ? { advise: pool.advise } : {}),
    },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    store: made.store,
    audit,
    async close() {
      await app.close();
      await pool?.close();
      service.close();
      await made.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An HTTP answer: status and parsed JSON body (or the text when it is not JSON). */
export interface Answer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read any field of an answer
  readonly body: any;
  readonly text: string;
}

/** Calls the API with an optional bearer token and JSON body. */
export async function call(
  url: string,
  method: 'GET' | 'POST',
  route: string,
  options: { token?: string; body?: unknown; rawBody?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined || options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = options.rawBody ?? JSON.stringify(options.body);
  }
  const res = await fetch(new URL(route, url), { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, body: parsed, text };
}

/** A created session: id, tokens, and a way to send commands as a role. */
export interface TestSession {
  readonly id: string;
  readonly tokens: { chair: string; gallery: string; seats: Record<string, string> };
  /** The token of a role written `chair`, `gallery` or `seat:CODE`. */
  token(role: string): string;
  command(role: string, body: Record<string, unknown>): Promise<Answer>;
}

let commandCounter = 0;

/** Creates a session over HTTP (201 expected) on `date`, optionally from a scenario's text. */
export async function createTestSession(url: string, date = '2019-04-05', scenario?: string): Promise<TestSession> {
  const created = await call(url, 'POST', '/api/sessions', {
    body: { title: 'Libya', date, ...(scenario !== undefined ? { scenario } : {}) },
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`);
  const { id, tokens } = created.body as TestSession;
  const token = (role: string) =>
    role === 'chair' ? tokens.chair : role === 'gallery' ? tokens.gallery : (tokens.seats[role.slice(5)] ?? '');
  return {
    id,
    tokens,
    token,
    command: (role, body) =>
      call(url, 'POST', `/api/sessions/${id}/commands`, {
        token: token(role),
        body: { commandId: `cmd-${++commandCounter}`, ...body },
      }),
  };
}

/** A live feed client: connects, sends `{token, after}`, collects every message. */
export class LiveClient {
  readonly messages: StoredEvent[] = [];
  readonly errors: { code: string; status: number }[] = [];
  closeCode: number | null = null;
  readonly socket: WebSocket;
  readonly opened: Promise<void>;

  constructor(url: string, sessionId: string, hello: unknown) {
    const wsUrl = `${url.replace(/^http/, 'ws')}/api/sessions/${sessionId}/live`;
    this.socket = new WebSocket(wsUrl);
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => {
        this.socket.send(typeof hello === 'string' ? hello : JSON.stringify(hello));
        resolve();
      });
      this.socket.once('error', reject);
    });
    this.socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'error') this.errors.push(message.error);
      else this.messages.push(message);
    });
    this.socket.on('close', (code) => {
      this.closeCode = code;
    });
  }

  /** Waits until `check` holds (or fails after `ms`). */
  async until(check: (c: LiveClient) => boolean, ms = 5000): Promise<void> {
    const t0 = Date.now();
    while (!check(this)) {
      if (Date.now() - t0 > ms)
        throw new Error(`live client: timed out; got ${JSON.stringify(this.messages.map((m) => m.seq))}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  close(): void {
    this.socket.close();
  }
}
