import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { isCaseFileName, listCases, readCase } from './cases.ts';
import { cacheControlFor, registerCompression, staticCaching } from './delivery.ts';
import { sendError } from './errors.ts';
import type { RecordSource } from './record.ts';
import { registerRecordSearch } from './record-search.ts';

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
  /** Fastify request logging; off by default. */
  readonly logger?: boolean;
}

/** What `GET /api/config` answers: what this server offers the web app. */
export interface ServerConfig {
  readonly defaultCase: string;
  readonly record: { readonly label: string } | null;
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
    record: options.record ? { label: options.record.label } : null,
  };
  const app = Fastify({ logger: options.logger ?? false });
  await registerCompression(app);

  app.get('/api/config', async () => config);
  app.get('/api/cases', async () => ({ cases: await listCases(casesDir) }));
  app.get<{ Params: { file: string } }>('/api/cases/:file', async (request, reply) => {
    const { file } = request.params;
    if (!isCaseFileName(file)) return sendError(reply, 'case/bad-name', `not a case file name: ${file}`);
    const text = await readCase(casesDir, file);
    if (text === null) return sendError(reply, 'case/not-found', `no case file named ${file}`);
    return reply.type('text/plain; charset=utf-8').send(text);
  });
  registerRecordRoutes(app, options.record);
  registerRecordSearch(app, options.record?.searchDecisions);

  await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], ...staticCaching });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      return sendError(reply, 'route/not-found', `no API route ${request.method} ${request.url}`);
    }
    // The app has a single page: any other path gets it, and the app reads its own URL.
    return reply.header('cache-control', cacheControlFor('index.html')).sendFile('index.html');
  });
  return app;
}

function registerRecordRoutes(app: FastifyInstance, record: RecordSource | undefined): void {
  const missing = 'this server has no record database (start it with `horseshoe serve --record-db FILE`)';
  app.get('/api/record/stats', async (_request, reply) =>
    record ? record.stats() : sendError(reply, 'record/not-configured', missing),
  );
  app.get('/api/record/libya', async (_request, reply) =>
    record ? record.libyaTimeline() : sendError(reply, 'record/not-configured', missing),
  );
}
