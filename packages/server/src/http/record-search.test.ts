import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RecordQuery, RecordSearch } from '@horseshoe/protocol';
import { RecordSearchSchema } from '@horseshoe/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './create-server.ts';
import type { RecordSource } from './record.ts';

let dir: string;
const asked: RecordQuery[] = [];
const answer: RecordSearch = {
  total: 1,
  rows: [
    {
      id: 'd1',
      kind: 'draft',
      symbol: 'S/2011/612',
      date: '2011-10-04',
      outcome: 'vetoed',
      vote: '9-2-4',
      vetoedBy: 'CHN;RUS',
      topic: 'The situation in the Middle East',
      meeting: 'S/PV.6627',
    },
  ],
};
const record: RecordSource = {
  label: 'test',
  stats: () => ({}),
  libyaTimeline: () => [],
  searchDecisions: (query) => {
    asked.push(query);
    return answer;
  },
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-record-search-'));
  mkdirSync(path.join(dir, 'dist'));
  mkdirSync(path.join(dir, 'cases'));
  writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>t</title>');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function get(url: string, source: RecordSource | null = record) {
  const app = await createServer({
    webRoot: path.join(dir, 'dist'),
    casesDir: path.join(dir, 'cases'),
    ...(source ? { record: source } : {}),
  });
  try {
    return await app.inject({ method: 'GET', url });
  } finally {
    await app.close();
  }
}

describe('GET /api/record/decisions', () => {
  it('passes the validated query to the record and answers its rows', async () => {
    const res = await get('/api/record/decisions?text=Syria&vetoedBy=RUS&decade=2010&kind=draft&outcome=vetoed');
    expect(res.statusCode).toBe(200);
    expect(RecordSearchSchema.parse(res.json())).toEqual(answer);
    expect(asked.at(-1)).toEqual({
      text: 'Syria',
      vetoedBy: 'RUS',
      decade: 2010,
      kind: 'draft',
      outcome: 'vetoed',
      limit: 100,
    });
  });

  it('answers 400 naming the field for a decade that is not one', async () => {
    const res = await get('/api/record/decisions?decade=1995');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'record/bad-query',
      message: 'decade: expected the first year of a decade, such as 1990',
    });
  });

  it('answers 404 when the server has no record', async () => {
    const res = await get('/api/record/decisions?text=Syria', null);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('record/not-configured');
  });
});
