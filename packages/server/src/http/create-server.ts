import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { CaseParamsSchema, NoQuerySchema, RecordSearchQuerySchema, type ServerConfig } from '@horseshoe/protocol';
import Fastify, { type FastifyInstance } from 'fastify';
import { type SessionRoutesOptions, sessionRoutes } from '../sessions/routes.ts';
import { listCases, readCase } from './cases.ts';
import { cacheControlFor, registerCompression, staticCaching } from './delivery.ts';
import { checkRequest, sendError } from './errors.ts';
import { DEFAULT_LIMITS, LOOPBACK_HOSTS, limitOptions, registerHardening, type ServerLimits } from './hardening.ts';
import type { RecordSource } from './record.ts';

/** Where the server finds the built web app, the case library and (optionally) the record. */
export interface CreateServerOptions {
  /** The built web app (`packages/web/dist`, made by `npm run build`); must contain `index.html`. */
  readonly webRoot: string;
  /** The case library folder (`cases/`). */
  readonly casesDir: string;
  /** The historical record; without it the record endpoints answer 404 `record/not-configured`. */
  readonly record?: RecordSource;
  /** The case the web app opens first. Default `libya-2019.yaml`. */
  readonly defaultCase?: string;
  /**
   * The `Host` names this server answers to (DNS-rebinding defence): default the loopback names;
   * `'any'` for a server deliberately bound to a public address.
   */
  readonly allowedHosts?: readonly string[] | 'any';
  /** Timeouts and the shutdown grace; default {@link DEFAULT_LIMITS}. */
  readonly limits?: ServerLimits;
  /** Live sessions (sessions.md) under `/api/sessions`; without it those routes answer 404. */
  readonly sessions?: SessionRoutesOptions<unknown>;
  /** Fastify request logging; off by default. */
  readonly logger?: boolean;
}

/**
 * Builds the HTTP server (not yet listening): the built web app at `/` and a small JSON API under
 * `/api`. Throws when `webRoot` has no `index.html`, naming the command that builds it.
 * @example const app = await createServer({ webRoot: 'packages/web/dist', casesDir: 'cases' }); await app.listen({ port: 0 });
 */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const webRoot = path.resolve(options.webRoot);
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`the web app is not built: ${webRoot}/index.html is missing (run \`npm run build\`)`);
  }
  const casesDir = path.resolve(options.casesDir);
  const config: ServerConfig = {
    defaultCase: options.defaultCase ?? 'libya-2019.yaml',
    // A label is shown to every visitor: never an absolute path of this machine.
    record: options.record
      ? { label: path.isAbsolute(options.record.label) ? path.basename(options.record.label) : options.record.label }
      : null,
  };
  const limits = options.limits ?? DEFAULT_LIMITS;
  const app = Fastify({ logger: options.logger ?? false, ...limitOptions(limits) });
  registerHardening(app, { allowedHosts: options.allowedHosts ?? LOOPBACK_HOSTS, limits });
  await registerCompression(app);

  // Every route checks its query (and parameters) against protocol's schemas: 400 naming the field.
  app.get('/api/config', async (request, reply) => {
    const query = checkRequest(reply, 'query', NoQuerySchema, request.query);
    return query.ok ? config : query.sent;
  });
  app.get('/api/cases', async (request, reply) => {
    const query = checkRequest(reply, 'query', NoQuerySchema, request.query);
    return query.ok ? { cases: await listCases(casesDir) } : query.sent;
  });
  app.get('/api/cases/:file', async (request, reply) => {
    const query = checkRequest(reply, 'query', NoQuerySchema, request.query);
    if (!query.ok) return query.sent;
    const params = CaseParamsSchema.safeParse(request.params);
    if (!params.success) {
      const file = (request.params as { file?: unknown }).file;
      return sendError(reply, 'case/bad-name', `params.file: not a case file name: ${String(file)}`);
    }
    const text = await readCase(casesDir, params.data.file);
    if (text === null) return sendError(reply, 'case/not-found', `no case file named ${params.data.file}`);
    return reply.type('text/plain; charset=utf-8').send(text);
  });
  registerRecordRoutes(app, options.record);
  if (options.sessions) await app.register(sessionRoutes, options.sessions);

  await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], ...staticCaching });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      return sendError(reply, 'route/not-found', `no API route ${request.method} ${request.url}`);
    }
    // A missing built file is an error, not the page (a stale tab asking for an old bundle).
    if (request.url.startsWith('/assets/')) return sendError(reply, 'file/not-found', 'no such file in the web app');
    // The app has a single page: any other path gets it, and the app reads its own URL.
    return reply.header('cache-control', cacheControlFor('index.html')).sendFile('index.html');
  });
  return app;
}

function registerRecordRoutes(app: FastifyInstance, record: RecordSource | undefined): void {
  const missing = 'this server has no record database (start it with `horseshoe serve --record-db FILE`)';
  app.get('/api/record/stats', async (request, reply) => {
    const query = checkRequest(reply, 'query', NoQuerySchema, request.query);
    if (!query.ok) return query.sent;
    return record ? record.stats() : sendError(reply, 'record/not-configured', missing);
  });
  app.get('/api/record/libya', async (request, reply) => {
    const query = checkRequest(reply, 'query', NoQuerySchema, request.query);
    if (!query.ok) return query.sent;
    return record ? record.libyaTimeline() : sendError(reply, 'record/not-configured', missing);
  });
  app.get('/api/record/decisions', async (request, reply) => {
    const query = checkRequest(reply, 'query', RecordSearchQuerySchema, request.query);
    if (!query.ok) return query.sent;
    return record ? record.search(query.value) : sendError(reply, 'record/not-configured', missing);
  });
}
