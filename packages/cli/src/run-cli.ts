import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The repository root (tests run the CLI from there). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

const BIN = path.join(REPO_ROOT, 'packages/cli/bin/horseshoe.mjs');

/** Runs `horseshoe` with arguments in a child process; for tests. */
export function runCli(args: readonly string[], options: { readonly cwd?: string; readonly input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
