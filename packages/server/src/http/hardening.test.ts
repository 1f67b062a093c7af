import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiErrorSchema } from '@horseshoe/protocol';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './create-server.ts';
import { SECURITY_HEADERS, type ServerLimits } from './hardening.ts';

const FAST: ServerLimits = {
  requestMs: 1_000,
  headersMs: 1_000,
  keepAliveMs: 1_000,
  idleMs: 5_000,
  checkEveryMs: 100,
  shutdownGraceMs: 500,
};

let dir: string;
let webRoot: string;
let casesDir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-hardening-'));
  webRoot = path.join(dir, 'dist');
  casesDir = path.join(dir, 'cases');
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  mkdirSync(casesDir);
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Horseshoe</title><div id="root"></div>');
  writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(path.join(webRoot, 'assets', 'big.js'), `// ${'x'.repeat(8_000_000)}\n`);
  writeFileSync(path.join(casesDir, 'a-case.yaml'), 'title: A case\ndecisions: []\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A server with short limits, a body-reading route and a route that fails, listening on 127.0.0.1:0. */
async function listening(extra: { allowedHosts?: 'any' } = {}): Promise<{ app: FastifyInstance; port: number }> {
  const app = await createServer({ webRoot, casesDir, limits: FAST, ...extra });
  app.post('/api/echo', async (request) => ({ got: request.body }));
  app.get('/api/fail', async () => {
    throw new Error(`cannot open ${path.join(dir, 'secret.db')}`);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address !== 'object') throw new Error('no port');
  return { app, port: address.port };
}

/** Opens a raw connection and writes `text`; resolves once connected. */
function rawSocket(port: number, text: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(text);
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

/** Waits until `done()` or the deadline; a bounded loop. */
async function waitFor(done: () => boolean, deadlineMs: number): Promise<number> {
  const start = Date.now();
  while (!done() && Date.now() - start < deadlineMs) await new Promise((r) => setTimeout(r, 50));
  return Date.now() - start;
}

function expectOneShape(body: unknown, code: string): void {
  const parsed = ApiErrorSchema.parse(body);
  expect(parsed.error.code).toBe(code);
  expect(Object.keys(parsed)).toEqual(['error']);
}

describe('server hardening', () => {
  it('closes 200 connections whose body never finishes within its request timeout while serving a normal request', async () => {
    const { app, port } = await listening();
    try {
      const head = `POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":`;
      const sockets = await Promise.all(Array.from({ length: 200 }, () => rawSocket(port, head)));
      const replies: string[] = [];
      let closed = 0;
      for (const s of sockets) {
        let text = '';
        s.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        s.on('close', () => {
          closed += 1;
          replies.push(text);
        });
      }
      const normal = await fetch(`http://127.0.0.1:${port}/api/cases`);
      expect(normal.status).toBe(200);
      expect(closed).toBe(0);
      await waitFor(() => closed === sockets.length, FAST.requestMs + 4_000);
      expect(closed).toBe(200);
      const timeouts = replies.filter((r) => r.startsWith('HTTP/1.1 408'));
      expect(timeouts.length).toBeGreaterThan(0);
      const body = timeouts[0]?.slice(timeouts[0].indexOf('\r\n\r\n') + 4);
      expectOneShape(JSON.parse(body ?? ''), 'request/timeout');
    } finally {
      await app.close();
    }
  });

  it('closes within its grace when clients stall mid-request or stop reading their answer', async () => {
    const { app, port } = await listening();
    const body = `POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 1000\r\n\r\n{`;
    const read = `GET /assets/big.js HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`;
    const sockets = await Promise.all([
      ...Array.from({ length: 5 }, () => rawSocket(port, body)),
      ...Array.from({ length: 5 }, () => rawSocket(port, read).then((s) => s.pause())),
    ]);
    await new Promise((r) => setTimeout(r, 200));
    const start = Date.now();
    await app.close();
    expect(Date.now() - start).toBeLessThan(FAST.shutdownGraceMs + 2_000);
    for (const s of sockets) s.destroy();
  });

  it('sends the security headers on the page, the API and errors', async () => {
    const app = await createServer({ webRoot, casesDir });
    try {
      for (const url of ['/', '/api/cases', '/api/nothing', '/assets/app.js']) {
        const response = await app.inject({ url });
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name]).toBe(value);
      }
      expect(SECURITY_HEADERS['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(SECURITY_HEADERS['content-security-policy']).not.toContain('unsafe');
    } finally {
      await app.close();
    }
  });

  it('refuses a foreign Host with 421 in the one error shape', async () => {
    const app = await createServer({ webRoot, casesDir });
    try {
      const response = await app.inject({ url: '/api/cases', headers: { host: 'attacker.example:5175' } });
      expect(response.statusCode).toBe(421);
      expectOneShape(response.json(), 'host/not-allowed');
    } finally {
      await app.close();
    }
  });

  it('answers to the loopback names with the port it listens on and refuses another port', async () => {
    const { app, port } = await listening();
    try {
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
        expect((await app.inject({ url: '/api/cases', headers: { host } })).statusCode).toBe(200);
      }
      expect((await app.inject({ url: '/api/cases', headers: { host: `localhost:${port + 1}` } })).statusCode).toBe(
        421,
      );
    } finally {
      await app.close();
    }
  });

  it('accepts any Host when told so (a server bound to a public address)', async () => {
    const app = await createServer({ webRoot, casesDir, allowedHosts: 'any' });
    try {
      expect((await app.inject({ url: '/api/cases', headers: { host: 'council.example' } })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('never shows the absolute path of the record database', async () => {
    const record = {
      label: '/home/someone/private/record.db',
      stats: () => ({}),
      libyaTimeline: () => [],
      search: () => [],
    };
    const app = await createServer({ webRoot, casesDir, record: record as never });
    try {
      const text = (await app.inject({ url: '/api/config' })).body;
      expect(text).toContain('record.db');
      expect(text).not.toContain('/home/someone');
    } finally {
      await app.close();
    }
  });

  it('uses the one error shape for every error path', async () => {
    const { app, port } = await listening();
    try {
      const base = `http://127.0.0.1:${port}`;
      const cases: [string, RequestInit, number, string][] = [
        ['/api/nothing', {}, 404, 'route/not-found'],
        ['/assets/missing-1234.js', {}, 404, 'file/not-found'],
        ['/api/cases?x=1', {}, 400, 'request/invalid'],
        ['/api/cases/..%2Fsecret.yaml', {}, 400, 'case/bad-name'],
        ['/api/cases', { method: 'DELETE' }, 404, 'route/not-found'],
        [
          '/api/echo',
          { method: 'POST', body: '{"a":', headers: { 'content-type': 'application/json' } },
          400,
          'request/malformed',
        ],
        [
          '/api/echo',
          { method: 'POST', body: 'x', headers: { 'content-type': 'application/x-unknown' } },
          415,
          'request/unsupported-type',
        ],
        [
          '/api/echo',
          { method: 'POST', body: `"${'x'.repeat(1_100_000)}"`, headers: { 'content-type': 'application/json' } },
          413,
          'request/too-large',
        ],
        ['/api/fail', {}, 500, 'server/error'],
      ];
      for (const [url, init, status, code] of cases) {
        const response = await fetch(base + url, init);
        const text = await response.text();
        expect([url, response.status]).toEqual([url, status]);
        expectOneShape(JSON.parse(text), code);
        expect(text).not.toContain(dir);
      }
    } finally {
      await app.close();
    }
  });

  it('answers a request that is not HTTP with 400 in the one error shape', async () => {
    const { app, port } = await listening();
    try {
      const socket = await rawSocket(port, 'HELLO\r\n\r\n');
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      await waitFor(() => socket.destroyed || text.includes('}'), 3_000);
      expect(text.startsWith('HTTP/1.1 400')).toBe(true);
      expectOneShape(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)), 'request/malformed');
      socket.destroy();
    } finally {
      await app.close();
    }
  });
});
