import { z } from 'zod';

/** Failure codes the HTTP API answers with; each maps to one status in {@link API_ERROR_STATUS}. */
export const ApiErrorCodeSchema = z.enum([
  'request/invalid',
  'case/not-found',
  'case/bad-name',
  'record/not-configured',
  'route/not-found',
  // The server's own limits and guards (docs/security.md); every 4xx/5xx uses this one shape.
  'request/malformed',
  'request/forbidden',
  'request/timeout',
  'request/too-large',
  'request/headers-too-large',
  'request/unsupported-type',
  'route/method-not-allowed',
  'host/not-allowed',
  'file/not-found',
  'server/error',
  'server/closing',
]);

/** A failure code of the HTTP API. */
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

/** The one table from failure codes to HTTP statuses; no handler makes up its own. */
export const API_ERROR_STATUS: Readonly<Record<ApiErrorCode, number>> = {
  'request/invalid': 400,
  'case/bad-name': 400,
  'case/not-found': 404,
  'record/not-configured': 404,
  'route/not-found': 404,
  'request/malformed': 400,
  'request/forbidden': 403,
  'request/timeout': 408,
  'request/too-large': 413,
  'request/headers-too-large': 431,
  'request/unsupported-type': 415,
  'route/method-not-allowed': 405,
  'host/not-allowed': 421,
  'file/not-found': 404,
  'server/error': 500,
  'server/closing': 503,
};

/** The JSON body of every API error: `{"error": {"code", "message"}}`. */
export const ApiErrorSchema = z.object({
  error: z.object({ code: ApiErrorCodeSchema, message: z.string() }),
});

/** The body of an API error. */
export type ApiError = z.infer<typeof ApiErrorSchema>;

/**
 * The message of a request that failed its schema: each problem with the field it is in, e.g.
 * `query.limit: Too big: expected number to be <=500`.
 * @example requestProblem('query', error) // 'query.from: expected a year such as 2011'
 */
export function requestProblem(where: 'query' | 'params' | 'body', error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const field = [where, ...issue.path.map(String)].join('.');
      return keys.length > 0
        ? keys.map((k) => `${field}.${k}: not a field of this request`).join('; ')
        : `${field}: ${issue.message}`;
    })
    .join('; ');
}
