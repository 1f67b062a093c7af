// A session server as its own process, for the crash and multi-process tests and the benchmark:
//   node --import tsx child-server.test-helper.ts STORE [PORT]
// STORE is a SQLite file or a postgres:// URL. Prints {"url": …} on stdout once listening.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from '../http/create-server.ts';
import { openSessionStore } from '../store/index.ts';
import { SESSION_ENGINE } from './engine-adapter.ts';
import { SessionService } from './service.ts';

const [where, port = '0', rateMax = '120'] = process.argv.slice(2);
if (!where) throw new Error('usage: child-server STORE [PORT] [RATE_MAX]');
const webRoot = mkdtempSync(path.join(tmpdir(), 'horseshoe-child-'));
writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Horseshoe</title>');
const store = await openSessionStore(where);
const service = new SessionService(store, SESSION_ENGINE);
await service.resume();
const app = await createServer({ webRoot, casesDir: webRoot, sessions: { service, rateMax: Number(rateMax) } });
const url = await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url, pid: process.pid })}\n`);
process.once('SIGTERM', () => {
  void app.close().then(async () => {
    service.close();
    await store.close();
    process.exit(0);
  });
});
