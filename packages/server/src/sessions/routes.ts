import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { type Failure, FailureError, failure, parseAfter, sendFailure } from './failures.ts';
import { registerLive } from './live.ts';
import type { SessionService } from './service.ts';
import { hashToken } from './tokens.ts';

/** Limits and options of the session routes. */
export interface SessionRoutesOptions<S> {
  readonly service: SessionService<S>;
  /** Commands one token may send per `rateWindowMs` (default 120 per 10 s); more answer 429. */
  readonly rateMax?: number;
  readonly rateWindowMs?: number;
  /** Largest command body in bytes (default 64 KiB); larger answer 413. */
  readonly commandBodyLimit?: number;
  /** Largest creation body in bytes (default 1 MiB, room for a scenario file); larger answer 413. */
  readonly createBodyLimit?: number;
  /** The address links are built on (default: the address the request came to). */
  readonly publicUrl?: string;
  /** A seat's advice, computed off the event loop with a time limit (see advice-pool.ts). */
  readonly advise?: (events: readonly unknown[], role: string) => Promise<unknown>;
}

/** Who made a request, for the audit log of refusals. */
const WHO = new WeakMap<FastifyRequest, { sessionId: string | null; role: string | null }>();

/** The bearer token of a request, or undefined. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * The session API of sessions.md under `/api/sessions`: creation, state, commands, events and the
 * live feed (WebSocket), each refusal answered `{error: {code, message}}` and written to the audit log.
 */
export async function sessionRoutes<S>(app: FastifyInstance, options: SessionRoutesOptions<S>): Promise<void> {
  const { service } = options;
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(rateLimit, { global: false });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const f = toFailure(error);
    const who = WHO.get(request) ?? { sessionId: null, role: null };
    const type = (request.body as { type?: unknown } | undefined)?.type;
    const action = `${request.method} ${request.routeOptions.url ?? request.url}${typeof type === 'string' ? ` ${type.slice(0, 40)}` : ''}`;
    service.audit(who.sessionId, who.role, action, f);
    return sendFailure(reply, f);
  });

  /** Authenticates the request for session `id`; remembers who it was for the audit log. */
  async function roleOf(request: FastifyRequest, id: string): Promise<string> {
    WHO.set(request, { sessionId: id, role: null });
    const role = await service.authenticate(id, bearerToken(request));
    WHO.set(request, { sessionId: id, role });
    return role;
  }

  app.post('/api/sessions', { bodyLimit: options.createBodyLimit ?? 1024 * 1024 }, async (request, reply) => {
    const parsed = service.engine.parseCreate(request.body);
    if (!parsed.ok) throw new FailureError(parsed.failure);
    const made = await service.create(parsed.input);
    const base = (options.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
    const link = (token: string) => `${base}/sessions/${made.id}#token=${token}`;
    return reply.code(201).send({
      id: made.id,
      tokens: made.tokens,
      links: {
        chair: link(made.tokens.chair),
        gallery: link(made.tokens.gallery),
        seats: Object.fromEntries(Object.entries(made.tokens.seats).map(([code, token]) => [code, link(token)])),
      },
    });
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id', async (request) => {
    const role = await roleOf(request, request.params.id);
    // `role` (an extension of the contract): who the token is, so a client opened from a link knows its screen.
    return { ...(await service.view(request.params.id, role)), role };
  });

  app.get<{ Params: { id: string }; Querystring: { after?: string } }>('/api/sessions/:id/events', async (request) => {
    const role = await roleOf(request, request.params.id);
    const after = parseAfter(request.query.after ?? '0');
    return { events: await service.eventsAfter(request.params.id, role, after) };
  });

  app.post<{ Params: { id: string } }>(
    '/api/sessions/:id/commands',
    {
      bodyLimit: options.commandBodyLimit ?? 64 * 1024,
      config: {
        rateLimit: {
          max: options.rateMax ?? 120,
          timeWindow: options.rateWindowMs ?? 10_000,
          keyGenerator: (request: FastifyRequest) => {
            const token = bearerToken(request);
            return token ? `token:${hashToken(token)}` : `ip:${request.ip}`;
          },
          errorResponseBuilder: (_request: FastifyRequest, context: { max: number; after: string }) =>
            new FailureError(
              failure('request/rate-limited', `more than ${context.max} commands; try again in ${context.after}`),
            ),
        },
      },
    },
    async (request) => {
      const role = await roleOf(request, request.params.id);
      return service.command(request.params.id, role, request.body);
    },
  );

  app.get<{ Params: { id: string } }>('/api/sessions/:id/advice', async (request) => {
    const role = await roleOf(request, request.params.id);
    if (!role.startsWith('seat:')) {
      throw new FailureError(failure('role/forbidden', `${role} may not ask for advice: advice is for a seat`));
    }
    if (!options.advise) throw new FailureError(failure('server/busy', 'this server computes no advice'));
    const log = await service.log(request.params.id);
    return { advice: await options.advise(log, role) };
  });

  // Extension: who is connected (roles with an open live feed), for the chair's room.
  app.get<{ Params: { id: string } }>('/api/sessions/:id/presence', async (request) => {
    await roleOf(request, request.params.id);
    return { connected: await service.presence(request.params.id) };
  });

  registerLive(app, service);
}

function toFailure(error: FastifyError | FailureError): Failure {
  if (error instanceof FailureError) return error.failure;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return failure('request/too-large', 'the request body is larger than this route accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return failure('request/unsupported-type', 'send JSON (Content-Type: application/json)');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return failure('request/malformed', 'body: empty; send a JSON object');
    default:
      if (error.statusCode === 400) return failure('request/malformed', `body: ${error.message}`);
      return failure(
        'server/error',
        'the server failed to answer; the command may be sent again with the same commandId',
      );
  }
}
