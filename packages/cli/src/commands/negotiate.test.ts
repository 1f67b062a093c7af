import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';

const LIBYA = 'cases/libya-2019.yaml';

function negotiateJson(args: readonly string[]) {
  const r = runCli(['negotiate', LIBYA, ...args, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('horseshoe negotiate', () => {
  it('ends the British draft, with GBR holding the pen, on a text the US and Russia both let through', () => {
    const json = negotiateJson(['--decision', 'uk-draft-resolution', '--penholder', 'GBR']);
    expect(json.final.passed).toBe(true);
    expect(json.final.text).toEqual(['ceasefire']);
    expect([json.final.votes.USA, json.final.votes.RUS]).not.toContain('no');
    expect(json.rounds).toContainEqual(
      expect.objectContaining({
        round: 1,
        actor: 'RUS',
        action: 'propose-amendment',
        text: ['ceasefire', 'blame-lna'],
      }),
    );
    expect(json.search).toMatchObject({ passingTextExists: true, gap: 0, best: { text: ['ceasefire'] } });
  });

  it('ends the formal statement blocked, naming the clash of red lines on name-lna', () => {
    const json = negotiateJson(['--decision', 'formal-statement', '--penholder', 'GBR']);
    expect(json.final.passed).toBe(false);
    expect(json.final.reason).toContain('Russian Federation would not agree');
    expect(json.search.passingTextExists).toBe(false);
    expect(json.search.conflict).toEqual([
      'Russian Federation rejects `name-lna`: it votes no on any text that contains it',
      'United States of America requires `name-lna`: it votes no on any text without it',
    ]);
  });

  it('prints the transcript round by round, then the text put to the decision and its outcome', () => {
    const r = runCli(['negotiate', LIBYA, '--decision', 'uk-draft-resolution', '--penholder', 'GBR']);
    expect(r.stdout).toContain('Round 1');
    expect(r.stdout).toContain(
      'RUS   propose-amendment    crosses its red line: rejects clause `blame-lna`; the smallest edit that wins it: delete blame-lna',
    );
    expect(r.stdout).toContain('Text put to the decision: ceasefire');
    expect(r.stdout).toContain('ADOPTED: Adopted with');
  });

  it('a hard-liner penholder still takes an amendment that costs it nothing (GBR puts no value on blame-lna)', () => {
    const json = negotiateJson([
      '--decision',
      'uk-draft-resolution',
      '--penholder',
      'GBR',
      '--strategy',
      'GBR=hard-liner',
    ]);
    expect(json.rounds).toContainEqual(expect.objectContaining({ actor: 'GBR', action: 'accept-amendment' }));
    expect(json.final.passed).toBe(true);
  });

  it('plays the strategy a scenario file names for a member, and a repeated --strategy overrides it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'negotiate-')), 'talks.yaml');
    writeFileSync(
      file,
      `title: t
body: { members: [A, B, C], permanent: [A], threshold: 2 }
positions:
  B: { strategy: hard-liner, values: { x: 2, y: 1 }, yesAt: 1 }
decisions:
  - { id: d, instrument: resolution, clauses: [{ id: x }, { id: y }] }
`,
    );
    const stance = (args: string[]) => {
      const r = runCli(['negotiate', file, '--decision', 'd', '--penholder', 'A', '--json', ...args]);
      expect(r.status, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout);
      const rounds: { actor: string; action: string; reason: string }[] = json.rounds;
      const stated = rounds.find((s) => s.actor === 'B' && s.action === 'state-position')?.reason;
      return `${json.strategies.B}: ${stated}`;
    };
    expect(stance([])).toMatch(/^hard-liner: holds out for utility 3 \(its strategy: hard-liner\)$/);
    expect(stance(['--strategy', 'C=conceder', '--strategy', 'B=tit-for-tat'])).toMatch(/^tit-for-tat: .*tit-for-tat/);
  });

  it('refuses an unknown strategy, an unknown member and a bad round count with exit 2 and the flag named', () => {
    const bad = (args: string[]) => runCli(['negotiate', LIBYA, '--decision', 'formal-statement', ...args]);
    const strategy = bad(['--strategy', 'GBR=stubborn']);
    expect([strategy.status, strategy.stderr]).toEqual([2, expect.stringContaining('--strategy: expected CODE=NAME')]);
    const second = bad(['--strategy', 'GBR=conceder', '--strategy', 'RUS=']);
    expect([second.status, second.stderr]).toEqual([2, expect.stringContaining('--strategy: expected CODE=NAME')]);
    expect(bad(['--penholder', 'XXX']).stderr).toContain('--penholder: XXX is not a member');
    expect(bad(['--rounds', '0']).status).toBe(2);
    expect(runCli(['negotiate', LIBYA]).stderr).toContain('--decision: required');
  });
});
