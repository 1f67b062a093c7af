import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { FailureError, failure } from './failures.ts';

/** Options of {@link createAdvicePool}. */
export interface AdvicePoolOptions {
  /** Time limit of one computation, in ms (default 5000); past it the worker is stopped and 503 answered. */
  readonly timeoutMs?: number;
  /** Worker threads (default: the cores less one, at least 1). */
  readonly threads?: number;
}

/**
 * Worker threads for a seat's advice (evaluation and search over a draft's clauses can take long on a
 * large text), so that no request stalls the other sessions. Each call has a time limit.
 */
export function createAdvicePool(options: AdvicePoolOptions = {}) {
  const threads = options.threads ?? Math.max(1, os.availableParallelism() - 1);
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
  });
  const timeoutMs = options.timeoutMs ?? 5000;
  return {
    /** The advice for `role` over a session's log; a 503 {@link FailureError} past the time limit. */
    async advise(events: readonly unknown[], role: string): Promise<unknown> {
      try {
        return await pool.run({ events, role }, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        if ((error as { name?: string }).name === 'AbortError') {
          throw new FailureError(failure('advice/timeout', `advice took longer than ${timeoutMs} ms and was stopped`));
        }
        throw error;
      }
    },
    /** Stops the workers. */
    close: () => pool.destroy(),
  };
}

/** The compiled worker beside the compiled pool; from the sources, the loader that runs it through tsx. */
function workerFile(): string {
  const compiled = fileURLToPath(new URL('./advice-worker.js', import.meta.url));
  return existsSync(compiled) ? compiled : fileURLToPath(new URL('./advice-worker-source.mjs', import.meta.url));
}
