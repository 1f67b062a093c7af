import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRecord, RecordInputError } from './import.ts';
import { openRecordDb, type RecordDb } from './schema.ts';
import { makeTempDir, removeDir } from './test-data.ts';

let dir: string;
let db: RecordDb;

beforeEach(() => {
  dir = makeTempDir();
  db = openRecordDb(':memory:');
});

afterEach(() => {
  db.close();
  removeDir(dir);
});

const HEADER = `<table><tr><th colspan="5">Meetings conducted by the Security Council in 1999</th></tr>
<tr><th>Meeting Record</th><th>Date</th><th>Press Release</th><th>Topic</th><th>Security Council<br> Outcome / Vote</th></tr>`;

function row(...cells: string[]): string {
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>\n`;
}

function writeYear(rows: string): void {
  fs.writeFileSync(path.join(dir, 'scact1999_table_en.html'), `${HEADER}\n${rows}</table>`);
}

function issues(): { line: number; severity: string; reason: string }[] {
  return importRecord(db, dir).issues.map((i) => ({ line: i.line, severity: i.severity, reason: i.reason }));
}

describe('importRecord on broken files', () => {
  it('imports the readable rows of a file and names the file and line of each unreadable one', () => {
    writeYear(
      row('S/PV.4000', '10 May', 'SC/1', 'Angola', 'S/RES/1240 (1999)<br>15-0-0') +
        row('S/PV.4001', 'sometime', 'SC/2', 'Kosovo', 'S/RES/1241 (1999)<br>15-0-0') +
        row('S/PV.4002', '12 May', 'SC/3', 'Haiti', 'S/RES/1242 (1999)<br>99-0-0'),
    );
    const report = importRecord(db, dir);
    expect(report.totals.resolutions).toBe(2);
    expect(report.issues).toEqual([
      expect.objectContaining({
        file: 'scact1999_table_en.html',
        line: 4,
        severity: 'skipped',
        reason: expect.stringContaining('date cell "sometime"'),
      }),
      expect.objectContaining({
        file: 'scact1999_table_en.html',
        line: 5,
        severity: 'skipped',
        reason: expect.stringContaining('vote count 99-0-0 adds up to 99'),
      }),
    ]);
  });

  it('reports a row with missing cells', () => {
    writeYear(row('S/PV.4000', '10 May', 'SC/1'));
    expect(issues()).toEqual([
      {
        line: 3,
        severity: 'note',
        reason: 'row has 3 cells, 5 expected; the missing trailing cells are read as empty',
      },
    ]);
  });

  it('reports a row with only a meeting record as unreadable, not as a meeting', () => {
    writeYear(row('S/PV.4000', '', 'SC/1', 'Angola', '--'));
    expect(issues()).toEqual([
      expect.objectContaining({ line: 3, severity: 'skipped', reason: expect.stringContaining('date cell ""') }),
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM meetings').get()).toEqual({ n: 0 });
  });

  it('reports a garbage count as text not understood', () => {
    writeYear(row('S/PV.4000', '10 May', 'SC/1', 'Angola', 'S/RES/1240 (1999)<br>fifteen-0-0'));
    expect(issues().map((i) => i.reason)).toContain('text not understood: "fifteen-0-0"');
  });

  it('reports a draft vetoed by a name that is not a permanent member', () => {
    writeYear(row('S/PV.4000', '10 May', 'SC/1', 'Angola', 'Draft resolution S/1999/1 vetoed by Narnia<br>14-1-0'));
    expect(issues().map((i) => i.reason)).toEqual([
      'draft S/1999/1 "vetoed" without a member named',
      'unread words after "vetoed by": "Narnia"',
    ]);
  });

  it('reports a file without a header row and reads nothing from it', () => {
    fs.writeFileSync(
      path.join(dir, 'scact1999_table_en.html'),
      `<table>${row('S/PV.4000', '10 May', 'SC/1', 'Angola', '--')}</table>`,
    );
    expect(issues()).toEqual([
      expect.objectContaining({ severity: 'skipped', reason: expect.stringContaining('no header row') }),
    ]);
  });

  it('fails naming the path when the directory does not exist', () => {
    const missing = path.join(dir, 'nowhere');
    expect(() => importRecord(db, missing)).toThrow(RecordInputError);
    expect(() => importRecord(db, missing)).toThrow(missing);
  });

  it('fails naming the directory when it holds no table', () => {
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'nothing here');
    expect(() => importRecord(db, dir)).toThrow(`${dir} holds no scactYYYY_table_en.html`);
  });

  it('fails naming the file when a table cannot be read', () => {
    const unreadable = path.join(dir, 'scact1998_table_en.html');
    fs.mkdirSync(unreadable);
    expect(() => importRecord(db, dir)).toThrow(`cannot read ${unreadable}`);
  });

  it('reports a veto-list row that names no permanent member or has no date', () => {
    const header =
      '<table><tr><th>Date</th><th>Draft</th><th>Written Record</th><th>Agenda Item</th><th>Permanent Member Casting Negative Vote</th></tr>';
    fs.writeFileSync(
      path.join(dir, 'scact_veto_table_en.html'),
      `${header}\n${row('26 May 2022', 'S/2022/431', 'S/PV.9048', 'DPRK', 'China<br>Russian Federation')}${row('2 June 2022', 'S/2022/999', 'S/PV.9999', 'X', 'Ruritania')}${row('soon', 'S/2022/998', 'S/PV.9998', 'Y', 'USA')}</table>`,
    );
    const report = importRecord(db, dir);
    expect(report.totals.vetoListEntries).toBe(1);
    expect(report.issues.map((i) => [i.line, i.reason])).toEqual([
      [3, 'no permanent member named in "Ruritania"; veto not imported'],
      [4, 'date "soon" is not a full date; veto not imported'],
    ]);
  });

  it('fails naming the file when the second veto list cannot be read', () => {
    writeYear('');
    const missing = path.join(dir, 'vetoes.csv');
    expect(() => importRecord(db, dir, { yordan: missing })).toThrow(`cannot read ${missing}`);
  });
});
