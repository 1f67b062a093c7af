import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { API_ERROR_STATUS, type ApiError, type ApiErrorCode } from '@horseshoe/protocol';
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';
import { sendError } from './errors.ts';

/** How long the server waits for a client before it closes the connection (docs/security.md). */
export interface ServerLimits {
  /** The whole request (headers and body) must arrive within this time, or 408 and the connection is closed. */
  readonly requestMs: number;
  /** The request headers must arrive within this time. */
  readonly headersMs: number;
  /** An idle kept-alive connection is closed after this time. */
  readonly keepAliveMs: number;
  /** A connection on which nothing at all arrives is closed after this time. */
  readonly idleMs: number;
  /** How often Node checks the request and header deadlines. */
  readonly checkEveryMs: number;
  /** On close, connections still busy after this grace are cut. */
  readonly shutdownGraceMs: number;
}

/** The limits `horseshoe serve` runs with. */
export const DEFAULT_LIMITS: ServerLimits = {
  requestMs: 30_000,
  headersMs: 10_000,
  keepAliveMs: 5_000,
  idleMs: 60_000,
  checkEveryMs: 1_000,
  shutdownGraceMs: 2_000,
};

/** The names a browser may use to reach a server bound to loopback (the DNS-rebinding defence). */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** The Content-Security-Policy the built web app satisfies: its own scripts, styles and API only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every answer, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Fastify and Node HTTP options that bound every connection by `limits`. */
export function limitOptions(limits: ServerLimits): FastifyHttpOptions<Server> {
  return {
    requestTimeout: limits.requestMs,
    connectionTimeout: limits.idleMs,
    keepAliveTimeout: limits.keepAliveMs,
    // Node checks the request and header deadlines on this interval (30 s by default).
    http: { headersTimeout: limits.headersMs, connectionsCheckingInterval: limits.checkEveryMs },
    // Refused while closing in our own error shape (see registerHardening), not Fastify's.
    return503OnClosing: false,
    clientErrorHandler: answerClientError,
  };
}

/**
 * Security headers, the `Host` allow-list, the one error shape for every 4xx/5xx (Fastify's own
 * errors, static-file errors, a closing server) and a close that cuts stalled connections after a grace.
 * `allowedHosts: 'any'` turns the Host check off (a server deliberately bound to a public address).
 */
export function registerHardening(
  app: FastifyInstance,
  options: { readonly allowedHosts: readonly string[] | 'any'; readonly limits: ServerLimits },
): void {
  let closing = false;
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (closing) {
      reply.header('connection', 'close');
      return sendError(reply, 'server/closing', 'the server is shutting down');
    }
    if (options.allowedHosts !== 'any' && !hostAllowed(request.headers.host, options.allowedHosts, app)) {
      return sendError(
        reply,
        'host/not-allowed',
        `this server answers only to ${options.allowedHosts.join(', ')} (the Host header named another name)`,
      );
    }
  });
  app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    const code = codeForStatus(status);
    // Server faults say nothing of their cause: messages may carry paths or internals.
    const message = status >= 500 ? 'the server could not answer this request' : publicMessage(error.message, status);
    return sendError(reply, code, message);
  });
  let cut: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    closing = true;
    // Idle connections close at once (Fastify); busy or stalled ones get a grace, then are cut.
    cut = setTimeout(() => app.server.closeAllConnections(), options.limits.shutdownGraceMs);
    cut.unref();
  });
  app.addHook('onClose', async () => clearTimeout(cut));
}

/** The error code for a status that no route chose itself. */
export function codeForStatus(status: number): ApiErrorCode {
  const byStatus: Record<number, ApiErrorCode> = {
    400: 'request/malformed',
    403: 'request/forbidden',
    404: 'route/not-found',
    405: 'route/method-not-allowed',
    408: 'request/timeout',
    413: 'request/too-large',
    415: 'request/unsupported-type',
    431: 'request/headers-too-large',
    503: 'server/closing',
  };
  return byStatus[status] ?? (status >= 500 ? 'server/error' : 'request/malformed');
}

function publicMessage(message: string | undefined, status: number): string {
  const text = (message ?? '').replace(/(?:[A-Za-z]:)?[\\/][^\s'"]*[\\/][^\s'"]*/g, '<path>');
  return text.length > 0 ? text : `request refused (HTTP ${status})`;
}

function hostAllowed(host: string | undefined, allowed: readonly string[], app: FastifyInstance): boolean {
  if (host === undefined) return false;
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host.toLowerCase());
  if (!match?.[1] || !allowed.includes(match[1])) return false;
  const address = app.server.address();
  const port = address !== null && typeof address === 'object' ? address.port : undefined;
  return match[2] === undefined || port === undefined || Number(match[2]) === port;
}

/** Answers errors Node finds before a request reaches Fastify (timeouts, bad framing) in the one shape. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ApiErrorCode =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 'request/timeout'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 'request/headers-too-large'
        : 'request/malformed';
  const messages: Partial<Record<ApiErrorCode, string>> = {
    'request/timeout': 'the request did not arrive in time',
    'request/headers-too-large': 'the request headers are too large',
  };
  const body: ApiError = { error: { code, message: messages[code] ?? 'the request is not valid HTTP' } };
  const text = JSON.stringify(body);
  const status = API_ERROR_STATUS[code];
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy();
}
