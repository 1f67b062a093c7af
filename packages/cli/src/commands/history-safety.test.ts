import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 18, the record: read commands never write and refuse what is not a complete record; a cut-off
// table fails loudly; check reports gaps and unexplained disagreements; imports serialise; special
// paths are refused. Each test reproduces a finding of the adversarial review.
const REPO = path.resolve(import.meta.dirname, '../../../..');
const BIN = path.join(REPO, 'packages/cli/bin/horseshoe.mjs');
const PAGES = path.join(REPO, 'packages/record/fixtures/pages');
const runAsync = promisify(execFile);

let tmp: string;

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

function horseshoe(...args: string[]): Run {
  try {
    const stdout = execFileSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

async function horseshoeAsync(...args: string[]): Promise<Run> {
  try {
    const r = await runAsync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8' });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const READ_COMMANDS = [['check'], ['stats'], ['search', 'Libya'], ['vetoes-compare']];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'horseshoe-safety-'));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('history read commands on files that are not a complete record', () => {
  it('leave an empty file byte for byte unchanged and exit 2 naming it', () => {
    const file = path.join(tmp, 'empty.db');
    fs.writeFileSync(file, '');
    for (const cmd of READ_COMMANDS) {
      const run = horseshoe('history', ...cmd, '--db', file);
      expect([cmd[0], run.status]).toEqual([cmd[0], 2]);
      expect(run.stderr).toContain(`--db: ${file}: not a Horseshoe record database (empty)`);
    }
    expect(fs.readFileSync(file).length).toBe(0);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('empty.db'))).toEqual(['empty.db']);
  });

  it('leave another application SQLite file byte for byte unchanged and exit 2 naming it', () => {
    const file = path.join(tmp, 'foreign.db');
    const other = new Database(file);
    other.exec("CREATE TABLE customers (id INTEGER, name TEXT); INSERT INTO customers VALUES (1, 'x');");
    other.close();
    const before = fs.readFileSync(file);
    for (const cmd of READ_COMMANDS) {
      const run = horseshoe('history', ...cmd, '--db', file);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('not a Horseshoe record database (it holds other tables: customers)');
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuse to import into another application SQLite file', () => {
    const run = horseshoe('history', 'import', '--db', path.join(tmp, 'foreign.db'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a Horseshoe record database');
  });

  it('read a record made read-only without writing to it', () => {
    const file = path.join(tmp, 'readonly.db');
    expect(horseshoe('history', 'import', '--db', file).status).toBe(0);
    fs.chmodSync(file, 0o444);
    const before = fs.readFileSync(file);
    const run = horseshoe('history', 'stats', '--json', '--db', file);
    expect(run.status).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('report a record whose import was killed (kill -9) as incomplete, exit 2', async () => {
    const file = path.join(tmp, 'killed.db');
    // A real SIGKILL in the middle of a load: after the third page has been written.
    const script = `import { loadDataset, openRecordDb } from ${JSON.stringify(path.join(REPO, 'packages/record/src/index.ts'))};
loadDataset(openRecordDb(${JSON.stringify(file)}), ${JSON.stringify(path.join(REPO, 'data'))}, {
  onProgress: (done) => { if (done === 3) process.kill(process.pid, 'SIGKILL'); },
});`;
    const scriptFile = path.join(tmp, 'kill-during-import.mts');
    fs.writeFileSync(scriptFile, script);
    const killed = await runAsync(process.execPath, ['--import', 'tsx', scriptFile], { cwd: REPO }).catch(
      (e: { signal: string }) => e,
    );
    expect((killed as { signal?: string }).signal).toBe('SIGKILL');
    const run = horseshoe('history', 'check', '--db', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}: incomplete record: an import into it did not finish`);
    expect(horseshoe('history', 'import', '--db', file).status).toBe(0);
    expect(horseshoe('history', 'check', '--db', file).status).toBe(0);
  });
});

describe('history import of a table cut off mid-row', () => {
  it('fails that file naming it and the line, imports nothing from it, and exits 2', () => {
    const dir = path.join(tmp, 'cut');
    fs.mkdirSync(dir);
    const page = fs.readFileSync(path.join(PAGES, 'scact2011_table_en.html'), 'utf8');
    fs.writeFileSync(path.join(dir, 'scact2011_table_en.html'), page.slice(0, page.indexOf('S/RES/1973')));
    fs.copyFileSync(path.join(PAGES, 'scact2012_table_en.html'), path.join(dir, 'scact2012_table_en.html'));
    const file = path.join(tmp, 'cut.db');
    const run = horseshoe('history', 'import', dir, '--db', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/scact2011_table_en\.html line \d+: the table is cut off or unbalanced/);
    expect(run.stderr).toContain('file not imported');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT DISTINCT file FROM resolutions').all()).toEqual([{ file: 'scact2012_table_en.html' }]);
    db.close();
  });
});

describe('history check', () => {
  it('reports gaps in resolution numbering and exits 1 on an unexplained disagreement', () => {
    const dir = path.join(tmp, 'wrong');
    fs.mkdirSync(dir);
    const page = fs.readFileSync(path.join(PAGES, 'scact2011_table_en.html'), 'utf8');
    fs.writeFileSync(path.join(dir, 'scact2011_table_en.html'), page.replace('10-0-5', '5-0-10'));
    const file = path.join(tmp, 'wrong.db');
    expect(horseshoe('history', 'import', dir, '--db', file).status).toBe(0);
    const run = horseshoe('history', 'check', '--json', '--db', file);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { unexplained: number; resolutionGaps: { from: number; to: number }[] };
    expect(json.unexplained).toBe(1);
    expect(json.resolutionGaps).toEqual([{ from: 1974, to: 1995 }]);
    expect(run.stderr).toContain('check found 1 unexplained disagreement(s) and 1 gap(s) in resolution numbering');
  });
});

describe('history import run twice at once', () => {
  it('serialises the two imports: both finish and the record checks whole', async () => {
    const file = path.join(tmp, 'concurrent.db');
    const [a, b] = await Promise.all([
      horseshoeAsync('history', 'import', '--db', file),
      horseshoeAsync('history', 'import', '--db', file),
    ]);
    expect([a.status, b.status, a.stderr + b.stderr]).toEqual([0, 0, '']);
    const check = horseshoe('history', 'check', '--json', '--db', file);
    expect(check.status).toBe(0);
    expect((JSON.parse(check.stdout) as { records: number }).records).toBe(2834);
  });
});

describe('history on paths that are not regular files', () => {
  it('refuses a database under /proc at once, exit 2', () => {
    const run = horseshoe('history', 'import', '--db', '/proc/x/y.db');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--db: /proc/x/y.db: a record database cannot live under /proc');
  });

  it('refuses a directory as the database, exit 2', () => {
    const run = horseshoe('history', 'stats', '--db', tmp);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--db: ${tmp}: not a regular file`);
  });

  it('refuses a pipe named like a table instead of waiting on it, exit 2', () => {
    const dir = path.join(tmp, 'fifo');
    fs.mkdirSync(dir);
    execFileSync('mkfifo', [path.join(dir, 'scact1999_table_en.html')]);
    const run = horseshoe('history', 'import', dir, '--db', path.join(tmp, 'fifo.db'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`cannot read ${path.join(dir, 'scact1999_table_en.html')}: not a regular file`);
  });
});
