import { API_ERROR_STATUS, type ApiError, type ApiErrorCode, requestProblem } from '@horseshoe/protocol';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** Sends an API error with the status its code maps to in protocol's one table. */
export function sendError(reply: FastifyReply, code: ApiErrorCode, message: string): FastifyReply {
  const body: ApiError = { error: { code, message } };
  return reply.code(API_ERROR_STATUS[code]).type('application/json').send(body);
}

/**
 * Checks a request's query, path parameters or body against its schema: the parsed value, or a 400
 * `request/invalid` already sent, naming each field at fault.
 */
export function checkRequest<TSchema extends z.ZodType>(
  reply: FastifyReply,
  where: 'query' | 'params' | 'body',
  schema: TSchema,
  value: unknown,
): { readonly ok: true; readonly value: z.infer<TSchema> } | { readonly ok: false; readonly sent: FastifyReply } {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, sent: sendError(reply, 'request/invalid', requestProblem(where, parsed.error)) };
}
