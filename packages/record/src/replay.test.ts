import { PERMANENT_STATES } from '@horseshoe/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VETO_CODES, type VetoCode } from './members.ts';
import { type CheckReport, checkRecord, replayVote } from './replay.ts';
import type { RecordDb } from './schema.ts';
import { SOURCE_ERRORS } from './source-errors.ts';
import { importRealRecord, makeTempDir, removeDir } from './test-data.ts';

let dir: string;
let db: RecordDb;
let report: CheckReport;

beforeAll(() => {
  dir = makeTempDir();
  db = importRealRecord(dir).db;
  report = checkRecord(db);
});

afterAll(() => {
  db.close();
  removeDir(dir);
});

// `date yes-no-abstain [P5 no votes]` -> the engine's outcome.
function replay(line: string): string {
  const [date = '', count = '', members = ''] = line.split(' ');
  const [yes, no, abstain] = count.split('-').map(Number);
  const o = replayVote(
    { date, yes: yes ?? 0, no: no ?? 0, abstain: abstain ?? 0 },
    members.split('+').filter(Boolean) as VetoCode[],
  );
  return o.adopted ? 'adopted' : o.reason;
}

describe('replayVote', () => {
  it('applies the threshold of the era and the veto of the permanent members of the date', () => {
    expect(replay('1950-06-27 7-1-0')).toBe('adopted'); // res 83: seven of eleven suffice
    expect(replay('1962-03-23 6-0-5')).toBe('insufficient-votes');
    expect(replay('1972-08-25 11-1-3 CHN')).toBe('veto'); // S/10771, Bangladesh
    expect(replay('2011-10-04 9-2-4 CHN+RUS')).toBe('veto'); // S/2011/612
    expect(replay('2018-06-01 1-3-11 RUS')).toBe('insufficient-votes'); // S/2018/520: not a veto
    expect(replay('2022-03-23 2-0-13')).toBe('insufficient-votes'); // S/2022/231
    expect(replay('1966-01-01 8-0-7')).toBe('insufficient-votes');
  });

  it('does not count the USSR as a permanent member after December 1991', () => {
    expect(replay('1993-05-11 14-1-0 SUN')).toBe('adopted');
    expect(replay('1993-05-11 14-1-0 RUS')).toBe('veto');
  });
});

describe('checkRecord on the Library files', () => {
  it('replays every resolution and failed draft that has a printed count', () => {
    const counted = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM vote_counts').get()?.n;
    expect(report.records).toBe(counted);
    expect(report.agree + report.disagree).toBe(report.records);
  });

  it('agrees with every recorded vote outside the documented source errors', () => {
    expect(report.disagreements.filter((d) => !d.sourceError)).toEqual([]);
    expect(report.unexplained).toBe(0);
    expect(report.agreementOutsideSourceErrorsPercent).toBe(100);
  });

  it('uses every documented source error, once', () => {
    expect(report.exceptions.every((e) => e.matched)).toBe(true);
    expect(report.sourceErrors).toBe(SOURCE_ERRORS.length);
  });

  it('finds each documented copied or missing row in the tables', () => {
    expect(report.recordErrors.map((e) => [e.symbol, e.present])).toEqual([
      ['S/5407', true],
      ['S/11400', true],
      ['S/10416', true],
    ]);
  });

  it('finds S/2022/431 printed with no negative vote although two members vetoed it', () => {
    const d = report.disagreements.find((x) => x.symbol === 'S/2022/431');
    expect(d).toMatchObject({ recorded: 'vetoed', count: '13-0-2', sourceError: true });
    expect(d?.cause).toContain('prints 0 negative vote(s), but China, Russian Federation');
  });

  it('finds S/10768 worded "vetoed" although it lacked the votes', () => {
    expect(report.disagreements.find((x) => x.symbol === 'S/10768')).toMatchObject({
      recorded: 'vetoed',
      engine: 'not adopted',
    });
  });
});

describe('the record’s veto codes', () => {
  it('are the engine’s permanent members, so the two lists cannot drift apart', () => {
    expect([...VETO_CODES].sort()).toEqual([...PERMANENT_STATES].sort());
  });
});
