import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { Decision, Scenario } from '@horseshoe/engine';
import { formatScenarioError, parseScenario } from '@horseshoe/protocol';
import { UsageError } from './cli-error.ts';

/** The largest input file read (a scenario of 10,000 clauses is about 1 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Kernel and device file systems: a file there can block forever (a pipe) or never end (/dev/zero). */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

/**
 * Checks a file named on the command line before it is read: it must exist and be a regular file of at
 * most {@link MAX_INPUT_BYTES}, outside /proc, /sys and /dev. Anything else is a usage error naming `flag`.
 */
export function checkInputFile(file: string, flag: string): void {
  const refuse = (reason: string) => new UsageError(`${flag}: cannot read ${file}: ${reason}`);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch (error) {
    throw refuse(reasonOf(error));
  }
  if (stat.isDirectory()) throw refuse('it is a directory, not a file');
  let real = file;
  try {
    real = realpathSync(file);
  } catch {
    // A name that cannot be resolved (a pipe's /proc/self/fd entry) is refused below as not a regular file.
  }
  const root = SPECIAL_ROOTS.find((r) => real === r || real.startsWith(`${r}/`));
  if (root) throw refuse(`files under ${root} are not read`);
  if (!stat.isFile()) throw refuse('not a regular file (a device, pipe or socket)');
  if (stat.size > MAX_INPUT_BYTES) {
    throw refuse(`it has ${(stat.size / 2 ** 20).toFixed(0)} MB; an input file may have at most 64 MB`);
  }
}

/** Reads a file named on the command line; a missing, unreadable or unusual file is a usage error naming `flag`. */
export function readInputFile(file: string, flag: string): string {
  checkInputFile(file, flag);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${file}: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (e.code === 'ENAMETOOLONG') return 'the name is too long';
  return e.code ? `${e.code}: ${e.message}` : String(error);
}

/**
 * Loads and checks a scenario file. Every error is printed as `file:line:column: field: message`
 * on stderr, then a usage error (exit 2) says how many there were.
 */
export function loadScenarioFile(file: string, flag: string, nothingDone: string): Scenario {
  const parsed = parseScenario(readInputFile(file, flag), file);
  if (parsed.ok) return parsed.scenario;
  for (const e of parsed.errors) process.stderr.write(`${formatScenarioError(e)}\n`);
  const n = parsed.errors.length;
  throw new UsageError(`${file}: ${n} error${n === 1 ? '' : 's'}; ${nothingDone}`);
}

/** The decision `id` of a scenario; a missing or unknown id is a usage error listing the ids there are. */
export function findDecision(scenario: Scenario, file: string, id: string | undefined): Decision {
  const ids = scenario.decisions.map((d) => d.id).join(', ');
  if (id === undefined) throw new UsageError(`--decision: required; decisions in ${file}: ${ids}`);
  const decision = scenario.decisions.find((d) => d.id === id);
  if (!decision) throw new UsageError(`--decision: no decision "${id}" in ${file}; decisions: ${ids}`);
  return decision;
}
