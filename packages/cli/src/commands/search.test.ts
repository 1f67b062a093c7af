import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memberId } from '@horseshoe/engine';
import { bruteForceSearch, searchTexts } from '@horseshoe/engine/search';
import { randomDecision, seededRng } from '@horseshoe/engine/testing';
import { describe, expect, it } from 'vitest';
import { createHighsSolver } from '../highs-solver.ts';
import { runCli } from '../run-cli.ts';

describe('the HiGHS model of the search', () => {
  it('finds the optimum brute force finds, on 400 random decisions, for both objectives and top 3', async () => {
    const milp = await createHighsSolver(Date.now() + 3_600_000);
    const rng = seededRng(21);
    for (let i = 0; i < 400; i++) {
      const d = randomDecision(rng, { clauses: 1 + (i % 10) });
      const member = d.body.members[i % 15] ?? memberId('P1');
      const brute = bruteForceSearch(d);
      const byChanges = searchTexts(d, { milp, method: 'milp', top: 3 });
      expect(byChanges.texts[0]?.changes ?? null, `case ${i}`).toBe(brute.changes);
      expect(byChanges.texts.length, `case ${i}`).toBe(Math.min(3, brute.passing));
      const bruteFor = bruteForceSearch(d, member);
      const byUtility = searchTexts(d, { milp, method: 'milp', for: member });
      expect(byUtility.texts[0]?.utility ?? null, `case ${i}`).toBe(bruteFor.utility);
      expect(byUtility.texts[0]?.changes ?? null, `case ${i}`).toBe(bruteFor.changesAtUtility);
    }
  });
});

describe('horseshoe search', () => {
  it('explains the Libya deadlock on the formal statement by the two red lines on name-lna', () => {
    const r = runCli(['search', 'cases/libya-2019.yaml', '--decision', 'formal-statement', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.feasible).toBe(false);
    expect(json.deadlock.conflict).toEqual([
      { type: 'rejects', member: 'RUS', clause: 'name-lna' },
      { type: 'requires', member: 'USA', clause: 'name-lna' },
    ]);
    expect(json.tabled.blockers[0]).toMatchObject({ member: 'RUS', kind: 'objection' });
    expect(r.stderr).toBe('');
  });

  it('gives the best resolution the US can get adopted, without the clause Russia vetoes', () => {
    const r = runCli([
      'search',
      'cases/libya-2019.yaml',
      '--decision',
      'uk-draft-resolution',
      '--for',
      'USA',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ feasible: true, text: ['ceasefire'], changes: 1, utility: 1, status: 'optimal' });
    expect(json.votes).toMatchObject({ RUS: 'yes', USA: 'yes' });
    expect(json.bestInterest.options).toHaveLength(4);
    expect(json.bestInterest.best).toBe('resolution');
  });

  it('prints the conflicting red lines in the table output', () => {
    const r = runCli(['search', 'cases/libya-2019.yaml', '--decision', 'formal-statement']);
    expect(r.stdout).toContain('Russian Federation rejects `name-lna`');
    expect(r.stdout).toContain('United States of America requires `name-lna`');
  });

  it('says when the time limit strikes on a large decision, and still exits 0', () => {
    const d = randomDecision(seededRng(1200), { clauses: 200, instrument: 'resolution', fixedVotes: 0 });
    const positions = Object.fromEntries([...d.positions].map(([m, p]) => [m, p]));
    const scenario = {
      title: 'random 200 clauses',
      body: { members: d.body.members, permanent: d.body.permanent, threshold: d.body.threshold },
      positions,
      decisions: [
        {
          id: 'draft',
          instrument: 'resolution',
          clauses: d.clauses.map((c) => ({ id: c.id, fixed: c.fixed })),
          tabled: d.tabled,
        },
      ],
    };
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'horseshoe-search-')), 'big.json');
    writeFileSync(
      file,
      JSON.stringify(scenario, (_k, v) => (v === Number.NEGATIVE_INFINITY ? undefined : v)),
    );
    const r = runCli(['search', file, '--decision', 'draft', '--time-limit', '0.2', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ status: 'time-limit', timedOut: true });
    expect(json.feasible === null || json.feasible === true).toBe(true);
  });

  it('rejects an unknown decision with exit code 2, naming the flag and the decisions', () => {
    const r = runCli(['search', 'cases/libya-2019.yaml', '--decision', 'nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--decision: no decision "nope"');
  });

  it('rejects a member outside the body with exit code 2', () => {
    const r = runCli(['search', 'cases/libya-2019.yaml', '--decision', 'formal-statement', '--for', 'XYZ']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--for: XYZ is not a member');
  });

  it('rejects a non-numeric --top with exit code 2', () => {
    const r = runCli(['search', 'cases/libya-2019.yaml', '--decision', 'formal-statement', '--top', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--top');
  });
});
