import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const BIN = path.join(repoRoot, 'packages/cli/bin/horseshoe.mjs');
const PAGES = path.join(repoRoot, 'packages/record/fixtures/pages');

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

let dataHome: string;
let dbFile: string;
let imported: Run;

function horseshoe(...args: string[]): Run {
  try {
    const stdout = execFileSync(process.execPath, [BIN, ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, XDG_DATA_HOME: dataHome },
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dataHome = fs.mkdtempSync(path.join(os.tmpdir(), 'horseshoe-history-'));
  dbFile = path.join(dataHome, 'horseshoe', 'record.db');
  imported = horseshoe('history', 'import', '--json');
});

afterAll(() => {
  fs.rmSync(dataHome, { recursive: true, force: true });
});

describe('horseshoe history import', () => {
  it('loads the data/ Horseshoe ships into $XDG_DATA_HOME/horseshoe/record.db by default and reports the counts', () => {
    expect(imported.status).toBe(0);
    const json = JSON.parse(imported.stdout) as {
      db: string;
      dataset: string;
      totals: { resolutions: number; vetoListEntries: number; yordanEntries: number };
    };
    expect(json.db).toBe(dbFile);
    expect(json.dataset).toBe(path.join(repoRoot, 'data'));
    expect(fs.existsSync(dbFile)).toBe(true);
    expect(json.totals).toMatchObject({ resolutions: 2640, vetoListEntries: 213, yordanEntries: 214 });
  });

  it('imports the pages of a folder, with the second veto list, and reports each row it could not read', () => {
    const db = path.join(dataHome, 'pages.db');
    const yordan = path.join(PAGES, 'unsc_vetoes_1946_sept2022.csv');
    const run = horseshoe('history', 'import', PAGES, '--yordan', yordan, '--db', db);
    const again = horseshoe('history', 'import', PAGES, '--db', db);
    expect(run.status).toBe(0);
    expect(again.stdout).toContain(`Record database: ${db} (from the pages in ${PAGES})`);
    expect(again.stdout).toMatch(/scact_veto_table_en\.html:28 +skipped +date "soon" is not a full date/);
  });

  it('loads a dataset folder given with --data', () => {
    const run = horseshoe(
      'history',
      'import',
      '--data',
      path.join(repoRoot, 'data'),
      '--db',
      path.join(dataHome, 'd.db'),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('80 files: 80 imported, 0 unchanged since the last import.');
  });

  it('exits 2 naming --data when a folder is not a dataset', () => {
    const run = horseshoe('history', 'import', '--data', PAGES, '--db', path.join(dataHome, 'x.db'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`cannot read ${path.join(PAGES, 'sources.csv')}`);
  });

  it('exits 2 when given both pages and --data', () => {
    const run = horseshoe('history', 'import', PAGES, '--data', 'data');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--data: give either DIR');
  });

  it('exits 2 and names the path when the directory does not exist', () => {
    const missing = path.join(dataHome, 'no-such-dir');
    const run = horseshoe('history', 'import', missing, '--db', path.join(dataHome, 'other.db'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(missing);
    expect(run.stderr).not.toContain('    at ');
  });
});

describe('horseshoe history check', () => {
  it('prints the agreement as JSON with every disagreement explained by a documented source error', () => {
    const run = horseshoe('history', 'check', '--json', '--db', dbFile);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      records: number;
      agree: number;
      disagree: number;
      sourceErrors: number;
      disagreements: { symbol: string; date: string; recorded: string; engine: string; cause: string }[];
    };
    expect(json.agree + json.disagree).toBe(json.records);
    expect(json.disagree).toBe(json.sourceErrors);
    expect(json.disagreements.map((d) => d.symbol)).toContain('S/2022/431');
    expect(Object.keys(json.disagreements[0] ?? {})).toEqual(
      expect.arrayContaining(['symbol', 'date', 'recorded', 'engine', 'cause']),
    );
  });

  it('exits 2 naming --db when there is no database yet', () => {
    const run = horseshoe('history', 'check', '--db', path.join(dataHome, 'absent.db'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--db: no record database at');
  });
});

describe('horseshoe history stats and search', () => {
  it('prints vetoes per member as JSON', () => {
    const run = horseshoe('history', 'stats', '--json', '--db', dbFile);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { vetoesByMember: Record<string, number> }).vetoesByMember).toEqual({
      SUN: 90,
      RUS: 30,
      USA: 82,
      GBR: 29,
      FRA: 17,
      CHN: 17,
    });
  });

  it('prints matching decisions as CSV with a header row', () => {
    const run = horseshoe('history', 'search', 'S/2022/155', '--csv', '--db', dbFile);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('date,symbol,kind,outcome,vote,vetoedBy,meeting,topic');
    expect(lines[1]).toMatch(/^2022-02-25,S\/2022\/155,draft,vetoed,11-1-3,RUS,S\/PV\.8979,/);
  });

  it('exits 2 naming --vetoed-by for an unknown member code', () => {
    const run = horseshoe('history', 'search', 'Syria', '--vetoed-by', 'XYZ', '--db', dbFile);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--vetoed-by: unknown member code XYZ');
  });

  it('compares the two veto lists as JSON', () => {
    const run = horseshoe('history', 'vetoes-compare', '--json', '--db', dbFile);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      libraryVsYordan: { firstByMember: { FRA: number }; secondByMember: { FRA: number } };
    };
    expect([json.libraryVsYordan.firstByMember.FRA, json.libraryVsYordan.secondByMember.FRA]).toEqual([17, 16]);
  });
});
