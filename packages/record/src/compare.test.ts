import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVetoLists, type VetoComparisonReport } from './compare.ts';
import type { RecordDb } from './schema.ts';
import { importRealRecord, makeTempDir, removeDir } from './test-data.ts';

let dir: string;
let db: RecordDb;
let report: VetoComparisonReport;

beforeAll(() => {
  dir = makeTempDir();
  db = importRealRecord(dir).db;
  report = compareVetoLists(db);
});

afterAll(() => {
  db.close();
  removeDir(dir);
});

describe('compareVetoLists', () => {
  it('finds France 17 against 16 and Russia 30 against 31 between the two lists', () => {
    const c = report.libraryVsYordan;
    expect(c?.firstByMember).toMatchObject({ FRA: 17, RUS: 30 });
    expect(c?.secondByMember).toMatchObject({ FRA: 16, RUS: 31 });
  });

  it('explains both differences: the 1946 Spanish question and the July 2022 veto', () => {
    const details = report.libraryVsYordan?.differences.map((d) => d.detail) ?? [];
    expect(details).toContain('S/PV.49 (1946-06-26): FRA, SUN in the first list, SUN in the second');
    expect(details).toContain('S/2022/538 (2022-07-08, RUS) only in the Yordán veto list');
  });

  it("pairs Yordán's S/PV.3038 typo with the Library's S/PV.303", () => {
    expect(report.libraryVsYordan?.differences).toContainEqual(
      expect.objectContaining({
        kind: 'draft-differs',
        detail: '1948-05-24: draft S/PV.303 in the first list, S/PV.3038 in the second',
      }),
    );
  });

  it('reports the vetoes of the yearly tables that the veto list dates differently or lacks', () => {
    const details = report.tablesVsLibrary.differences.map((d) => d.detail);
    expect(details).toContain('S/5407: dated 1963-09-13 in the first list, 1963-09-03 in the second');
    expect(details).toContain('S/11400 (1974-10-30, SUN) only in the yearly tables ("vetoed" rows)');
  });

  it('marks the table differences that a documented error explains, and only those', () => {
    const documented = report.tablesVsLibrary.differences.filter((d) => d.documented !== null);
    expect(documented.map((d) => (d.first ?? d.second)?.draft).sort()).toEqual([
      'S/10416',
      'S/10768',
      'S/11400',
      'S/5134',
      'S/5407',
    ]);
  });

  it("counts the rows whose per-member columns disagree with Yordán's named members", () => {
    expect(report.yordanDummyMismatches.length).toBe(26);
  });
});
