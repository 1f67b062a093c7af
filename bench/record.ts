// The record benchmarks (issue 7): `npm run bench -- record`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRecord, importRecord, openRecordDb, recordStats } from '@horseshoe/record';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TABLES = path.resolve(repoRoot, '../shared/data/unsc/dhl-meetings-tables');
const YORDAN = path.resolve(repoRoot, '../shared/data/unsc/vetoes-yordan/unsc_vetoes_1946_sept2022.csv');

/** Imports into a fresh database file each run; checks and counts on one imported database. */
export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horseshoe-bench-record-'));
  try {
    let n = 0;
    const importRow = await measure(
      'record',
      'import all 78 tables + veto list (fresh db file)',
      () => {
        const db = openRecordDb(path.join(dir, `import-${n++}.db`));
        importRecord(db, TABLES);
        db.close();
      },
      { runs: 5, targetMs: 5000, note: 'in process: parse (cheerio/parse5) + SQLite writes' },
    );
    const file = path.join(dir, 'record.db');
    const db = openRecordDb(file);
    importRecord(db, TABLES, { yordan: YORDAN });
    const checkRow = await measure('record', 'history check (replay every vote)', () => checkRecord(db), {
      runs: 9,
      targetMs: 2000,
      note: 'in process, on an imported db',
    });
    const statsRow = await measure('record', 'history stats', () => recordStats(db), { runs: 9 });
    const reimportRow = await measure(
      'record',
      're-import unchanged files (idempotent skip)',
      () => importRecord(db, TABLES, { yordan: YORDAN }),
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
    return [importRow, checkRow, statsRow, reimportRow, cliRow];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
