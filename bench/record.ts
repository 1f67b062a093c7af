// The record benchmarks (issue 7): `npm run bench -- record`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRecord, importRecord, loadDataset, openRecordDb, recordStats } from '@horseshoe/record';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(repoRoot, 'data');
const PAGES = path.join(repoRoot, 'packages/record/fixtures/pages');

/**
 * Loads data/ into a fresh database file each run (and, for the HTML parser, imports the fixture
 * pages); checks and counts on one loaded database. Set HORSESHOE_BENCH_PAGES to a folder of the
 * Library's pages (e.g. one written by `horseshoe history fetch`) to time the import of the whole record.
 */
export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horseshoe-bench-record-'));
  const pages = process.env.HORSESHOE_BENCH_PAGES;
  try {
    let n = 0;
    const importRow = await measure(
      'record',
      pages
        ? `import the pages of ${path.basename(pages)} (fresh db file)`
        : 'import the fixture pages (fresh db file)',
      () => {
        const db = openRecordDb(path.join(dir, `import-${n++}.db`));
        importRecord(db, pages ?? PAGES);
        db.close();
      },
      { runs: 5, ...(pages ? { targetMs: 5000 } : {}), note: 'in process: parse (cheerio/parse5) + SQLite writes' },
    );
    const loadRow = await measure(
      'record',
      'history import: load data/ (fresh db file)',
      () => {
        const db = openRecordDb(path.join(dir, `load-${n++}.db`));
        loadDataset(db, DATA);
        db.close();
      },
      { runs: 5, targetMs: 5000, note: 'in process: CSV read + checks + SQLite writes' },
    );
    const file = path.join(dir, 'record.db');
    const db = openRecordDb(file);
    loadDataset(db, DATA);
    const checkRow = await measure('record', 'history check (replay every vote)', () => checkRecord(db), {
      runs: 9,
      targetMs: 2000,
      note: 'in process, on an imported db',
    });
    const statsRow = await measure('record', 'history stats', () => recordStats(db), { runs: 9 });
    const reimportRow = await measure(
      'record',
      're-load unchanged data/ (idempotent skip)',
      () => loadDataset(db, DATA),
      {
        runs: 5,
      },
    );
    db.close();
    const bin = path.join(repoRoot, 'packages/cli/bin/horseshoe.mjs');
    const cliRow = await measure(
      'record',
      'horseshoe history check --json (whole CLI process)',
      () => execFileSync(process.execPath, [bin, 'history', 'check', '--json', '--db', file], { stdio: 'pipe' }),
      { runs: 3, warmup: 1, targetMs: 2000, note: 'includes Node start-up (the compiled CLI)' },
    );
    return [importRow, loadRow, checkRow, statsRow, reimportRow, cliRow];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
