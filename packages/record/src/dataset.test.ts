import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATASET_FILES, datasetCsv, exportDataset } from './dataset.ts';
import { loadDataset } from './dataset-load.ts';
import { importRecord, RecordInputError } from './import.ts';
import { openRecordDb, type RecordDb } from './schema.ts';
import { FIXTURE_PAGES_DIR, makeTempDir, removeDir } from './test-data.ts';

let dir: string;
let fromPages: RecordDb;

function dump(db: RecordDb): string {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  return JSON.stringify(tables.all().map((t) => [t.name, db.prepare(`SELECT * FROM ${t.name} ORDER BY 1, 2`).all()]));
}

beforeEach(() => {
  dir = makeTempDir();
  fromPages = openRecordDb(':memory:');
  importRecord(fromPages, FIXTURE_PAGES_DIR, { yordan: path.join(FIXTURE_PAGES_DIR, 'unsc_vetoes_1946_sept2022.csv') });
  const data = exportDataset(fromPages);
  for (const f of DATASET_FILES) fs.writeFileSync(path.join(dir, f), datasetCsv(f, data[f]));
});

afterEach(() => {
  fromPages.close();
  removeDir(dir);
});

describe('the dataset (data/ format)', () => {
  it('loads back into the same database, table for table, as importing the pages', () => {
    const loaded = openRecordDb(':memory:');
    loadDataset(loaded, dir);
    expect(dump(loaded)).toBe(dump(fromPages));
    loaded.close();
  });

  it('changes nothing when loaded twice, and nothing when loaded over the same pages', () => {
    const loaded = openRecordDb(':memory:');
    loadDataset(loaded, dir);
    const again = loadDataset(loaded, dir);
    expect(again.files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(loadDataset(fromPages, dir).files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(dump(loaded)).toBe(dump(fromPages));
    loaded.close();
  });

  it('replaces the rows of a page the database holds in another version', () => {
    const loaded = openRecordDb(':memory:');
    loadDataset(loaded, dir);
    loaded.prepare("UPDATE sources SET sha256 = 'old' WHERE file = 'scact2011_table_en.html'").run();
    const report = loadDataset(loaded, dir);
    expect(report.files.filter((f) => f.status === 'imported').map((f) => f.file)).toEqual(['scact2011_table_en.html']);
    expect(dump(loaded)).toBe(dump(fromPages));
    loaded.close();
  });

  it('names the file, line and field of a field of the wrong kind, and writes nothing', () => {
    const file = path.join(dir, 'decisions.csv');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const header = (lines[0] ?? '').split(',');
    const fields = (lines[2] ?? '').split(',');
    fields[header.indexOf('date')] = '13 May';
    lines[2] = fields.join(',');
    fs.writeFileSync(file, lines.join('\n'));
    const db = openRecordDb(':memory:');
    expect(() => loadDataset(db, dir)).toThrow(RecordInputError);
    expect(() => loadDataset(db, dir)).toThrow(`${file} line 3, field date: "13 May" is not a date YYYY-MM-DD`);
    expect(db.prepare('SELECT count(*) AS n FROM sources').get()).toEqual({ n: 0 });
    db.close();
  });

  it('names the file and the missing column of a file without one', () => {
    const file = path.join(dir, 'vetoes-library.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('vetoed_by', 'vetoers'));
    expect(() => loadDataset(openRecordDb(':memory:'), dir)).toThrow(`${file} line 1: missing column(s) vetoed_by`);
  });

  it('refuses rows of a page that sources.csv does not list', () => {
    const file = path.join(dir, 'sources.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^scact2012_table_en\.html,.*\n/m, ''));
    expect(() => loadDataset(openRecordDb(':memory:'), dir)).toThrow(
      `${path.join(dir, 'meetings.csv')}: rows of scact2012_table_en.html, which sources.csv does not list`,
    );
  });

  it('names the folder when a dataset file is missing', () => {
    fs.rmSync(path.join(dir, 'meetings.csv'));
    expect(() => loadDataset(openRecordDb(':memory:'), dir)).toThrow(`cannot read ${path.join(dir, 'meetings.csv')}`);
  });
});
