import { z } from 'zod';

/** Failure codes the HTTP API answers with; each maps to one status in {@link API_ERROR_STATUS}. */
export const ApiErrorCodeSchema = z.enum([
  'request/invalid',
  'case/not-found',
  'case/bad-name',
  'record/not-configured',
  'route/not-found',
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
