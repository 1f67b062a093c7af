import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';

interface DecisionJson {
  id: string;
  instrument: string;
  passed: boolean;
  reason: string;
  probability: number;
  votes: Record<string, unknown>;
  fallback: { instrument: string; blockers: string[]; part: { dropped: string[] } | null }[];
}

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'horseshoe-evaluate-')), name);
  writeFileSync(file, text);
  return file;
}

describe('horseshoe evaluate', () => {
  it('prints the three Libya outcomes of April 2019 as JSON', () => {
    const r = runCli(['evaluate', 'cases/libya-2019.yaml', '--json']);
    expect(r.status).toBe(0);
    const decisions = JSON.parse(r.stdout).decisions as DecisionJson[];
    expect(decisions.map((d) => [d.id, d.instrument, d.passed, d.reason, d.probability])).toEqual([
      ['press-elements-5-april', 'press-elements', true, 'adopted', 1],
      ['formal-statement', 'presidential-statement', false, 'objection', 0],
      ['uk-draft-resolution', 'resolution', false, 'veto', 0],
    ]);
    expect(decisions[1]?.votes).toMatchObject({ RUS: 'no', USA: 'yes' });
    expect(decisions[2]?.votes).toMatchObject({ RUS: 'no', USA: 'abstain', GBR: 'yes' });
  });

  it('shows the reasons and the fallback in the table', () => {
    const r = runCli(['evaluate', 'cases/libya-2019.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('crosses its red line: rejects clause `name-lna`');
    expect(r.stdout).toContain('without name-lna: blocked by USA (crosses its red line: requires clause `name-lna`)');
    expect(r.stdout).toContain('NOT ADOPTED (veto)');
    expect(r.stdout).toContain('without blame-lna it passes (100%): ceasefire');
  });

  it('prints a distribution as the member’s entry in votes, and the exact probability', () => {
    const file = tempFile(
      'd.yaml',
      'title: t\nbody: { members: [A, B], permanent: [A], threshold: 2 }\npositions: { A: { vote: { yes: 0.75, no: 0.25 } } }\ndecisions: [{ id: d, instrument: resolution }]\n',
    );
    const r = runCli(['evaluate', file, '--json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout).decisions[0] as DecisionJson;
    expect(d.votes.A).toEqual({ yes: 0.75, no: 0.25, abstain: 0, absent: 0 });
    expect(d.probability).toBe(0.75);
  });

  it('exits 2 on a bad file with every error as file:line:column: field: message, and no stack trace', () => {
    const file = tempFile(
      'bad.yaml',
      'title: t\ndate: 2019-04-18\nextra: 1\ndecisions:\n  - id: d\n    instrument: resolution\n    positions: { ITA: { rejects: [x] } }\n',
    );
    const r = runCli(['evaluate', file]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(`${file}:3:1: extra: unknown field "extra"`);
    expect(lines).toContain(
      `${file}:7:35: decisions[0].positions.ITA.rejects[0]: unknown clause id "x": decision "d" defines no clauses`,
    );
    expect(lines).toContain(
      `${file}:7:18: decisions[0].positions.ITA: ITA was not a member of the Security Council on 2019-04-18`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the file when it does not exist', () => {
    const r = runCli(['evaluate', 'no/such/file.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read no/such/file.yaml');
  });
});
