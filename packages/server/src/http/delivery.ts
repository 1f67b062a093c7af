import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Vite names built assets `assets/<name>-<hash>.<ext>`: their content never changes under that name
 * (nor that of their precompressed copies, `<ext>.br` and `<ext>.gz`).
 */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(?:\.br|\.gz)?$/;

/** What a browser may keep: hashed assets for a year without asking again, anything else re-checked each time. */
export function cacheControlFor(filePath: string): string {
  return HASHED_ASSET.test(filePath.replaceAll('\\', '/')) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Compresses every compressible answer over 1 KB (brotli when the browser accepts it, else gzip),
 * the built app's files and the API's JSON alike. Register before the routes.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
}

/**
 * Options for `@fastify/static`: its own `cache-control` off, replaced by {@link cacheControlFor}
 * (also applied to `reply.sendFile('index.html')`, the answer to the app's own paths); and the
 * build's precompressed copies (`<file>.br`, brotli at quality 11, and `<file>.gz`, written by the web
 * app's build) sent as they are to a browser that accepts them, so the first load is as small as
 * brotli can make it without compressing anything per request. A file without a copy is compressed
 * on the fly by {@link registerCompression}.
 */
export const staticCaching = {
  cacheControl: false,
  preCompressed: true,
  setHeaders(reply: { header(name: string, value: string): unknown }, filePath: string): void {
    reply.header('cache-control', cacheControlFor(filePath));
  },
} as const;
