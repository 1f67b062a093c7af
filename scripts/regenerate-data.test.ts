import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..');
const PAGES = path.join(REPO, 'packages/record/fixtures/pages');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');

let tmp: string;
let pages: string;
let out: string;

function regenerate(...args: string[]): { status: number; stdout: string } {
  try {
    const stdout = execFileSync(TSX, [path.join(REPO, 'scripts/regenerate-data.ts'), pages, '--out', out, ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, stdout };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, stdout: e.stdout };
  }
}

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'horseshoe-regenerate-'));
  pages = path.join(tmp, 'pages');
  out = path.join(tmp, 'data');
  fs.cpSync(PAGES, pages, { recursive: true });
});

afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run data:regenerate', () => {
  it('writes the dataset and a README checksum table from a folder of pages', () => {
    const run = regenerate();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('decisions.csv: 0 -> 23 rows; 23 row(s) added, 0 removed');
    const readme = fs.readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(readme).toMatch(/\| `decisions\.csv` \| 23 \| `[0-9a-f]{64}` \|/);
  });

  it('prints the rows a changed page adds and removes, and --check exits 1 without writing', () => {
    regenerate();
    const page = path.join(pages, 'scact2022_table_en.html');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('11-1-3', '11-2-2'));
    const before = fs.readFileSync(path.join(out, 'decisions.csv'), 'utf8');
    const check = regenerate('--check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('decisions.csv: 23 -> 23 rows; 1 row(s) added, 1 removed');
    expect(check.stdout).toMatch(/- .*symbol=S\/2022\/155 .*tally=11-1-3/);
    expect(check.stdout).toMatch(/\+ .*symbol=S\/2022\/155 .*tally=11-2-2/);
    expect(fs.readFileSync(path.join(out, 'decisions.csv'), 'utf8')).toBe(before);
  });

  it('exits 0 with --check when the pages give the same dataset', () => {
    regenerate();
    expect(regenerate('--check').status).toBe(0);
  });
});
