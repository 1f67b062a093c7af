import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncertainMembers } from '../large-scenarios.test-helper.ts';
import { runCli } from '../run-cli.ts';

const horseshoe = (...args: string[]) => runCli(args);

interface PowerJson {
  players: string[];
  method: string;
  shapleyShubik: number[];
  banzhaf: number[];
  penrose: number[];
  johnston?: number[];
  unavailable: Record<string, string>;
  exact?: Record<string, string[] | string>;
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'horseshoe-power-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('horseshoe power', () => {
  it('prints the exact Shapley–Shubik values of the Council of 1960 with --exact --json', () => {
    const run = horseshoe('power', '--body', 'unsc', '--date', '1960-01-01', '--exact', '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as PowerJson;
    expect(json.players).toHaveLength(11);
    expect(json.method).toBe('type-grouping');
    expect(json.exact?.shapleyShubik?.slice(4, 6)).toEqual(['76/385', '1/462']);
  });

  it('prints a table naming the method for a weighted game given by flags', () => {
    const run = horseshoe('power', '--quota', '4', '--weights', '3,2,1,1', '--names', 'A,B,C,D');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Method: type grouping');
    expect(run.stdout).toMatch(/^A\s+0\.5000\s+0\.5000/m);
  });

  it('computes EU-27 qualified majority from the fixture game file by meet-in-the-middle', () => {
    const run = horseshoe('power', '--game', 'fixtures/power/eu27-qualified-majority.json', '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as PowerJson;
    expect(json.method).toBe('meet-in-the-middle');
    expect(json.shapleyShubik.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(json.unavailable).toEqual({});
    expect(json.johnston?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect((json as PowerJson & { holler: number[] }).holler.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('applies --quota to a reform model', () => {
    const run = horseshoe('power', '--body', 'g4', '--quota', '15', '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as PowerJson & { title: string };
    expect(json.title).toContain('15 affirmative votes');
    expect(json.players).toContain('BRA');
  });

  it('exits 2 naming the file, line and field of a bad game file', () => {
    const file = tempFile(
      'bad.json',
      '{\n  "players": ["a", "b"],\n  "rule": {"any": [{"quota": "65", "weights": [1, 1]}]}\n}\n',
    );
    const run = horseshoe('power', '--game', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}:3:`);
    expect(run.stderr).toContain('rule.any[0].quota');
  });

  it('exits 2 naming the field when a rule has the wrong number of weights', () => {
    const file = tempFile('short.json', '{"players": ["a", "b", "c"], "rule": {"quota": 2, "weights": [1, 1]}}');
    const run = horseshoe('power', '--game', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}: rule.weights: 2 weights for 3 players`);
  });

  it('exits 2 when --weights comes without --quota', () => {
    const run = horseshoe('power', '--weights', '1,2');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--quota');
  });

  it('exits 2 for an unknown body', () => {
    const run = horseshoe('power', '--body', 'ecosoc');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--body: unknown body ecosoc');
  });

  it('gives each member its pivot probability in context on a scenario decision, beside its a-priori power', () => {
    const run = horseshoe(
      'power',
      '--scenario',
      'cases/libya-2019.yaml',
      '--decision',
      'uk-draft-resolution',
      '--json',
    );
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      adoption: number;
      members: { member: string; predicted: string; pivotal: number; aPrioriPenrose: number }[];
    };
    const rus = json.members.find((m) => m.member === 'RUS');
    expect(rus).toMatchObject({ predicted: 'no', pivotal: 1 });
    expect(rus?.aPrioriPenrose).toBeCloseTo(53 / 1024, 12);
    expect(json.members.find((m) => m.member === 'FRA')?.pivotal).toBe(0);
  });

  it('exits 2 listing the decisions when --decision names none of them', () => {
    const run = horseshoe('power', '--scenario', 'cases/libya-2019.yaml', '--decision', 'nope');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--decision: no decision "nope"');
    expect(run.stderr).toContain('uk-draft-resolution');
  });

  it('applies --threshold-switch to the Council of late 1965, which then needs nine of eleven votes', () => {
    const run = horseshoe(
      'power',
      '--body',
      'unsc',
      '--date',
      '1965-10-01',
      '--threshold-switch',
      '1965-08-31',
      '--json',
    );
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as PowerJson & { title: string };
    expect(json.title).toContain('11 members, 9 affirmative votes');
  });

  it('computes only the indices named by --index and leaves the others out of the JSON', () => {
    const run = horseshoe('power', '--quota', '4', '--weights', '3,2,1,1', '--index', 'holler,johnston', '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as PowerJson & { holler?: number[]; stopped: boolean };
    expect(json.holler).toHaveLength(4);
    expect(json.johnston).toHaveLength(4);
    expect(json.shapleyShubik).toBeUndefined();
    expect(json.unavailable).toEqual({});
    expect(json.stopped).toBe(false);
  });

  it('rejects an unknown --index and a non-positive --time-limit with exit 2 naming the flag', () => {
    const index = horseshoe('power', '--quota', '4', '--weights', '3,2,1,1', '--index', 'shapley');
    expect(index.status).toBe(2);
    expect(index.stderr).toContain('--index: unknown index shapley');
    const limit = horseshoe('power', '--quota', '4', '--weights', '3,2,1,1', '--time-limit', '0');
    expect(limit.status).toBe(2);
    expect(limit.stderr).toContain('--time-limit');
  });

  it('stops at --time-limit, prints the indices it finished and exits 2 naming the rest', () => {
    // 600 weights 1..100 (a fixed pattern): Banzhaf takes milliseconds, Johnston minutes.
    const weights = Array.from({ length: 600 }, (_, i) => 1 + ((i * 37) % 100));
    const quota = Math.floor(weights.reduce((a, b) => a + b, 0) / 2) + 1;
    const run = horseshoe(
      'power',
      '--weights',
      weights.join(','),
      '--quota',
      String(quota),
      '--index',
      'banzhaf,johnston',
      '--time-limit',
      '3',
      '--json',
    );
    expect(run.status).toBe(2);
    const json = JSON.parse(run.stdout) as PowerJson & { stopped: boolean };
    expect(json.stopped).toBe(true);
    expect(json.banzhaf).toHaveLength(600);
    expect(json.unavailable.johnston).toMatch(/time limit/);
    expect(run.stderr).toContain('--time-limit 3: stopped after 3 s before johnston');
  });

  it('counts 7,000 equal weights without running out of memory (issue 18)', () => {
    const run = horseshoe(
      'power',
      '--quota',
      '3501',
      '--weights',
      Array(7000).fill('1').join(','),
      '--index',
      'banzhaf',
      '--json',
    );
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as PowerJson;
    expect(json.banzhaf[0]).toBeCloseTo(1 / 7000, 12);
  });

  it('answers power in context on a body of 1,000 uncertain members (issue 18: it never finished)', () => {
    const run = horseshoe('power', '--scenario', uncertainMembers(1000), '--decision', 'draft', '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      complete: boolean;
      adoption: number;
      members: { member: string; pivotal: number; aPrioriPenrose: number; aPrioriShapleyShubik: number }[];
    };
    expect(json.complete).toBe(true);
    expect(json.members).toHaveLength(1000);
    // The five permanent members' no is a veto: each is pivotal far more often than any elected member.
    const [permanent, elected] = [json.members.slice(0, 5), json.members.slice(5)];
    const most = Math.max(...elected.map((m) => m.pivotal));
    for (const m of permanent) expect(m.pivotal).toBeGreaterThan(most);
    expect(json.adoption).toBeGreaterThan(0);
    expect(json.adoption).toBeLessThan(1);
  });
});
