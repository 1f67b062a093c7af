import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isVetoCode, libyaTimeline, openRecordDb, recordStats, searchDecisions } from '@horseshoe/record';
import {
  type AuditEntry,
  createAdvicePool,
  createServer,
  memoByFiles,
  type RecordSource,
  SESSION_ENGINE,
  SessionService,
} from '@horseshoe/server';
import type { Command } from 'commander';
import { CASES_DIR, REPO_ROOT, WEB_ROOT } from '../assets.ts';
import { UsageError } from '../cli-error.ts';
import { printResult } from '../output.ts';
import { defaultDbPath } from './history.ts';
import { checkHost, stopOnSignal } from './serve-guard.ts';
import { DATABASE_URL_HELP, openStoreFromFlags, SESSION_DB_HELP } from './session-store.ts';

const DEFAULT_CASE = 'libya-2019.yaml';

interface ServeOptions {
  port: string;
  host: string;
  recordDb?: string;
  sessionDb?: string;
  databaseUrl?: string;
  publicUrl?: string;
  build: boolean;
  json: boolean;
}

/** Registers `horseshoe serve`: the web app and its API on one port. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app (the chamber, what-ifs, search, power, the record) with the Libya 2019 case open.')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '5175')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--record-db <file>',
      `record database made by \`horseshoe history import\`, for the record charts (default ${defaultDbPath()} when it exists)`,
    )
    .option('--session-db <file>', SESSION_DB_HELP)
    .option('--database-url <url>', DATABASE_URL_HELP)
    .option('--public-url <url>', 'the address session links point to (default: the address each request came to)')
    .option('--no-build', 'fail instead of building the web app when it is missing')
    .option('--json', 'print {"url", "record"} as JSON once listening', false)
    .action(async (options: ServeOptions) => {
      await serve(options);
    });
}

async function serve(options: ServeOptions): Promise<void> {
  const port = parsePort(options.port);
  const allowedHosts = checkHost(options.host);
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) buildWebApp(options.build, options.json);
  const record = openRecord(options.recordDb);
  const store = await openStoreFromFlags(options);
  // Refusals go to stderr as JSON lines for the audit trail: who (role, never the token), what, why.
  const audit = (entry: AuditEntry) => process.stderr.write(`${JSON.stringify({ audit: entry })}\n`);
  const service = new SessionService(store, SESSION_ENGINE, { audit });
  await service.resume();
  const advice = createAdvicePool();
  const app = await createServer({
    webRoot: WEB_ROOT,
    casesDir: CASES_DIR,
    defaultCase: DEFAULT_CASE,
    ...(record ? { record } : {}),
    // Links to --public-url come back with its name in Host: answer to it too.
    allowedHosts:
      allowedHosts !== 'any' && options.publicUrl !== undefined
        ? [...allowedHosts, publicHost(options.publicUrl)]
        : allowedHosts,
    sessions: {
      service,
      advise: advice.advise,
      ...(options.publicUrl !== undefined ? { publicUrl: options.publicUrl } : {}),
    },
  });
  app.addHook('onClose', async () => {
    service.close();
    await advice.close();
    await store.close();
  });
  // Listen for Ctrl-C and SIGTERM before announcing the URL: a supervisor may stop us as soon as it reads it.
  const { stopped, off } = stopOnSignal(
    () => app.close(),
    () => app.server.closeAllConnections(),
  );
  let address: string;
  try {
    address = await app.listen({ port, host: options.host });
  } catch (error) {
    off();
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--port ${options.port} --host ${options.host}: cannot listen (${reason})`);
  }
  const url = `${address}/?case=${DEFAULT_CASE}`;
  const recordNote = record ? `record: ${record.label}` : 'no record database (see `horseshoe history import`)';
  const sessions =
    store.kind === 'postgres' ? 'PostgreSQL (--database-url)' : (options.sessionDb ?? 'the default session database');
  printResult(options.json, { url, record: record?.label ?? null, sessions: store.kind }, () =>
    [
      `Horseshoe is serving the web app at ${url}`,
      recordNote,
      `live sessions: ${sessions} (create one with \`horseshoe session create --server ${address}\`)`,
      '(press Ctrl-C to stop)',
    ].join('\n'),
  );
  await stopped;
}

/** The record for the charts: `--record-db FILE`, else the default database when it exists, else none. */
function openRecord(file: string | undefined): RecordSource | undefined {
  const path = file ?? defaultDbPath();
  if (!existsSync(path)) {
    if (file === undefined) return undefined;
    throw new UsageError(`--record-db ${file}: no such file (make it with \`horseshoe history import --db ${file}\`)`);
  }
  let db: ReturnType<typeof openRecordDb>;
  try {
    db = openRecordDb(path, { readonly: true });
    recordStats(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--record-db ${path}: not a Horseshoe record database (${reason})`);
  }
  // Statistics and the Libya timeline are kept until the database (or its write-ahead log) changes.
  const files = [path, `${path}-wal`];
  return {
    label: path,
    stats: memoByFiles(files, () => recordStats(db)),
    libyaTimeline: memoByFiles(files, () => libyaTimeline(db)),
    // protocol's schema already checked the member code against the engine's permanent members.
    search: ({ vetoedBy, ...rest }) =>
      searchDecisions(db, { ...rest, ...(vetoedBy !== undefined && isVetoCode(vetoedBy) ? { vetoedBy } : {}) }),
  };
}

function publicHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    throw new UsageError(`--public-url must be an absolute URL such as https://council.example, not ${url}`);
  }
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${text}`);
  return port;
}

function buildWebApp(allowed: boolean, quiet: boolean): void {
  const how = 'npm run build (from the repository root)';
  if (REPO_ROOT === undefined)
    throw new Error(`the installed package lacks its web app: ${WEB_ROOT}/index.html is missing`);
  if (!allowed) throw new Error(`the web app is not built: ${WEB_ROOT}/index.html is missing; build it with ${how}`);
  if (!quiet) process.stderr.write(`The web app is not built yet; building it with ${how}…\n`);
  const result = spawnSync('npm', ['run', 'build', '--workspace', '@horseshoe/web'], {
    cwd: REPO_ROOT,
    stdio: quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 || !existsSync(path.join(WEB_ROOT, 'index.html'))) {
    throw new Error(`building the web app failed; run ${how} to see why`);
  }
}
