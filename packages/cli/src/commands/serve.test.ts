import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { runCli } from '../run-cli.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/horseshoe.mjs');
let child: ChildProcess | null = null;
/** The session database goes to $XDG_DATA_HOME: a temporary one, never the user's. */
const dataHome = mkdtempSync(path.join(tmpdir(), 'horseshoe-serve-data-'));

afterEach(() => {
  child?.kill('SIGTERM');
  child = null;
});

/** Starts `horseshoe serve --json` and resolves with the JSON it prints once listening. */
function startServe(args: readonly string[]): Promise<string> {
  const proc = spawn(process.execPath, [BIN, 'serve', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_DATA_HOME: dataHome },
  });
  child = proc;
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.trimEnd().endsWith('}')) resolve(out);
    });
    proc.on('exit', (code) => reject(new Error(`serve exited with ${code} before printing its URL`)));
  });
}

describe('horseshoe serve', () => {
  it('serves the built app and the case library on a free port and prints its URL with the Libya case', async () => {
    const printed = await startServe(['--port', '0', '--json']);
    const { url } = JSON.parse(printed) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?case=libya-2019\.yaml$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const cases = (await (await fetch(new URL('/api/cases', url))).json()) as { cases: { file: string }[] };
    expect(cases.cases.map((c) => c.file)).toContain('libya-2019.yaml');
  });

  it('stops cleanly on SIGTERM with exit code 0', async () => {
    await startServe(['--port', '0', '--json']);
    const proc = child as ChildProcess;
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('serves live sessions and keeps them in --session-db across a restart', async () => {
    const db = path.join(dataHome, 'restart.db');
    const first = JSON.parse(await startServe(['--port', '0', '--json', '--session-db', db])) as { url: string };
    const created = await fetch(new URL('/api/sessions', first.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Libya', date: '2019-04-05' }),
    });
    expect(created.status).toBe(201);
    const { id, tokens } = (await created.json()) as { id: string; tokens: { gallery: string } };
    const proc = child as ChildProcess;
    const exited = new Promise((resolve) => proc.on('exit', resolve));
    proc.kill('SIGTERM');
    await exited;
    const again = JSON.parse(await startServe(['--port', '0', '--json', '--session-db', db])) as { url: string };
    const state = await fetch(new URL(`/api/sessions/${id}`, again.url), {
      headers: { authorization: `Bearer ${tokens.gallery}` },
    });
    expect(state.status).toBe(200);
    expect(((await state.json()) as { title: string }).title).toBe('Libya');
  });

  it('rejects --session-db with --database-url with exit code 2', async () => {
    const args = [
      'node',
      'horseshoe',
      'serve',
      '--port',
      '0',
      '--session-db',
      'x.db',
      '--database-url',
      'postgres://x',
    ];
    expect(await main(args)).toBe(2);
  });

  it('rejects a port that is not a number with exit code 2', async () => {
    expect(await main(['node', 'horseshoe', 'serve', '--port', 'eighty'])).toBe(2);
  });

  it('rejects a record database that does not exist with exit code 2', async () => {
    expect(await main(['node', 'horseshoe', 'serve', '--port', '0', '--record-db', '/nonexistent/record.db'])).toBe(2);
  });

  it('exits within 5 s of SIGTERM while clients hold stalled connections', async () => {
    const { url } = JSON.parse(await startServe(['--port', '0', '--json'])) as { url: string };
    const port = Number(new URL(url).port);
    const stalled = `POST /api/cases HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 100000\r\n\r\n{`;
    const sockets = await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<net.Socket>((resolve) => {
            const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
            socket.on('error', () => {});
          }),
      ),
    );
    // Three kinds: a body that never ends, headers that never end, and a reader that never reads
    // (twenty pipelined requests for the app's script, far more than the socket buffers hold).
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await (await fetch(url)).text())?.[1] ?? '/';
    const unread = `GET ${script} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`.repeat(20);
    for (const [i, socket] of sockets.entries()) {
      socket.write([stalled, 'GET / HTTP/1.1\r\nHost: 127', unread][i % 3] ?? '');
      if (i % 3 === 2) socket.pause();
    }
    await new Promise((r) => setTimeout(r, 300));
    const proc = child as ChildProcess;
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const start = Date.now();
    proc.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 5_000))]);
    for (const socket of sockets) socket.destroy();
    expect(code).toBe(0);
    expect(Date.now() - start).toBeLessThan(5_000);
  });

  it('refuses a request whose Host names another site (DNS rebinding)', async () => {
    const { url } = JSON.parse(await startServe(['--port', '0', '--json'])) as { url: string };
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const target = new URL('/api/config', url);
      http
        .get(
          { host: '127.0.0.1', port: target.port, path: target.pathname, headers: { host: 'rebound.example' } },
          (res) => {
            res.resume();
            resolve(res.statusCode);
          },
        )
        .on('error', reject);
    });
    expect(status).toBe(421);
  });

  it('rejects an empty --host with exit code 2 naming the flag', () => {
    for (const host of ['', ' ', 'a b']) {
      const result = runCli(['serve', '--port', '0', '--host', host]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--host');
      expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });
});
