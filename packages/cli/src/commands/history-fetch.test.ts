import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// `horseshoe history fetch` end to end against a local HTTP server started here (port 0): fixture
// pages in the Library's format, a 500, a stalled response, a cut-off body, a page whose table
// changes. No test reaches the internet.
const REPO = path.resolve(import.meta.dirname, '../../../..');
const BIN = path.join(REPO, 'packages/cli/bin/horseshoe.mjs');
const PAGES = path.join(REPO, 'packages/record/fixtures/pages');
const run = promisify(execFile);

type Mode = 'ok' | '500' | 'stall' | 'truncate';
interface Served {
  body: string;
  /** Answers given before the page is served normally (each used once), e.g. ['500']. */
  first: Mode[];
  always?: Mode;
}

let server: http.Server;
let base: string;
let tmp: string;
let out: string;
let pages: Map<string, Served>;
let requests: { path: string; ifNoneMatch: string | undefined }[];

const page = (file: string) => fs.readFileSync(path.join(PAGES, file), 'utf8');
const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

beforeEach(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'horseshoe-fetch-'));
  out = path.join(tmp, 'pages');
  requests = [];
  pages = new Map([
    ['/scact2021_table_en.htm', { body: page('scact2021_table_en.html'), first: [] }],
    ['/scact2022_table_en.htm', { body: page('scact2022_table_en.html'), first: [] }],
    ['/scact_veto_table_en.htm', { body: page('scact_veto_table_en.html'), first: [] }],
  ]);
  server = http.createServer((req, res) => {
    requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
    const served = pages.get(req.url ?? '');
    if (!served) {
      res.writeHead(404).end('not found');
      return;
    }
    const mode = served.first.shift() ?? served.always ?? 'ok';
    const etag = etagOf(served.body);
    if (mode === '500') {
      res.writeHead(500).end('server error');
    } else if (mode === 'stall') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write(served.body.slice(0, 100));
    } else if (mode === 'truncate') {
      res.writeHead(200, { 'content-length': Buffer.byteLength(served.body), 'content-type': 'text/html' });
      res.write(served.body.slice(0, 200), () => res.socket?.destroy());
    } else if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
    } else {
      res
        .writeHead(200, {
          etag,
          'last-modified': 'Mon, 27 Jun 2022 10:00:00 GMT',
          'content-length': Buffer.byteLength(served.body),
          'content-type': 'text/html',
        })
        .end(served.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function fetchCmd(...extra: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const args = [BIN, 'history', 'fetch', '--out', out, '--base-url', base, '--from-year', '2021', '--to-year', '2024'];
  try {
    const r = await run(process.execPath, [...args, '--retry-delay', '10', ...extra], { cwd: REPO, encoding: 'utf8' });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface JsonPage {
  file: string;
  status: string;
  attempts: number;
  detail?: string;
  change?: { decisions: { added: string[]; removed: string[] }; unread: { line: number; reason: string }[] };
}
const byFile = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout) as { pages: JsonPage[] }).pages.map((p) => [p.file, p]));

describe('horseshoe history fetch', () => {
  it('downloads each page under its name, writes a manifest of checksums, and reports a later year not yet published', async () => {
    const r = await fetchCmd('--json');
    expect(r.status).toBe(0);
    const res = byFile(r.stdout);
    expect(Object.fromEntries(Object.entries(res).map(([f, p]) => [f, p.status]))).toEqual({
      'scact2021_table_en.html': 'new',
      'scact2022_table_en.html': 'new',
      'scact2023_table_en.html': 'not-published',
      'scact2024_table_en.html': 'not-published',
      'scact_veto_table_en.html': 'new',
    });
    expect(fs.readFileSync(path.join(out, 'scact2022_table_en.html'), 'utf8')).toBe(page('scact2022_table_en.html'));
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      pages: Record<string, { sha256: string; url: string; etag: string }>;
    };
    expect(manifest.pages['scact2022_table_en.html']).toMatchObject({
      url: `${base}scact2022_table_en.htm`,
      sha256: createHash('sha256').update(page('scact2022_table_en.html')).digest('hex'),
      etag: etagOf(page('scact2022_table_en.html')),
    });
  });

  it('asks again with the ETag and reports every page unchanged on a 304', async () => {
    await fetchCmd();
    requests = [];
    const r = await fetchCmd();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('5 pages: 0 new, 0 changed, 3 unchanged, 2 not published yet, 0 failed.');
    expect(requests.filter((q) => q.path === '/scact2022_table_en.htm').map((q) => q.ifNoneMatch)).toEqual([
      etagOf(page('scact2022_table_en.html')),
    ]);
  });

  it('reports a page whose table changed with the decisions it adds and removes', async () => {
    await fetchCmd();
    const served = pages.get('/scact2022_table_en.htm');
    if (served) served.body = served.body.replace('11-1-3', '11-2-2');
    const r = await fetchCmd();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/scact2022_table_en\.html +changed +1 +decisions \+1 -1/);
    expect(r.stdout).toMatch(/ {2}- .*symbol=S\/2022\/155 .*tally=11-1-3/);
    expect(r.stdout).toMatch(/ {2}\+ .*symbol=S\/2022\/155 .*tally=11-2-2/);
    expect(fs.readFileSync(path.join(out, 'scact2022_table_en.html'), 'utf8')).toContain('11-2-2');
  });

  it('retries after a 500 and after a cut-off body, and gets the page', async () => {
    pages.set('/scact2021_table_en.htm', { body: page('scact2021_table_en.html'), first: ['500'] });
    pages.set('/scact_veto_table_en.htm', { body: page('scact_veto_table_en.html'), first: ['truncate'] });
    const r = await fetchCmd('--json');
    expect(r.status).toBe(0);
    const res = byFile(r.stdout);
    expect([res['scact2021_table_en.html']?.attempts, res['scact_veto_table_en.html']?.attempts]).toEqual([2, 2]);
    expect(fs.readFileSync(path.join(out, 'scact_veto_table_en.html'), 'utf8')).toBe(page('scact_veto_table_en.html'));
  });

  it('gives up on a page that keeps failing, exits 1 naming it, and keeps the copy already there', async () => {
    await fetchCmd();
    pages.set('/scact2022_table_en.htm', { body: 'broken', first: [], always: '500' });
    const r = await fetchCmd('--retries', '2');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/scact2022_table_en\.html +failed +3 +HTTP 500 \(after 3 attempts\)/);
    expect(r.stderr).toContain('1 page(s) could not be downloaded (scact2022_table_en.html)');
    expect(fs.readFileSync(path.join(out, 'scact2022_table_en.html'), 'utf8')).toBe(page('scact2022_table_en.html'));
  });

  it('times out a stalled response and never writes a partial page', async () => {
    pages.set('/scact_veto_table_en.htm', { body: page('scact_veto_table_en.html'), first: [], always: 'stall' });
    const r = await fetchCmd('--timeout', '0.5', '--retries', '1', '--json');
    expect(r.status).toBe(1);
    expect(byFile(r.stdout)['scact_veto_table_en.html']).toMatchObject({
      status: 'failed',
      attempts: 2,
      detail: 'no complete answer within 0.5 s (after 2 attempts)',
    });
    expect(fs.existsSync(path.join(out, 'scact_veto_table_en.html'))).toBe(false);
  });

  it('fails a body cut off on every attempt instead of saving it', async () => {
    pages.set('/scact2021_table_en.htm', { body: page('scact2021_table_en.html'), first: [], always: 'truncate' });
    const r = await fetchCmd('--retries', '1', '--json');
    expect(r.status).toBe(1);
    expect(byFile(r.stdout)['scact2021_table_en.html']).toMatchObject({ status: 'failed', attempts: 2 });
    expect(fs.existsSync(path.join(out, 'scact2021_table_en.html'))).toBe(false);
  });

  it('downloads a later year as it is published and names the rows of its layout the importer cannot read', async () => {
    const layout2023 = page('scact2022_table_en.html')
      .replace('in 2022', 'in 2023')
      .replace('<td>26 May</td>', '<td>TBC</td>');
    pages.set('/scact2023_table_en.htm', { body: layout2023, first: [] });
    const r = await fetchCmd();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/scact2023_table_en\.html +new +1 +decisions \+2 -0/);
    expect(r.stdout).toContain('scact2023_table_en.html: 1 row(s) the importer could not read');
    expect(r.stdout).toContain('scact2023_table_en.html:8: date cell "TBC" is not a day and month');
  });

  it('exits 2 naming the flag for a base address that is not http(s)', async () => {
    const r = await fetchCmd('--base-url', 'ftp://example.org/');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--base-url: not an http(s) address: ftp://example.org/');
  });
});
