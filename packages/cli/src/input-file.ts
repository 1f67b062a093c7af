import { readFileSync } from 'node:fs';
import type { Decision, Scenario } from '@horseshoe/engine';
import { formatScenarioError, parseScenario } from '@horseshoe/protocol';
import { UsageError } from './cli-error.ts';

/** Reads a file named on the command line; a missing or unreadable file is a usage error naming `flag`. */
export function readInputFile(file: string, flag: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new UsageError(`${flag}: cannot read ${file}: ${reason}`);
  }
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
