import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { DATASET_FILES } from './dataset.ts';
import { sha256 } from './dataset-diff.ts';
import { PARSER_VERSION } from './schema.ts';
import { DATA_DIR } from './test-data.ts';

// The repository's data/ folder: every file is listed in data/README.md with its SHA-256.
const readme = fs.readFileSync(path.join(DATA_DIR, 'README.md'), 'utf8');
const listed = [...readme.matchAll(/^\| `([^`]+)` \| (\d+) \| `([0-9a-f]{64})` \|$/gm)].map((m) => ({
  file: m[1] ?? '',
  rows: Number(m[2]),
  sha256: m[3] ?? '',
}));

describe('data/', () => {
  it('lists every file of the folder in README.md with its checksum, and nothing else', () => {
    const files = fs.readdirSync(DATA_DIR).filter((f) => f !== 'README.md');
    expect(listed.map((l) => l.file).sort()).toEqual(files.sort());
    expect(files).toEqual(expect.arrayContaining([...DATASET_FILES, 'membership.csv']));
  });

  it.each(listed.map((l) => [l.file, l] as const))('%s has the SHA-256 and row count README.md gives', (file, l) => {
    const text = fs.readFileSync(path.join(DATA_DIR, file), 'utf8');
    expect(sha256(text)).toBe(l.sha256);
    expect(readCsv(text).length - 1).toBe(l.rows);
  });

  it('was written by the current version of the importer (regenerate data/ after changing the parser)', () => {
    const [header = [], ...rows] = readCsv(fs.readFileSync(path.join(DATA_DIR, 'sources.csv'), 'utf8'));
    const versions = new Set(rows.map((r) => Number(r[header.indexOf('parser_version')])));
    expect([...versions]).toEqual([PARSER_VERSION]);
  });
});
