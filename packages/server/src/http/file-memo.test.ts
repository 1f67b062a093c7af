import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCases } from './cases.ts';
import { memoByFiles } from './file-memo.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-memo-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('memoByFiles', () => {
  it('computes once while the files are unchanged and again after one changes', () => {
    const file = path.join(dir, 'record.db');
    writeFileSync(file, 'one');
    let runs = 0;
    const value = memoByFiles([file, `${file}-wal`], () => {
      runs += 1;
      return runs;
    });
    expect([value(), value(), value()]).toEqual([1, 1, 1]);
    writeFileSync(`${file}-wal`, 'a write');
    expect(value()).toBe(2);
    writeFileSync(file, 'two');
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect([value(), value()]).toEqual([3, 3]);
  });

  it('does not remember a computation that failed', () => {
    const file = path.join(dir, 'flaky.db');
    writeFileSync(file, 'x');
    let runs = 0;
    const value = memoByFiles([file], () => {
      runs += 1;
      if (runs === 1) throw new Error('busy');
      return runs;
    });
    expect(() => value()).toThrow('busy');
    expect(value()).toBe(2);
  });
});

describe('listCases cache', () => {
  it('shows a case file’s new title after the file changes', async () => {
    const cases = path.join(dir, 'cases');
    mkdirSync(cases);
    const file = path.join(cases, 'a.yaml');
    writeFileSync(file, 'title: Before\ndecisions: []\n');
    expect((await listCases(cases))[0]?.title).toBe('Before');
    writeFileSync(file, 'title: After, longer\ndecisions: []\n');
    expect((await listCases(cases))[0]?.title).toBe('After, longer');
    writeFileSync(path.join(cases, 'b.yaml'), 'title: New file\ndecisions: []\n');
    expect((await listCases(cases)).map((c) => c.title)).toEqual(['After, longer', 'New file']);
  });
});
