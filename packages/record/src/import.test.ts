import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { importRecord } from './import.ts';
import { openRecordDb, type RecordDb } from './schema.ts';
import { importRealRecord, makeTempDir, removeDir, TABLES_DIR, YORDAN_FILE } from './test-data.ts';

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

function derived(name: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(fs.readFileSync(path.join(TABLES_DIR, 'derived', name), 'utf8'));
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

function dump(target: RecordDb): string {
  const tables = target
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all();
  return JSON.stringify(tables.map((t) => [t.name, target.prepare(`SELECT * FROM ${t.name} ORDER BY 1, 2`).all()]));
}

describe('importRecord on the Library files', () => {
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

  it('gives the same resolutions per year as the derived CSV made by another parse', () => {
    const theirs = new Map<string, number>();
    for (const r of derived('decisions_1946_2022.csv')) {
      if (r.kind === 'resolution')
        theirs.set((r.date ?? '').slice(0, 4), (theirs.get((r.date ?? '').slice(0, 4)) ?? 0) + 1);
    }
    const ours = db
      .prepare<[], { year: string; n: number }>(
        'SELECT substr(date, 1, 4) AS year, count(*) AS n FROM resolutions GROUP BY 1',
      )
      .all();
    expect(new Map(ours.map((o) => [o.year, o.n]))).toEqual(theirs);
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

  it('agrees with the derived veto CSV on vetoes per member', () => {
    const names: Record<string, string> = {
      USSR: 'SUN',
      'Russian Federation': 'RUS',
      USA: 'USA',
      UK: 'GBR',
      France: 'FRA',
      China: 'CHN',
    };
    const theirs: Record<string, number> = {};
    for (const r of derived('vetoes_dhl_1946_2022.csv')) {
      for (const m of (r.vetoed_by ?? '').split(';').filter(Boolean))
        theirs[names[m] ?? m] = (theirs[names[m] ?? m] ?? 0) + 1;
    }
    const ours = db
      .prepare<[], { member: string; n: number }>('SELECT member, count(*) AS n FROM vetoes GROUP BY member')
      .all();
    expect(Object.fromEntries(ours.map((r) => [r.member, r.n]))).toEqual(theirs);
  });

  it('reads every draft worded "not adopted" that the derived CSV has', () => {
    const theirs = derived('decisions_1946_2022.csv').filter(
      (r) => r.kind === 'draft' && r.outcome === 'not adopted',
    ).length;
    const ours = db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM drafts WHERE outcome = 'not adopted'")
      .get()?.n;
    expect(ours).toBe(theirs);
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

  it('changes nothing when the same files are imported again', () => {
    const before = dump(db);
    const again = importRecord(db, TABLES_DIR, { yordan: YORDAN_FILE });
    expect(again.files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(dump(db)).toBe(before);
  });

  it('replaces a changed file row for row instead of adding to it', () => {
    const copy = makeTempDir();
    try {
      fs.copyFileSync(path.join(TABLES_DIR, 'scact2011_table_en.html'), path.join(copy, 'scact2011_table_en.html'));
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
