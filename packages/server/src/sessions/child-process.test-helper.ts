// Starts and kills child-server.test-helper.ts processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./child-server.test-helper.ts', import.meta.url));

/** A running child server. */
export interface Child {
  readonly url: string;
  readonly process: ChildProcess;
  /** Kills it with SIGKILL (no chance to flush anything) and waits for it to be gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts a session server on `where` (SQLite file or postgres:// URL) and waits for its URL. */
export function startChild(where: string, options: { rateMax?: number } = {}): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, where, '0', String(options.rateMax ?? 100_000)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0] ?? '';
      if (out.includes('\n')) {
        const { url } = JSON.parse(line) as { url: string };
        resolve({
          url,
          process: proc,
          kill: async (signal = 'SIGKILL') => {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
            await exited;
          },
        });
      }
    });
    proc.once('exit', (code) => reject(new Error(`child server exited with ${code}: ${stderr}`)));
  });
}
