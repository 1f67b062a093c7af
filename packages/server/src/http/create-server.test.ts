import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './create-server.ts';
import type { RecordSource } from './record.ts';

let dir: string;
let webRoot: string;
let casesDir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-server-'));
  webRoot = path.join(dir, 'dist');
  casesDir = path.join(dir, 'cases');
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  mkdirSync(casesDir);
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Horseshoe</title><div id="root"></div>');
  writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(path.join(casesDir, 'b-case.yaml'), 'title: Second case\ndecisions: []\n');
  writeFileSync(path.join(casesDir, 'a-case.json'), '{"title": "First case", "decisions": []}');
  writeFileSync(path.join(casesDir, 'broken.yaml'), 'title: [unclosed\n');
  writeFileSync(path.join(casesDir, 'notes.txt'), 'not a case');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withServer(record: RecordSource | undefined, run: (app: FastifyInstance) => Promise<void>) {
  const app = await createServer({ webRoot, casesDir, ...(record ? { record } : {}) });
  try {
    await run(app);
  } finally {
    await app.close();
  }
}

describe('createServer', () => {
  it('refuses to start without a built web app and names the build command', async () => {
    await expect(createServer({ webRoot: path.join(dir, 'nowhere'), casesDir })).rejects.toThrow(/npm run build/);
  });

  it('serves the built index page at the root', async () => {
    await withServer(undefined, async (app) => {
      const res = await app.inject({ method: 'GET', url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<div id="root">');
    });
  });

  it('serves built assets with their content type', async () => {
    await withServer(undefined, async (app) => {
      const res = await app.inject({ method: 'GET', url: '/assets/app.js' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/javascript/);
    });
  });

  it('answers any other page path with the app so that links into the app work', async () => {
    await withServer(undefined, async (app) => {
      const res = await app.inject({ method: 'GET', url: '/case/libya-2019.yaml' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<div id="root">');
    });
  });

  it('lists the case files with their titles, sorted, skipping other files', async () => {
    await withServer(undefined, async (app) => {
      const res = await app.inject({ method: 'GET', url: '/api/cases' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        cases: [
          { file: 'a-case.json', title: 'First case', format: 'json' },
          { file: 'b-case.yaml', title: 'Second case', format: 'yaml' },
          { file: 'broken.yaml', title: null, format: 'yaml' },
        ],
      });
    });
  });

  it('returns a case file as its original text', async () => {
    await withServer(undefined, async (app) => {
      const res = await app.inject({ method: 'GET', url: '/api/cases/b-case.yaml' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/plain/);
      expect(res.body).toBe('title: Second case\ndecisions: []\n');
    });
  });

  it('answers 404 with a coded error for a case that does not exist', async () => {
    await withServer(undefined, async (app) => {
      const res = await app.inject({ method: 'GET', url: '/api/cases/missing.yaml' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('case/not-found');
    });
  });

  it('refuses a case name that tries to leave the cases folder', async () => {
    await withServer(undefined, async (app) => {
      const res = await app.inject({ method: 'GET', url: `/api/cases/${encodeURIComponent('../dist/index.html')}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('case/bad-name');
    });
  });

  it('answers an unknown API route with a JSON 404, not the app page', async () => {
    await withServer(undefined, async (app) => {
      const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('route/not-found');
    });
  });

  it('says in its config that no record is available when none was given', async () => {
    await withServer(undefined, async (app) => {
      const config = (await app.inject({ method: 'GET', url: '/api/config' })).json();
      expect(config).toEqual({ defaultCase: 'libya-2019.yaml', record: null });
      const stats = await app.inject({ method: 'GET', url: '/api/record/stats' });
      expect(stats.statusCode).toBe(404);
      expect(stats.json().error.code).toBe('record/not-configured');
    });
  });

  it('serves the record statistics and the Libya timeline from the record source it was given', async () => {
    const record: RecordSource = {
      label: 'test.db',
      stats: () => ({ resolutionsPerYear: [{ year: 2019, count: 52 }] }),
      libyaTimeline: () => [{ symbol: 'S/RES/1970 (2011)', date: '2011-02-26' }],
    };
    await withServer(record, async (app) => {
      expect((await app.inject({ method: 'GET', url: '/api/config' })).json().record).toEqual({ label: 'test.db' });
      expect((await app.inject({ method: 'GET', url: '/api/record/stats' })).json()).toEqual(record.stats());
      expect((await app.inject({ method: 'GET', url: '/api/record/libya' })).json()).toEqual(record.libyaTimeline());
    });
  });

  it('listens on an ephemeral port and answers over real HTTP', async () => {
    await withServer(undefined, async (app) => {
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const res = await fetch(`${address}/api/cases`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { cases: unknown[] }).cases).toHaveLength(3);
    });
  });
});
