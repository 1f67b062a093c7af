import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ApiErrorSchema,
  RecordDecisionListSchema,
  type RecordSearchQuery,
  RecordStatsSchema,
  ServerConfigSchema,
} from '@horseshoe/protocol';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './create-server.ts';
import type { RecordSource } from './record.ts';

const STATS: ReturnType<RecordSource['stats']> = {
  vetoesByMember: { RUS: 30, USA: 82 },
  vetoesByMemberByDecade: [{ decade: 2010, RUS: 13, USA: 2 }],
  vetoesByMemberByYear: [{ year: 2011, RUS: 1 }],
  resolutionsPerYear: [{ year: 2019, resolutions: 52 }],
  unanimityPerYear: [{ year: 2019, resolutions: 52, unanimous: 40, withoutVote: 0, share: 0.769 }],
  failedDraftsByReason: { vetoed: 200, 'not adopted': 60 },
  failedDraftsByDecade: [{ decade: 2010, vetoed: 20, notAdopted: 3 }],
};

const RES_1970 = {
  id: 'r1970',
  kind: 'resolution',
  symbol: 'S/RES/1970 (2011)',
  date: '2011-02-26',
  outcome: 'adopted',
  vote: '15-0-0',
  vetoedBy: null,
  topic: 'Peace and security in Africa',
  meeting: 'S/PV.6491',
} as const;

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

  it('serves the record statistics, the Libya timeline and a search from the record source it was given', async () => {
    let asked: RecordSearchQuery | null = null;
    const record: RecordSource = {
      label: 'test.db',
      stats: () => STATS,
      libyaTimeline: () => [RES_1970],
      search: (query) => {
        asked = query;
        return [RES_1970];
      },
    };
    await withServer(record, async (app) => {
      const get = async (url: string) => (await app.inject({ method: 'GET', url })).json();
      expect(ServerConfigSchema.parse(await get('/api/config')).record).toEqual({ label: 'test.db' });
      expect(RecordStatsSchema.parse(await get('/api/record/stats'))).toEqual(STATS);
      expect(RecordDecisionListSchema.parse(await get('/api/record/libya'))).toEqual([RES_1970]);
      const found = await get('/api/record/decisions?text=Libya&from=2011&vetoedBy=RUS&limit=5');
      expect(RecordDecisionListSchema.parse(found)).toEqual([RES_1970]);
      expect(asked).toEqual({ text: 'Libya', from: 2011, vetoedBy: 'RUS', limit: 5 });
    });
  });

  // Every route, a malformed query or parameter, and the field it names in the documented error shape.
  it.each([
    ['/api/config?verbose=1', 'request/invalid', /query\.verbose: not a field of this request/],
    ['/api/cases?sort=title', 'request/invalid', /query\.sort: not a field of this request/],
    ['/api/cases/libya-2019.yaml?raw=1', 'request/invalid', /query\.raw: not a field of this request/],
    ['/api/cases/notes.txt', 'case/bad-name', /params\.file: not a case file name: notes\.txt/],
    ['/api/record/stats?decade=1990', 'request/invalid', /query\.decade: not a field of this request/],
    ['/api/record/libya?from=2011', 'request/invalid', /query\.from: not a field of this request/],
    ['/api/record/decisions?from=soon', 'request/invalid', /query\.from: /],
    ['/api/record/decisions?limit=100000', 'request/invalid', /query\.limit: /],
    ['/api/record/decisions?vetoedBy=DEU', 'request/invalid', /query\.vetoedBy: expected one of CHN, FRA, SUN, RUS/],
    ['/api/record/decisions?outcome=won', 'request/invalid', /query\.outcome: /],
  ])('answers GET %s with 400 %s naming the field', async (url, code, message) => {
    const record: RecordSource = { label: 't', stats: () => STATS, libyaTimeline: () => [], search: () => [] };
    await withServer(record, async (app) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(400);
      const body = ApiErrorSchema.parse(res.json());
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(message);
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
