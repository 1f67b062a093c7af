import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './create-server.ts';
import { cacheControlFor } from './delivery.ts';

let dir: string;
let app: FastifyInstance;
const precompressedScript = `export const record = [${Array.from({ length: 300 }, (_, i) => `"vote-${i}"`).join(',')}];\n`;
/** What the build writes beside a file: brotli at quality 11 (smaller than the server's on-the-fly brotli). */
const precompressedBr = brotliCompressSync(precompressedScript, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
});
const script = `export const seats = [${Array.from({ length: 400 }, (_, i) => `"seat-${i}"`).join(',')}];\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-delivery-'));
  const webRoot = path.join(dir, 'dist');
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  mkdirSync(path.join(dir, 'cases'));
  writeFileSync(path.join(webRoot, 'index.html'), `<!doctype html><title>Horseshoe</title>${'<p>x</p>'.repeat(300)}`);
  writeFileSync(path.join(webRoot, 'assets', 'index-B2x9QmZa.js'), script);
  writeFileSync(path.join(webRoot, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(webRoot, 'assets', 'record-C7pLm0Xw.js'), precompressedScript);
  writeFileSync(path.join(webRoot, 'assets', 'record-C7pLm0Xw.js.br'), precompressedBr);
  app = await createServer({ webRoot, casesDir: path.join(dir, 'cases') });
});

afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('delivery of the built app', () => {
  it('sends a hashed asset brotli-compressed when the browser accepts brotli', async () => {
    const res = await app.inject({ url: '/assets/index-B2x9QmZa.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a browser that accepts only gzip', async () => {
    const res = await app.inject({ url: '/assets/index-B2x9QmZa.js', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toBe(script);
  });

  it('lets browsers keep a hashed asset for a year without asking again', async () => {
    const res = await app.inject({ url: '/assets/index-B2x9QmZa.js' });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('makes browsers re-check the index page at the root and on the app paths', async () => {
    for (const url of ['/', '/index.html', '/?case=libya-2019.yaml', '/some/page']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('compresses the index page too', async () => {
    const res = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it("sends the build's precompressed brotli copy as it is, with the script's type", async () => {
    const res = await app.inject({ url: '/assets/record-C7pLm0Xw.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(?:text|application)\/javascript/);
    expect(Buffer.compare(res.rawPayload, precompressedBr)).toBe(0);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(precompressedScript);
  });

  it('keeps a precompressed copy immutable and says the answer varies with accept-encoding', async () => {
    const res = await app.inject({ url: '/assets/record-C7pLm0Xw.js', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
  });

  it('compresses a file on the fly when the build left no copy of it in that encoding', async () => {
    const res = await app.inject({ url: '/assets/record-C7pLm0Xw.js', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toBe(precompressedScript);
  });

  it('does not mark a file without a content hash as immutable', () => {
    expect(cacheControlFor('/srv/dist/favicon.svg')).toBe('no-cache');
    expect(cacheControlFor('/srv/dist/assets/logo.svg')).toBe('no-cache');
    expect(cacheControlFor('/srv/dist/assets/chamber-Dk3_a9Qx.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/srv/dist/assets/chamber-Dk3_a9Qx.js.br')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/srv/dist/index.html.br')).toBe('no-cache');
  });
});
