import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libyaTimeline, recordStats, searchDecisions } from './query.ts';
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

describe('recordStats', () => {
  it('counts vetoes per vetoed draft and member from the Library list', () => {
    expect(recordStats(db).vetoesByMember).toEqual({ SUN: 90, RUS: 30, USA: 82, GBR: 29, FRA: 17, CHN: 17 });
  });

  it('adds the decades and the years up to the totals', () => {
    const s = recordStats(db);
    expect(s.vetoesByMemberByDecade.map((d) => d.decade)).toEqual([
      1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020,
    ]);
    expect(s.vetoesByMemberByDecade.reduce((n, d) => n + d.USA, 0)).toBe(s.vetoesByMember.USA);
    expect(s.vetoesByMemberByYear.reduce((n, y) => n + y.SUN, 0)).toBe(s.vetoesByMember.SUN);
    expect(s.vetoesByMemberByYear.find((y) => y.year === 2022)).toMatchObject({ RUS: 2, CHN: 1 });
  });

  it('gives the usual yearly totals of resolutions', () => {
    const perYear = new Map(recordStats(db).resolutionsPerYear.map((r) => [r.year, r.resolutions]));
    expect([1990, 1993, 2016, 2021].map((y) => perYear.get(y))).toEqual([37, 93, 77, 57]);
  });

  it('computes the unanimous share of each year from its counts', () => {
    const y2016 = recordStats(db).unanimityPerYear.find((u) => u.year === 2016);
    const n = (sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
    const split = n(
      "SELECT count(*) AS n FROM resolutions r JOIN vote_counts c ON c.decision_id = r.id WHERE r.date LIKE '2016%' AND (c.no > 0 OR c.abstain > 0)",
    );
    // Resolution 2311 (2016) is printed with neither a count nor a wording: neither unanimous nor split.
    const uncounted = n(
      "SELECT count(*) AS n FROM resolutions r LEFT JOIN vote_counts c ON c.decision_id = r.id WHERE r.date LIKE '2016%' AND c.decision_id IS NULL",
    );
    expect(uncounted).toBe(1);
    expect(y2016?.unanimous).toBe(77 - split - uncounted);
    expect(y2016?.share).toBeCloseTo((77 - split - uncounted) / 77, 3);
  });

  it('splits failed drafts into vetoed and not adopted as the tables word them', () => {
    expect(recordStats(db).failedDraftsByReason).toEqual({ vetoed: 213, 'not adopted': 108 });
  });
});

describe('searchDecisions', () => {
  it('finds a draft by symbol with the members that vetoed it', () => {
    expect(searchDecisions(db, { text: 'S/2011/612' })).toEqual([
      expect.objectContaining({
        kind: 'draft',
        date: '2011-10-04',
        outcome: 'vetoed',
        vote: '9-2-4',
        vetoedBy: 'CHN;RUS',
      }),
    ]);
  });

  it('filters by year range, outcome and vetoing member', () => {
    const rows = searchDecisions(db, { from: 1970, to: 1979, outcome: 'vetoed', vetoedBy: 'USA' });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.date >= '1970-01-01' && r.date <= '1979-12-31').toBe(true);
      expect(r.vetoedBy?.split(';')).toContain('USA');
    }
  });

  it("finds vetoed drafts by the second list's crisis topic when the table's topic is broader", () => {
    const rows = searchDecisions(db, { text: 'Syria', outcome: 'vetoed', vetoedBy: 'RUS' });
    expect(rows.map((r) => r.symbol)).toEqual(expect.arrayContaining(['S/2011/612', 'S/2017/172', 'S/2020/667']));
    expect(rows.find((r) => r.symbol === 'S/2011/612')?.topic).toBe('Middle East situation');
  });

  it('finds presidential statements by topic', () => {
    const rows = searchDecisions(db, { text: 'Afghanistan', outcome: 'prst', from: 2011, to: 2011 });
    expect(rows.map((r) => r.symbol)).toContain('S/PRST/2011/22');
  });
});

describe('libyaTimeline', () => {
  it('lists the Libya decisions since 2011 in date order, starting with resolutions 1970 and 1973', () => {
    const rows = libyaTimeline(db);
    expect(rows.slice(0, 2).map((r) => r.symbol)).toEqual(['S/RES/1970 (2011)', 'S/RES/1973 (2011)']);
    expect(rows.find((r) => r.symbol === 'S/RES/1973 (2011)')?.vote).toBe('10-0-5');
    expect(
      rows.every(
        (r, i) => r.date >= '2011-01-01' && /liby/i.test(r.topic) && (i === 0 || r.date >= (rows[i - 1]?.date ?? '')),
      ),
    ).toBe(true);
  });
});
