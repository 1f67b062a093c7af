import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';

// The command lines of the fuzz test (cli.fuzz.test.ts): per command, its flags with pools of edge values,
// the files those values name (made here, in a temporary folder), and the lines found before.

const dir = mkdtempSync(path.join(os.tmpdir(), 'horseshoe-fuzz-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const aliasBomb = () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
  }
  return `${levels.join('\n')}\n`;
};
mkdirSync(path.join(dir, 'folder'));

const FILES = [
  path.join(dir, 'missing.yaml'),
  path.join(dir, 'folder'),
  '/proc/self/status',
  '/proc/self/fd/0',
  '/dev/zero',
  '/dev/null',
  file('empty.yaml', ''),
  file('random.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))),
  file('bomb.yaml', aliasBomb()),
  file('tabs.yaml', 'title: x\n\tdecisions: [\n'),
  file('broken.json', '{"title": "x", "decisions": [{"id": 1,,}]'),
  file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
  file('deep.yaml', `${'- '.repeat(5_000)}x\n`),
  file('nul.yaml', 'title: "a\u0000b"\ndecisions: []\n'),
  file('utf16.yaml', Buffer.from('\ufefftitle: x\n', 'utf16le')),
  file('bidi.yaml', 'title: x\ndate: 2019-04-05\ndecisions:\n  - id: a\u202eb\n    instrument: resolution\n'),
  file('dup.json', '{"title": "a", "title": "b", "decisions": []}'),
  'cases/libya-2019.yaml',
  'fixtures/power/eu27-qualified-majority.json',
  'cases/sessions/libya-2019.session.yaml',
];
/** Paths a command may write: only in the temporary folder (a folder, a missing folder, a file). */
const WRITABLE = [
  path.join(dir, 'out.yaml'),
  path.join(dir, 'folder'),
  path.join(dir, 'no', 'such', 'out.yaml'),
  '',
  ' ',
  '/dev/null',
];
/** Databases given to the record and the server: missing, a folder, kernel and device paths, empty, foreign. */
const DATABASES = [
  path.join(dir, 'none.db'),
  path.join(dir, 'folder'),
  '/proc/self/status',
  '/dev/null',
  path.join(dir, 'empty.yaml'),
  path.join(dir, 'random.bin'),
];
const NUMBERS = [
  '0',
  '-0',
  '-1',
  '1',
  '2',
  '3.5',
  '1e308',
  '-1e308',
  '1e-308',
  'NaN',
  'Infinity',
  '0x10',
  '1_000',
  '+5',
];
const TEXTS = [
  '',
  ' ',
  'a\u0000b',
  'x\u202ey',
  'zero\u200bwidth',
  '\ufeffbom',
  'é',
  '日本',
  'x'.repeat(5000),
  '-',
  '..',
];
const CODES = ['USA', 'RUS,CHN', 'FRA,,GBR', ',', 'usa', 'XYZ', 'FRA,\u202eSUR', 'GBR\u200b', 'USA,USA'];
const DATES = ['2019-04-05', '1946-01-17', '1945-12-31', '2027-01-01', '2019-02-30', '2019-4-5', '99999-01-01'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const anyValue = fc.oneof(
  pick(NUMBERS),
  pick(TEXTS),
  pick(CODES),
  pick(DATES),
  pick(FILES),
  fc.string({ maxLength: 20 }),
);

/**
 * A command's flags: each one with values from its own pool, or now and then from every pool. A name
 * ending in `!` takes only its own pool: the flags that write (`--out`, a database to create) get only
 * paths in the temporary folder, so no run can touch the repository or a device.
 */
type FlagPools = Readonly<Record<string, fc.Arbitrary<string> | null>>;

function argsFor(
  prefix: readonly string[],
  flags: FlagPools,
  positional: fc.Arbitrary<string[]>,
): fc.Arbitrary<string[]> {
  const names = Object.keys(flags);
  const flag = fc.constantFrom(...names).chain((key): fc.Arbitrary<string[]> => {
    const pool = flags[key];
    const name = key.replace(/!$/, '');
    if (pool === null || pool === undefined) return fc.constant<string[]>([name]);
    if (key.endsWith('!')) return pool.map((v) => [name, v]);
    return fc.oneof({ weight: 4, arbitrary: pool }, { weight: 1, arbitrary: anyValue }).map((v) => [name, v]);
  });
  return fc.tuple(positional, fc.array(flag, { maxLength: 4 })).map(([pos, fs]) => [...prefix, ...pos, ...fs.flat()]);
}

const oneFile = fc.oneof(pick(FILES), fc.constant(path.join(dir, 'missing.yaml'))).map((f) => [f]);
const timeLimit = pick(['0', '-1', 'NaN', '1e308', '0.001', '1', '']);
// Defaults that keep a run short and inside the temporary folder; a fuzzed flag given later wins.
export const SAFE = (cmd: string): string[] => {
  if (['search', 'evaluate', 'power'].includes(cmd)) return ['--time-limit', '3'];
  return [];
};

export const COMMANDS: Readonly<Record<string, fc.Arbitrary<string[]>>> = {
  council: argsFor(
    ['council'],
    { '--date': pick(DATES), '--threshold-switch': pick(DATES), '--json': null },
    fc.constant([]),
  ),
  outcome: argsFor(
    ['outcome'],
    {
      '--date': pick(DATES),
      '--yes': pick(CODES),
      '--no': pick(CODES),
      '--abstain': pick(CODES),
      '--absent': pick(CODES),
      '--not-participating': pick(CODES),
      '--tally': pick(['9-1-5', '15-0-0', '-1-0-0', '1e9-0-0', '9--1', '']),
      '--permanent-no': pick(CODES),
      '--procedural': null,
      '--json': null,
    },
    fc.constant([]),
  ),
  evaluate: argsFor(['evaluate'], { '--time-limit': timeLimit, '--json': null }, oneFile),
  search: argsFor(
    ['search'],
    {
      '--decision': pick(['formal-statement', 'uk-draft-resolution', '', 'nope', 'a\u202eb']),
      '--for': pick(CODES),
      '--top': pick(NUMBERS),
      '--time-limit': timeLimit,
      '--json': null,
    },
    oneFile,
  ),
  power: argsFor(
    ['power'],
    {
      '--body': pick(['unsc', 'g4', 'model-a', 'ecosoc', '']),
      '--date': pick(DATES),
      '--quota': pick(NUMBERS),
      '--weights': fc.array(pick(NUMBERS), { maxLength: 12 }).map((w) => w.join(',')),
      '--names': pick(CODES),
      '--game': pick(FILES),
      '--scenario': pick(FILES),
      '--decision': pick(['uk-draft-resolution', 'nope', '']),
      '--method': pick(['enumeration', 'weight-dp', 'nope', '']),
      '--index': pick(['banzhaf', 'holler,johnston', 'shapley', '', ',']),
      '--time-limit': timeLimit,
      '--exact': null,
      '--json': null,
    },
    fc.constant([]),
  ),
  negotiate: argsFor(
    ['negotiate'],
    {
      '--decision': pick(['uk-draft-resolution', 'formal-statement', 'nope']),
      '--penholder': pick(CODES),
      '--rounds': pick(NUMBERS),
      '--seed': pick(NUMBERS),
      '--strategy': pick(['RUS=hard-liner', 'RUS=nope', '=', 'XYZ=boulware', '']),
      '--json': null,
    },
    oneFile,
  ),
  'draft-scenario': argsFor(
    ['draft-scenario'],
    { '--date': pick(DATES), '--out!': pick(WRITABLE), '--force': null, '--json': null },
    oneFile,
  ),
  history: fc.oneof(
    ...['check', 'stats', 'vetoes-compare'].map((sub) =>
      argsFor(
        ['history', sub, '--db', path.join(dir, 'none.db')],
        { '--db!': pick(DATABASES), '--json': null },
        fc.constant([]),
      ),
    ),
    argsFor(
      ['history', 'search', '--db', path.join(dir, 'none.db')],
      {
        '--from': pick(NUMBERS),
        '--to': pick(NUMBERS),
        '--outcome': pick(['adopted', 'nope', '']),
        '--vetoed-by': pick(CODES),
        '--limit': pick(NUMBERS),
        '--db!': pick(DATABASES),
        '--csv': null,
      },
      fc.array(pick(TEXTS), { maxLength: 1 }),
    ),
    argsFor(
      ['history', 'import', '--db', path.join(dir, 'import.db')],
      { '--yordan': pick(FILES), '--json': null },
      pick(FILES).map((f) => [f]),
    ),
    // Every run of fetch carries a bad --timeout, so none reaches the network.
    argsFor(
      ['history', 'fetch', '--out', path.join(dir, 'pages'), '--timeout', 'soon'],
      { '--from-year': pick(NUMBERS), '--to-year': pick(NUMBERS), '--retries': pick(NUMBERS), '--json': null },
      fc.constant([]),
    ),
  ),
  session: fc.oneof(
    argsFor(
      ['session', 'create', '--session-db', path.join(dir, 'sessions.db')],
      { '--date': pick(DATES), '--scenario': pick(FILES), '--title': pick(TEXTS), '--json': null },
      fc.constant([]),
    ),
    argsFor(
      ['session', 'export', '--session-db', path.join(dir, 'sessions.db')],
      { '--after': pick(NUMBERS), '--session-db!': pick(WRITABLE) },
      pick(['', 'nope', '-1', 'a\u202eb']).map((id) => [id]),
    ),
    argsFor(
      ['session', 'replay'],
      { '--advice': pick(CODES), '--as': pick(['chair', 'gallery', 'nope', '']) },
      oneFile,
    ),
  ),
  // serve is fuzzed only where it refuses before listening: every run carries a --port it must refuse.
  serve: argsFor(
    ['serve', '--session-db', path.join(dir, 'serve.db')],
    { '--host': pick(['', ' ', '127.0.0.1', '0.0.0.0 x', 'a\u202eb', '::1']), '--record-db!': pick(DATABASES) },
    pick(['-1', '65536', 'abc', '', '80.5', '1e3', '99999999999999999999']).map((p) => ['--port', p]),
  ),
};

/**
 * Command lines the fuzz test found (or issue 18 reported), run first on every run as fast-check examples,
 * so each stays fixed whatever the generator draws.
 */
export const FOUND: Readonly<Record<string, readonly string[][]>> = {
  power: [['power', '--body', 'unsc', '--quota', '0']],
  session: [
    ['session', 'replay', path.join(dir, 'bomb.yaml')],
    ['session', 'create', '--session-db', path.join(dir, 'sessions.db'), '--date', '0'],
  ],
  'draft-scenario': [
    [
      'draft-scenario',
      'packages/drafting/fixtures/libya-april-2019-press-report.txt',
      '--date',
      '2019-04-19',
      '--out',
      '',
    ],
  ],
  history: [['history', 'search', '--db', path.join(dir, 'random.bin')]],
};
