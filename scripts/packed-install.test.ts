// The packages as a user installs them: `npm pack` each publishable package, install the tarballs into an
// empty folder with `npm ci --offline` (the npm cache only, no network), then use them there.
// Run by `npm test` in its own step (vitest.packed.config.ts): the install compiles better-sqlite3 from
// source unless prebuild-install finds its prebuilt binary in the npm cache (see docs/architecture.md).
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Lockfile, packedLockfile } from './packed-lock.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PACKAGES = ['engine', 'protocol', 'record', 'server', 'cli'] as const;

interface PackResult {
  readonly name: string;
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

let work: string;
let app: string;
let packs: PackResult[];
let install: { status: number | null; output: string };
let server: ChildProcess | undefined;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'horseshoe-packed-'));
  app = path.join(work, 'app');
  fs.mkdirSync(path.join(app, 'packs'), { recursive: true });
  const packed = execFileSync(
    'npm',
    [
      'pack',
      ...PACKAGES.flatMap((p) => ['-w', `@horseshoe/${p}`]),
      '--pack-destination',
      path.join(app, 'packs'),
      '--json',
    ],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  packs = JSON.parse(packed) as PackResult[];
  const rootLock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
  const lock = packedLockfile(
    'packed-install-check',
    rootLock,
    packs.map((p) => ({
      name: p.name,
      folder: `packages/${p.name.replace('@horseshoe/', '')}`,
      tarball: `packs/${p.filename}`,
      integrity: `sha512-${createHash('sha512')
        .update(fs.readFileSync(path.join(app, 'packs', p.filename)))
        .digest('base64')}`,
    })),
  );
  const manifest = {
    name: 'packed-install-check',
    private: true,
    type: 'module',
    dependencies: lock.packages['']?.dependencies,
    allowScripts: { 'better-sqlite3': true },
  };
  fs.writeFileSync(path.join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(path.join(app, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  const r = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel', 'warn'], {
    cwd: app,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true' },
  });
  install = { status: r.status, output: `${r.stdout}${r.stderr}` };
});

afterEach(() => {
  server?.kill('SIGTERM');
  server = undefined;
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Runs the installed `horseshoe` in the install folder. */
function horseshoe(...args: string[]) {
  return spawnSync(process.execPath, [path.join(app, 'node_modules/.bin/horseshoe'), ...args], {
    cwd: app,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the packed packages, installed from the npm cache into an empty folder', () => {
  it('pack compiled JavaScript with types and no TypeScript sources, the CLI with the web app and the cases', () => {
    for (const p of packs) {
      const files = p.files.map((f) => f.path);
      expect(files, p.name).toContain(p.name === '@horseshoe/cli' ? 'dist/main.js' : 'dist/index.js');
      expect(
        files.some((f) => f.endsWith('.d.ts')),
        p.name,
      ).toBe(true);
      expect(
        files.filter((f) => f.startsWith('src/')),
        p.name,
      ).toEqual([]);
      expect(files, p.name).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
    }
    const cli = packs.find((p) => p.name === '@horseshoe/cli')?.files.map((f) => f.path) ?? [];
    expect(cli).toEqual(expect.arrayContaining(['web/index.html', 'cases/libya-2019.yaml', 'bin/horseshoe.mjs']));
  });

  it('install with npm ci --offline, without errors and without engine warnings', () => {
    expect(install.output).not.toMatch(/EBADENGINE|ENOTCACHED|ERR!/);
    expect(install.status).toBe(0);
  });

  it('run horseshoe evaluate on the packaged Libya case', () => {
    const r = horseshoe('evaluate', 'node_modules/@horseshoe/cli/cases/libya-2019.yaml', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { decisions } = JSON.parse(r.stdout) as { decisions: { id: string; reason: string }[] };
    expect(decisions.map((d) => `${d.id}: ${d.reason}`)).toEqual([
      'press-elements-5-april: adopted',
      'formal-statement: objection',
      'uk-draft-resolution: veto',
    ]);
  });

  it('serve the packaged web app and case library with horseshoe serve on a free port', async () => {
    const proc = spawn(
      process.execPath,
      [path.join(app, 'node_modules/.bin/horseshoe'), 'serve', '--port', '0', '--json'],
      {
        cwd: app,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server = proc;
    const printed = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.trimEnd().endsWith('}')) resolve(out);
      });
      proc.on('exit', (code) => reject(new Error(`serve exited with ${code} before printing its URL`)));
    });
    const { url } = JSON.parse(printed) as { url: string };
    const page = await fetch(new URL('/', url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const cases = (await (await fetch(new URL('/api/cases', url))).json()) as { cases: { file: string }[] };
    expect(cases.cases.map((c) => c.file)).toContain('libya-2019.yaml');
  });

  it('let a plain .mjs file import @horseshoe/engine and decide a vote', () => {
    const script = `import { councilOn, decideTally, memberId, permanentCodes, ruleFor } from '@horseshoe/engine';
const council = councilOn('2011-10-04');
if (!council.ok) throw new Error('no council');
const rule = ruleFor('resolution', { threshold: council.value.threshold, vetoHolders: permanentCodes(council.value) });
const o = decideTally({ yes: 9, no: 2, abstain: 4, absent: 0, notParticipating: 0 }, [memberId('CHN'), memberId('RUS')], rule);
console.log(o.reason, o.vetoes.join(','));
`;
    fs.writeFileSync(path.join(app, 'decide.mjs'), script);
    const r = spawnSync(process.execPath, ['decide.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('veto CHN,RUS');
  });

  it('give a TypeScript user (NodeNext resolution) the types of the engine and protocol', () => {
    const source = `import { councilOn, type Council } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
const council = councilOn('2019-04-18');
const members: number = council.ok ? (council.value satisfies Council).members.length : 0;
export const parsed = parseScenario('', 'empty.yaml').ok && members > 0;
`;
    fs.writeFileSync(path.join(app, 'consumer.mts'), source);
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const r = spawnSync(
      process.execPath,
      [tsc, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--strict', '--noEmit', 'consumer.mts'],
      { cwd: app, encoding: 'utf8' },
    );
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});
