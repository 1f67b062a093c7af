import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

// Issue 18, item 5: each bad input exits 2 naming the flag (or the file, line and field), no stack trace.

const dir = mkdtempSync(path.join(os.tmpdir(), 'horseshoe-bad-inputs-'));

function expectUsageError(r: ReturnType<typeof runCli>, ...named: string[]): void {
  expect(r.status).toBe(2);
  for (const name of named) expect(r.stderr).toContain(name);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('bad inputs exit 2 naming what is wrong', () => {
  it('refuses --weights with an empty item instead of making fewer players', () => {
    expectUsageError(runCli(['power', '--quota', '3', '--weights', '1,,3']), '--weights', 'item 2');
  });

  it('refuses an empty --yes', () => {
    expectUsageError(runCli(['outcome', '--date', '2016-12-23', '--yes', '', '--abstain', 'USA']), '--yes');
  });

  it('refuses a member code with a right-to-left override in --yes', () => {
    expectUsageError(
      runCli(['outcome', '--date', '2016-12-23', '--yes', 'FRA,\u202eSUR', '--abstain', 'USA']),
      '--yes',
      'U+202E',
    );
  });

  it('refuses a player name with a zero-width space in --names', () => {
    expectUsageError(
      runCli(['power', '--quota', '2', '--weights', '1,1', '--names', 'a,b\u200b']),
      '--names',
      'U+200B',
    );
  });

  it('refuses a YAML alias bomb in --game, naming the file', () => {
    const file = path.join(dir, 'bomb.yaml');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(
        `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`,
      );
    }
    writeFileSync(file, `${levels.join('\n')}\nplayers: [p1, p2]\nrule: {quota: 2, weights: [1, 1]}\n`);
    expectUsageError(runCli(['power', '--game', file]), 'bomb.yaml');
  });

  it('refuses --limit 1e308 for history search', () => {
    expectUsageError(
      runCli(['history', 'search', 'Libya', '--limit', '1e308', '--db', path.join(dir, 'none.db')]),
      '--limit',
    );
  });

  it('refuses a 100 KB search text for history search', () => {
    expectUsageError(runCli(['history', 'search', 'x'.repeat(100_000), '--db', path.join(dir, 'none.db')]), 'TEXT');
  });

  it('rejects a clause id with a right-to-left override, at its line', () => {
    const text = readFileSync('cases/libya-2019.yaml', 'utf8');
    const at = text.indexOf('- id: ', text.indexOf('clauses:'));
    const start = text.lastIndexOf('\n', at) + 1;
    const indent = text.slice(start, at);
    const broken = `${text.slice(0, start)}${indent}- id: evil\u202eclause\n${text.slice(start)}`;
    const file = path.join(dir, 'rtl.yaml');
    writeFileSync(file, broken);
    const line = text.slice(0, start).split('\n').length;
    expectUsageError(runCli(['evaluate', file]), `rtl.yaml:${line}`, 'U+202E');
  });

  it('refuses /dev/zero as a scenario file instead of reading it for ever', () => {
    expectUsageError(runCli(['evaluate', '/dev/zero']), 'FILE', '/dev/zero');
  });

  it('refuses a folder as a scenario file in words, not with the system error code', () => {
    const r = runCli(['evaluate', dir]);
    expectUsageError(r, 'FILE', 'is a directory, not a file');
    expect(r.stderr).not.toMatch(/EISDIR|Error:/);
  });

  it('refuses a YAML alias bomb in a session script, naming the file', () => {
    const file = path.join(dir, 'bomb.session.yaml');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    writeFileSync(file, `${levels.join('\n')}\n`);
    expectUsageError(runCli(['session', 'replay', file]), 'bomb.session.yaml');
  });

  it('names --quota when a body is given a quota of 0', () => {
    expectUsageError(runCli(['power', '--body', 'unsc', '--quota', '0']), '--quota');
  });

  it('names --date when a session is created on a date that is not one', () => {
    const db = path.join(dir, 'sessions.db');
    expectUsageError(runCli(['session', 'create', '--date', '0', '--session-db', db]), '--date');
  });
});
