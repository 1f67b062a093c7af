import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, FOUND, SAFE } from './cli-fuzz-inputs.test-helper.ts';
import { main } from './main.ts';
import { REPO_ROOT } from './run-cli.ts';

// Issue 18: "no crash or hang for any input a fuzz test generates". Every command is run in this process
// through `main` (no child process per run, so a few hundred runs stay fast) with flags and values drawn
// from edge cases: numbers at and past their limits, empty and huge strings, control, bidirectional and
// zero-width characters, missing files, folders, /proc and /dev paths, random bytes, malformed YAML and
// JSON, an alias bomb, deep nesting. Each answer must exit 0 or 2 (1 means our failure, never bad input),
// print no stack trace, and on exit 2 name what was wrong (a flag, a file or an argument).

interface Answer {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(argv: readonly string[]): Promise<Answer> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'horseshoe', ...argv]);
    return { code, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

/**
 * Whether an error names what is wrong: a flag (given, or missing: "give exactly one of --body, …"), a
 * file or value the user gave, or an argument by its name.
 */
function namesTheInput(err: string, argv: readonly string[]): boolean {
  if (/(^|[\s(])--[a-z][a-z-]*/.test(err)) return true;
  if (/\b(FILE|TEXT|ARTICLE|DIR|id|argument|option|command)\b/.test(err)) return true;
  return argv.some((a) => a.length >= 2 && err.includes(a.startsWith('--') ? a : a.slice(0, 40)));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fuzzed command lines', () => {
  const before = readdirSync(REPO_ROOT).sort();

  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`horseshoe ${name} answers every generated command line with exit 0 or 2, no stack trace, naming the input`, async () => {
      await fc.assert(
        fc.asyncProperty(args, async (generated) => {
          const argv = [...generated.slice(0, name === 'history' || name === 'session' ? 2 : 1)];
          const rest = generated.slice(argv.length);
          const full = [...argv, ...SAFE(name), ...rest];
          const answer = await run(full);
          const shown = JSON.stringify(full).slice(0, 400);
          expect([0, 2], `exit ${answer.code} for ${shown}: ${answer.err.slice(0, 400)}`).toContain(answer.code);
          expect(`${answer.out}${answer.err}`, shown).not.toMatch(/\n\s+at .+:\d+:\d+/);
          if (answer.code === 2)
            expect(namesTheInput(answer.err, full), `${shown}: ${answer.err.slice(0, 400)}`).toBe(true);
        }),
        // Seeded: every run of the suite sees the same 40 command lines per command. FUZZ_SEED and FUZZ_RUNS
        // explore further by hand (seeds 7 and 99 at 120 runs found the last three findings fixed with it).
        {
          seed: Number(process.env.FUZZ_SEED ?? 18),
          numRuns: Number(process.env.FUZZ_RUNS ?? 40),
          examples: (FOUND[name] ?? []).map((line) => [line]),
        },
      );
    });
  }

  it('leaves the repository folder as it found it (no file written outside the temporary folder)', () => {
    expect(readdirSync(REPO_ROOT).sort()).toEqual(before);
  });
});
