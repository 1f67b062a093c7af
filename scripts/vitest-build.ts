// Vitest global setup: the CLI tests (and the packed-install test) spawn the compiled `horseshoe`, so bring
// every package's dist/ up to date first. `tsc -b` is incremental: about 2 s when nothing changed.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Compiles the packages (tsc -b tsconfig.build.json) before any test file runs. */
export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed (tsc -b tsconfig.build.json):\n${stdout}${stderr}`);
  }
}
