import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The lint configuration's own test: the repository's biome.json, copied into a throw-away tree, must
// reject every import the house style forbids (house-style.md, Layout) and accept the allowed ones.

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

// `file imports specifier` -> the rule's message, or null when the import is allowed.
const CASES: readonly (readonly [string, string, RegExp | null])[] = [
  ['packages/web/src/app/probe.ts', '@horseshoe/record', /never the record, the server or the CLI/],
  ['packages/web/src/app/probe.ts', '@horseshoe/server', /never the record, the server or the CLI/],
  ['packages/web/src/app/probe.ts', 'node:fs', /nothing node-only/],
  ['packages/web/src/app/probe.ts', 'better-sqlite3', /nothing node-only/],
  ['packages/web/src/app/probe.test.ts', '@horseshoe/record', /The web app's tests import what the app may import/],
  ['packages/protocol/src/probe.ts', '@horseshoe/server', /it imports only the engine/],
  ['packages/protocol/src/probe.ts', '@horseshoe/record', /it imports only the engine/],
  ['packages/engine/src/probe.ts', '@horseshoe/protocol', /The engine is pure/],
  ['packages/engine/src/probe.ts', 'node:fs', /The engine is pure/],
  ['packages/engine/src/probe.ts', 'zod', /The engine is pure/],
  ['packages/server/src/probe.ts', '@horseshoe/record', /Only the CLI imports the server and the record/],
  ['packages/record/src/probe.ts', '@horseshoe/server', /Only the CLI imports the server and the record/],
  ['packages/cli/src/probe.ts', '@horseshoe/web', /Nobody imports the web app/],
  ['packages/server/src/probe.ts', '@horseshoe/web', /Nobody imports the web app/],
  ['packages/web/e2e/probe.ts', '@horseshoe/cli', /never through the CLI/],
  ['packages/web/src/app/probe.ts', '@horseshoe/engine', null],
  ['packages/web/src/app/probe.ts', '@horseshoe/protocol', null],
  ['packages/web/e2e/probe.ts', '@horseshoe/server', null],
  ['packages/protocol/src/probe.ts', '@horseshoe/engine', null],
  ['packages/cli/src/probe.ts', '@horseshoe/record', null],
  ['packages/cli/src/probe.ts', '@horseshoe/server', null],
];

let tree: string;
const diagnostics = new Map<string, string>();

beforeAll(() => {
  tree = mkdtempSync(path.join(tmpdir(), 'horseshoe-lint-'));
  const config = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>;
  // The copy is not a git checkout and has no node_modules for the schema.
  delete config.vcs;
  delete config.$schema;
  writeFileSync(path.join(tree, 'biome.json'), JSON.stringify(config));
  CASES.forEach(([file, specifier], i) => {
    // One file per case, in the folder the case is about: overrides match by path.
    const probe = file.replace('probe', `probe-${i}`);
    const target = path.join(tree, probe);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `import { x } from '${specifier}';\n\nexport const y = [x];\n`);
    const run = spawnSync(BIOME, ['lint', '--max-diagnostics=50', probe], { cwd: tree, encoding: 'utf8' });
    diagnostics.set(`${i}`, `${run.stdout}\n${run.stderr}`);
  });
}, 120_000);

afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

describe('the linter enforces the package boundaries', () => {
  CASES.forEach(([file, specifier, expected], i) => {
    const where = file.replace(/\/probe(\.test)?\.ts$/, '');
    if (expected) {
      it(`rejects ${specifier} imported in ${where}${file.includes('.test.') ? ' tests' : ''}`, () => {
        const out = diagnostics.get(`${i}`) ?? '';
        expect(out).toContain('lint/style/noRestrictedImports');
        expect(out).toMatch(expected);
      });
    } else {
      it(`accepts ${specifier} imported in ${where}`, () => {
        expect(diagnostics.get(`${i}`) ?? '').not.toContain('noRestrictedImports');
      });
    }
  });
});

describe('the linter refuses import cycles', () => {
  it('rejects two modules that import each other, type-only imports included', () => {
    const dir = path.join(tree, 'packages/engine/src/cycle');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b.ts';\n\nexport type A = { b: B };\n");
    writeFileSync(path.join(dir, 'b.ts'), "import type { A } from './a.ts';\n\nexport type B = { a: A | null };\n");
    const run = spawnSync(BIOME, ['lint', 'packages/engine/src/cycle'], { cwd: tree, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toContain('lint/suspicious/noImportCycles');
  });
});
