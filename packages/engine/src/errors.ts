/**
 * Expected failures are values, never exceptions. Each carries a namespaced code and the values that
 * caused it; `message` is written for the person who typed the input.
 */
export type EngineErrorCode =
  | 'date/invalid'
  | 'date/out-of-range'
  | 'member/unknown'
  | 'member/not-on-council'
  | 'member/duplicate'
  | 'tally/invalid'
  | 'tally/exceeds-seats'
  | 'vote/obligatory-abstention'
  | 'body/invalid'
  | 'scenario/invalid'
  | 'scenario/unknown-decision'
  | 'scenario/unknown-clause'
  | 'scenario/fixed-clause'
  | 'scenario/custom-body-date'
  | 'position/invalid'
  | 'game/invalid'
  | 'session/invalid';

/** An expected failure: a code from {@link EngineErrorCode}, a sentence, and its details. */
export interface EngineError {
  readonly code: EngineErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Either a value or the expected failures that prevented it. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly EngineError[] };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Builds a failed {@link Result} from one or more errors.
 * @example fail({ code: 'member/unknown', message: 'unknown member code XYZ', details: { member: 'XYZ' } })
 */
export function fail<T = never>(...errors: EngineError[]): Result<T> {
  return { ok: false, errors };
}

/** Exhaustiveness check for closed unions: a `switch` that reaches this has missed a case. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
