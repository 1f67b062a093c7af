import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

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
});
