import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('examples/evaluate-scenario.ts', () => {
  it('runs and prints the three Libya outcomes with the reasons and the fallback', () => {
    const r = spawnSync(
      process.execPath,
      ['--conditions=@horseshoe/source', '--import', 'tsx', 'examples/evaluate-scenario.ts'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('press-elements-5-april (press elements): adopted, P(pass) = 1');
    expect(r.stdout).toContain('formal-statement (presidential statement): objection, P(pass) = 0');
    expect(r.stdout).toContain('RUS "no": crosses its red line: rejects clause `name-lna`');
    expect(r.stdout).toContain('uk-draft-resolution (draft resolution): veto, P(pass) = 0');
    expect(r.stdout).toContain('as presidential statement: passes without blame-lna');
  });
});
