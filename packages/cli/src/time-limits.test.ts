import { describe, expect, it } from 'vitest';
import { tenThousandClauses, twoThousandMembers, uncertainMembers } from './large-scenarios.test-helper.ts';
import { runCli } from './run-cli.ts';

// Issue 18: "`--time-limit N` returns within N + 1 s at 10,000 clauses and 2,000 members". This is a test
// of a promise the CLI makes (a limit), not a speed target, so it is a test and not a benchmark.
//
// Each case runs the real CLI in a child process twice, in the same test: first the same command stopped
// right after it has read the file (a bad --decision: start-up, loading the commands, parsing the file),
// then the command itself with --time-limit N. The limit governs the work after the file is read, so the
// bound is N + 1 s on top of that measured start-up. The machine running the tests is shared and busy
// (2 cores, other builds and tests at once): two runs of the same command can differ by as much as a
// whole start-up, so the bound allows the start-up twice. Before issue 18 these commands ran 10 to 80
// times past the limit (or never finished), far outside the bound.

const LIMIT = 2;

function timed(args: readonly string[]) {
  const start = performance.now();
  const run = runCli(args);
  return { ...run, seconds: (performance.now() - start) / 1000 };
}

function expectWithinLimit(run: ReturnType<typeof timed>, startup: ReturnType<typeof timed>): void {
  expect(startup.status).toBe(2);
  expect(run.status).not.toBeNull(); // null: killed by runCli's own 60 s timeout
  expect(run.seconds).toBeLessThanOrEqual(LIMIT + 1 + 2 * startup.seconds);
}

describe('--time-limit is held on the sizes issue 18 names', () => {
  const clauses = tenThousandClauses();
  const members = twoThousandMembers(true);

  it('search on 10,000 clauses stops within the limit and says the limit was reached', () => {
    const startup = timed(['search', clauses, '--decision', 'nope']);
    const run = timed(['search', clauses, '--decision', 'draft', '--time-limit', String(LIMIT)]);
    expectWithinLimit(run, startup);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Time limit of ${LIMIT} s reached`);
  });

  it('search on a deadlocked 2,000-member body stops within the limit, deadlock explanation included', () => {
    const startup = timed(['search', members, '--decision', 'nope']);
    const run = timed(['search', members, '--decision', 'draft', '--time-limit', String(LIMIT), '--json']);
    expectWithinLimit(run, startup);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { status: string; deadlock: unknown; timedOut: boolean };
    expect(json.status).toBe('infeasible');
    expect(json.deadlock).not.toBeNull();
    expect(json.timedOut).toBe(true);
  });

  it('evaluate on 10,000 clauses stops the fallback within the limit and exits 2 naming it', () => {
    const startup = timed(['search', clauses, '--decision', 'nope']);
    const run = timed(['evaluate', clauses, '--time-limit', String(LIMIT)]);
    expectWithinLimit(run, startup);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--time-limit ${LIMIT}:`);
  });

  it('evaluate on a 2,000-member body stops the fallback within the limit and exits 2 naming it', () => {
    const startup = timed(['search', members, '--decision', 'nope']);
    const run = timed(['evaluate', members, '--time-limit', String(LIMIT)]);
    expectWithinLimit(run, startup);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--time-limit ${LIMIT}:`);
  });

  it('power in context on 10,000 uncertain members stops within the limit, printing the members it finished', () => {
    const file = uncertainMembers(10_000);
    const startup = timed(['power', '--scenario', file, '--decision', 'nope']);
    const run = timed(['power', '--scenario', file, '--decision', 'draft', '--time-limit', String(LIMIT)]);
    expectWithinLimit(run, startup);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`--time-limit ${LIMIT}: stopped after ${LIMIT} s with \\d+ of 10000 members`),
    );
    expect(run.stdout).toContain('Probability of adoption as predicted');
  });

  it('power on 10,000 weights of 1 to 100 stops within the limit and exits 2 naming it', () => {
    const weights = Array.from({ length: 10_000 }, (_, i) => 1 + ((i * 37) % 100)).join(',');
    const quota = String(Math.floor((50.5 * 10_000) / 2) + 1);
    const startup = timed(['power', '--weights', weights, '--quota', quota, '--method', 'nope']);
    const run = timed(['power', '--weights', weights, '--quota', quota, '--time-limit', String(LIMIT)]);
    expectWithinLimit(run, startup);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--time-limit ${LIMIT}`);
  });
});
