import type { FastifyReply } from 'fastify';

/**
 * The one table of the session API's own failure codes: each has one HTTP status, and the live feed
 * sends the same code in an error frame and closes with `4000 + status`. Refusals of the reducer
 * (`session/…` codes from @horseshoe/engine/session) carry their own status and go through the same
 * functions below.
 */
export const SESSION_FAILURES = {
  'request/malformed': 400,
  'auth/missing-token': 401,
  'auth/unknown-token': 401,
  'role/forbidden': 403,
  'session/not-found': 404,
  'live/after-ahead': 409,
  'request/too-large': 413,
  'request/unsupported-type': 415,
  'request/rate-limited': 429,
  'server/error': 500,
  'server/busy': 503,
  'advice/timeout': 503,
} as const satisfies Record<string, number>;

/** A failure code of the session API's own (not the reducer's). */
export type SessionFailureCode = keyof typeof SESSION_FAILURES;

/** A failure to answer: a code, its HTTP status and a sentence for people. Never holds a token. */
export interface Failure {
  readonly code: string;
  readonly status: number;
  readonly message: string;
}

/** A failure of the session API's own, with the status from {@link SESSION_FAILURES}. */
export function failure(code: SessionFailureCode, message: string): Failure {
  return { code, status: SESSION_FAILURES[code], message };
}

/** Thrown inside request handlers; the sessions plugin's error handler answers it. */
export class FailureError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/** Sends `{error: {code, message}}` with the failure's status. */
export function sendFailure(reply: FastifyReply, f: Failure): FastifyReply {
  return reply
    .code(f.status)
    .type('application/json')
    .send({ error: { code: f.code, message: f.message } });
}

/** The live feed's error frame for a failure, and the WebSocket close code that follows it. */
export function liveErrorFrame(f: Failure): { frame: string; closeCode: number } {
  return {
    frame: JSON.stringify({ type: 'error', error: { code: f.code, status: f.status, message: f.message } }),
    closeCode: 4000 + f.status,
  };
}

/** `after=N`: a whole number ≥ 0; a 400 naming the parameter otherwise. */
export function parseAfter(text: string): number {
  if (!/^\d{1,9}$/.test(text)) {
    throw new FailureError(
      failure('request/malformed', `after: expected a whole number ≥ 0, got ${JSON.stringify(text)}`),
    );
  }
  return Number(text);
}
