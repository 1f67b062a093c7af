import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchRecord } from './record-search.ts';
import type { RecordDb } from './schema.ts';
import { importRealRecord, makeTempDir, removeDir } from './test-data.ts';

let dir: string;
let db: RecordDb;

beforeAll(() => {
  dir = makeTempDir();
  db = importRealRecord(dir).db;
});

afterAll(() => {
  db.close();
  removeDir(dir);
});

describe('searchRecord', () => {
  it('finds the Russian vetoes on Syria in the 2010s, and counts them all while answering the first few', () => {
    const r = searchRecord(db, { text: 'Syria', vetoedBy: 'RUS', decade: 2010, limit: 3 });
    expect(r.total).toBeGreaterThanOrEqual(12);
    expect(r.rows).toHaveLength(3);
    for (const row of r.rows) {
      expect(row.outcome).toBe('vetoed');
      expect(row.date >= '2010-01-01' && row.date <= '2019-12-31').toBe(true);
      expect(row.vetoedBy?.split(';')).toContain('RUS');
    }
  });

  it('filters by kind: presidential statements only', () => {
    const r = searchRecord(db, { text: 'Libya', kind: 'prst', limit: 500 });
    expect(r.total).toBeGreaterThan(0);
    expect(r.rows.every((row) => row.kind === 'prst')).toBe(true);
  });

  it('counts every veto of the Soviet Union in the 1940s', () => {
    const r = searchRecord(db, { vetoedBy: 'SUN', decade: 1940, limit: 500 });
    expect(r.total).toBe(r.rows.length);
    expect(r.rows.every((row) => row.date < '1950-01-01')).toBe(true);
  });
});
