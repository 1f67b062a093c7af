import type { FastifyReply } from 'fastify';

/** Failure codes the HTTP API can answer with; each maps to one status in {@link STATUS_OF}. */
export type ApiErrorCode =
  | 'case/not-found'
  | 'case/bad-name'
  | 'record/not-configured'
  | 'record/bad-query'
  | 'route/not-found';

/** The one table from failure codes to HTTP statuses; no handler makes up its own. */
export const STATUS_OF: Readonly<Record<ApiErrorCode, number>> = {
  'case/not-found': 404,
  'case/bad-name': 400,
  'record/not-configured': 404,
  'record/bad-query': 400,
  'route/not-found': 404,
};

/** The JSON body of every API error. */
export interface ApiError {
  readonly error: { readonly code: ApiErrorCode; readonly message: string };
}

/** Sends an API error with the status its code maps to. */
export function sendError(reply: FastifyReply, code: ApiErrorCode, message: string): FastifyReply {
  const body: ApiError = { error: { code, message } };
  return reply.code(STATUS_OF[code]).type('application/json').send(body);
}
