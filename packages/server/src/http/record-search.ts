import { parseRecordQuery, type RecordQuery, type RecordSearch } from '@horseshoe/protocol';
import type { FastifyInstance } from 'fastify';
import { sendError } from './errors.ts';

/** Searches the record (the CLI builds it from `@horseshoe/record`; the server never imports that package). */
export type RecordSearcher = (query: RecordQuery) => RecordSearch;

/**
 * `GET /api/record/decisions?text=&vetoedBy=&decade=&kind=&outcome=&limit=`: the record's decisions
 * matching the query (`RecordQuerySchema`), answered as `RecordSearchSchema`; a bad query is a 400
 * naming the field, a server without a record a 404.
 */
export function registerRecordSearch(app: FastifyInstance, search: RecordSearcher | undefined): void {
  app.get('/api/record/decisions', async (request, reply) => {
    if (!search) {
      return sendError(reply, 'record/not-configured', 'this server has no record database to search');
    }
    const parsed = parseRecordQuery(request.query as Record<string, unknown>);
    if (!parsed.ok) return sendError(reply, 'record/bad-query', parsed.message);
    return search(parsed.query);
  });
}
