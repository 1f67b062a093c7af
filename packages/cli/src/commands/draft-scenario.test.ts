import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../run-cli.ts';

const REPORT = 'packages/drafting/fixtures/libya-april-2019-press-report.txt';
const horseshoe = (args: string[], input?: string) => runCli(args, input === undefined ? {} : { input });

/** Each decision's instrument, whether it passed and why, from `horseshoe evaluate --json`. */
function outcomes(file: string) {
  const run = horseshoe(['evaluate', file, '--json']);
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout) as { decisions: { instrument: string; passed: boolean; reason: string }[] };
  return json.decisions.map((d) => [d.instrument, d.passed, d.reason]).sort();
}

describe('horseshoe draft-scenario', () => {
  it('drafts the founding report into a file that evaluates to the outcomes of cases/libya-2019.yaml', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'draft-')), 'libya.yaml');
    const run = horseshoe(['draft-scenario', REPORT, '--date', '2019-04-19', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}: 3 decisions`);
    expect(outcomes(out)).toEqual(outcomes('cases/libya-2019.yaml'));
  });

  it('reads the article from standard input with - and prints YAML with quoted sentences', () => {
    const run = horseshoe(
      ['draft-scenario', '-', '--date', '2019-04-19'],
      readFileSync(path.join(REPO_ROOT, REPORT), 'utf8'),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('id: gbr-draft-resolution');
    expect(run.stdout).toContain('# ASSUMPTION: a formal statement is modelled as a presidential statement');
  });

  it('prints the scenario, its citations and the unhandled sentences as JSON', () => {
    const run = horseshoe(['draft-scenario', REPORT, '--date', '2019-04-19', '--json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      scenario: { date: string };
      citations: { field: string }[];
      unhandled: unknown[];
    };
    expect(json.scenario.date).toBe('2019-04-19');
    expect(json.citations.map((c) => c.field)).toContain('decisions.2.positions.RUS.rejects');
    expect(json.unhandled.length).toBeGreaterThan(0);
  });

  it('exits 2 and asks for --date when the text gives no year', () => {
    const run = horseshoe(['draft-scenario', REPORT]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('give the report’s date with --date YYYY-MM-DD');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for empty input, binary input and a missing file, naming the input', () => {
    expect(horseshoe(['draft-scenario', '-', '--date', '2019-04-19'], '').stderr).toContain(
      'standard input: the text is empty',
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'draft-'));
    writeFileSync(path.join(dir, 'x.bin'), Buffer.from([0, 1, 2, 255, 254, 0, 7]));
    const binary = horseshoe(['draft-scenario', path.join(dir, 'x.bin'), '--date', '2019-04-19']);
    expect([binary.status, binary.stderr.includes('is not text')]).toEqual([2, true]);
    const missing = horseshoe(['draft-scenario', 'no-such-report.txt']);
    expect([missing.status, missing.stderr.trim()]).toEqual([
      2,
      'horseshoe: ARTICLE: cannot read no-such-report.txt: no such file',
    ]);
  });

  it('exits 2 for a --date outside the record and never overwrites an existing --out file', () => {
    expect(horseshoe(['draft-scenario', REPORT, '--date', '1900-01-01']).status).toBe(2);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'draft-')), 'mine.yaml');
    writeFileSync(out, 'my own work\n');
    const run = horseshoe(['draft-scenario', REPORT, '--date', '2019-04-19', '--out', out]);
    expect([run.status, readFileSync(out, 'utf8')]).toEqual([2, 'my own work\n']);
    expect(run.stderr).toContain('--force');
  });

  it('exits 2 when the text has no Council decision in it', () => {
    const run = horseshoe(
      ['draft-scenario', '-', '--date', '2019-04-19'],
      'The weather in Geneva was fine on Tuesday.\n',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('found no Council decision');
  });
});
