import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, MemoryStore, SESSION_ENGINE, SessionService } from '@horseshoe/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-session-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `runCli` without blocking this process (a server in it must answer). */
function runCliAsync(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, [path.join(REPO_ROOT, 'packages/cli/bin/horseshoe.mjs'), ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  proc.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => proc.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('horseshoe session create and export', () => {
  it('creates a session in a SQLite file and prints a link per role as JSON', () => {
    const db = path.join(dir, 'a.db');
    const r = runCli(['session', 'create', '--date', '2019-04-05', '--session-db', db, '--json']);
    expect(r.status).toBe(0);
    const created = JSON.parse(r.stdout);
    expect(created.title).toBe('Session of 2019-04-05');
    expect(Object.keys(created.links.seats)).toHaveLength(15);
    expect(created.links.chair).toBe(`http://127.0.0.1:5175/sessions/${created.id}#token=${created.tokens.chair}`);
  });

  it('creates a session from a scenario, titled by it, whose decisions are circulated drafts in the exported log', () => {
    const db = path.join(dir, 'b.db');
    const r = runCli([
      'session',
      'create',
      '--date',
      '2019-04-18',
      '--scenario',
      'cases/libya-2019.yaml',
      '--session-db',
      db,
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Session \S+: /);
    expect(r.stdout).toMatch(/seat:RUS\s+http:\/\/127\.0\.0\.1:5175\/sessions\//);
    const id = /^Session (\S+):/.exec(r.stdout)?.[1] as string;
    const exported = runCli(['session', 'export', id, '--session-db', db]);
    expect(exported.status).toBe(0);
    const events = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({ seq: 1, type: 'session-created', sessionId: id });
    expect(events.some((e) => e.type === 'draft-circulated')).toBe(true);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('rejects a date with no Council with exit code 2 and names the flag', () => {
    const r = runCli(['session', 'create', '--date', '1900-01-01', '--session-db', path.join(dir, 'c.db')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--date 1900-01-01/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects a bad scenario file with exit code 2, naming its line', () => {
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'title: x\ndecisions:\n  - id: 3\n');
    const r = runCli([
      'session',
      'create',
      '--date',
      '2019-04-05',
      '--scenario',
      bad,
      '--session-db',
      path.join(dir, 'd.db'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:3:`);
  });

  it('exports an unknown session with exit code 2', () => {
    const r = runCli(['session', 'export', 'nope', '--session-db', path.join(dir, 'a.db')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no session nope/);
  });

  it('creates a session on a running server with --server', async () => {
    const web = mkdtempSync(path.join(dir, 'web-'));
    writeFileSync(path.join(web, 'index.html'), '<!doctype html>');
    const store = new MemoryStore();
    const service = new SessionService(store, SESSION_ENGINE, { tickMs: 0 });
    const app = await createServer({ webRoot: web, casesDir: web, sessions: { service } });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const r = await runCliAsync([
        'session',
        'create',
        '--date',
        '2019-04-05',
        '--title',
        'Rehearsal',
        '--server',
        url,
        '--json',
      ]);
      expect(r.status).toBe(0);
      const created = JSON.parse(r.stdout);
      expect(created.title).toBe('Rehearsal');
      expect(created.links.gallery.startsWith(`${url}/sessions/${created.id}#token=`)).toBe(true);
      expect(await store.getSession(created.id)).toMatchObject({ title: 'Rehearsal' });
    } finally {
      await app.close();
      service.close();
    }
  });

  it('explains itself with --help', () => {
    const r = runCli(['session', 'create', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--date/);
    expect(r.stdout).toMatch(/--database-url/);
  });
});
