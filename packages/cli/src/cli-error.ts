import type { EngineError } from '@horseshoe/engine';

/** Bad input from the user: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes: 0 the command answered, 1 something else went wrong, 2 bad input. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Throws a {@link UsageError} listing every engine error, one per line. */
export function usageFromErrors(errors: readonly EngineError[]): never {
  throw new UsageError(errors.map((e) => e.message).join('\n'));
}
