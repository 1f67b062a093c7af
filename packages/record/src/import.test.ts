import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecord } from './import.ts';
import { openRecordDb, type RecordDb } from './schema.ts';
import { FIXTURE_PAGES_DIR, importRealRecord, makeTempDir, removeDir } from './test-data.ts';

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

function dump(target: RecordDb): string {
  const tables = target
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all();
  return JSON.stringify(tables.map((t) => [t.name, target.prepare(`SELECT * FROM ${t.name} ORDER BY 1, 2`).all()]));
}

describe('the record 1946–2022 (data/, as the importer read the Library files)', () => {
  it('imports the 77 yearly tables, the 2020 VTC table, the veto list and the second list', () => {
    const n = db
      .prepare<[], { kind: string; n: number }>('SELECT kind, count(*) AS n FROM sources GROUP BY kind ORDER BY kind')
      .all();
    expect(n).toEqual([
      { kind: 'meetings', n: 78 },
      { kind: 'veto-list', n: 1 },
      { kind: 'yordan', n: 1 },
    ]);
  });

  it('records 2,640 resolutions, numbered 1 to 2640 without a gap', () => {
    const r = db
      .prepare<[], { n: number; lo: number; hi: number }>(
        'SELECT count(*) AS n, min(number) AS lo, max(number) AS hi FROM resolutions',
      )
      .get();
    expect(r).toEqual({ n: 2640, lo: 1, hi: 2640 });
  });

  it('gives the usual totals of resolutions per year', () => {
    const perYear = new Map(
      db
        .prepare<[], { year: string; n: number }>(
          'SELECT substr(date, 1, 4) AS year, count(*) AS n FROM resolutions GROUP BY 1',
        )
        .all()
        .map((r) => [r.year, r.n]),
    );
    expect(['1946', '1990', '1993', '2016', '2021'].map((y) => perYear.get(y))).toEqual([15, 37, 93, 77, 57]);
  });

  it('counts vetoes per member as the Library veto list gives them', () => {
    const rows = db
      .prepare<[], { member: string; n: number }>('SELECT member, count(*) AS n FROM vetoes GROUP BY member')
      .all();
    expect(Object.fromEntries(rows.map((r) => [r.member, r.n]))).toEqual({
      SUN: 90,
      RUS: 30,
      USA: 82,
      GBR: 29,
      CHN: 17,
      FRA: 17,
    });
  });

  it('reads 321 failed drafts: 213 worded "vetoed" and 108 "not adopted"', () => {
    const rows = db
      .prepare<[], { outcome: string; n: number }>('SELECT outcome, count(*) AS n FROM drafts GROUP BY 1 ORDER BY 1')
      .all();
    expect(rows).toEqual([
      { outcome: 'not adopted', n: 108 },
      { outcome: 'vetoed', n: 213 },
    ]);
  });

  it('applies the two resolution-number corrections and reports each', () => {
    const issues = db
      .prepare<[], { file: string; reason: string }>(
        "SELECT file, reason FROM import_issues WHERE severity = 'corrected' AND reason LIKE 'S/RES/%'",
      )
      .all();
    expect(issues.map((i) => i.reason.slice(0, 26))).toEqual([
      'S/RES/663 read as S/RES/66',
      'S/RES/701 read as S/RES/69',
    ]);
    expect(db.prepare('SELECT date, printed_symbol FROM resolutions WHERE number = 666').get()).toEqual({
      date: '1990-09-13',
      printed_symbol: 'S/RES/663 (1990)',
    });
  });

  it('reports the duplicated row of resolution 1996 and the count printed without a symbol', () => {
    const reasons = db
      .prepare<[], { reason: string }>("SELECT reason FROM import_issues WHERE severity = 'skipped'")
      .all()
      .map((r) => r.reason);
    expect(reasons.some((r) => r.startsWith('S/RES/1996 (2011) already recorded on 2011-07-08'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('vote count 2-0-13 printed with no resolution'))).toBe(true);
  });
});

describe('importRecord on pages', () => {
  it('changes nothing when the same files are imported again', () => {
    const small = openRecordDb(':memory:');
    importRecord(small, FIXTURE_PAGES_DIR);
    const before = dump(small);
    const again = importRecord(small, FIXTURE_PAGES_DIR);
    expect(again.files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(dump(small)).toBe(before);
    small.close();
  });

  it('replaces a changed file row for row instead of adding to it', () => {
    const copy = makeTempDir();
    try {
      fs.copyFileSync(
        path.join(FIXTURE_PAGES_DIR, 'scact2011_table_en.html'),
        path.join(copy, 'scact2011_table_en.html'),
      );
      const small = openRecordDb(path.join(copy, 'small.db'));
      importRecord(small, copy);
      const before = dump(small);
      fs.appendFileSync(path.join(copy, 'scact2011_table_en.html'), '\n<!-- edited -->\n');
      const again = importRecord(small, copy);
      expect(again.files.map((f) => f.status)).toEqual(['imported']);
      const after = JSON.parse(dump(small)) as [string, unknown[]][];
      const was = JSON.parse(before) as [string, unknown[]][];
      expect(after.filter(([t]) => t !== 'sources')).toEqual(was.filter(([t]) => t !== 'sources'));
      small.close();
    } finally {
      removeDir(copy);
    }
  });
});
