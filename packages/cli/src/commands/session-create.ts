import { SESSION_ENGINE, SessionService, type SessionTokens } from '@horseshoe/server';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { loadScenarioFile, readInputFile } from '../input-file.ts';
import { formatTable, printResult } from '../output.ts';
import { sessionGroup } from './session-group.ts';
import { DATABASE_URL_HELP, openStoreFromFlags, SESSION_DB_HELP, type SessionStoreFlags } from './session-store.ts';

interface CreateFlags extends SessionStoreFlags {
  date: string;
  scenario?: string;
  title?: string;
  server?: string;
  publicUrl: string;
  json?: boolean;
}

/** What `session create` prints (with `--json`, as is). */
interface Created {
  id: string;
  title: string;
  tokens: SessionTokens;
  links: { chair: string; gallery: string; seats: Record<string, string> };
}

/** `horseshoe session create`: a new live session and one link per role. */
export function registerSessionCreate(program: Command): void {
  sessionGroup(program)
    .command('create')
    .description(
      'Create a live session on a date (the Council then), optionally from a scenario whose decisions become circulated drafts; prints one secret link per role',
    )
    .requiredOption('--date <YYYY-MM-DD>', "the session's date: the Council's composition on it")
    .option('--scenario <file>', 'a scenario file (YAML or JSON): its decisions become circulated drafts')
    .option('--title <text>', "the session's title (default: the scenario's, else 'Session of DATE')")
    .option('--server <url>', 'create it on a running `horseshoe serve` (e.g. http://127.0.0.1:5175)')
    .option('--session-db <file>', `without --server: ${SESSION_DB_HELP}`)
    .option('--database-url <url>', `without --server: ${DATABASE_URL_HELP}`)
    .option('--public-url <url>', 'without --server: the address the links point to', 'http://127.0.0.1:5175')
    .option('--json', 'print {id, title, tokens, links} as JSON')
    .action(async (flags: CreateFlags) => {
      const created = await createSessionFromFlags(flags);
      printResult(flags.json ?? false, created, () => render(created));
    });
}

async function createSessionFromFlags(flags: CreateFlags): Promise<Created> {
  let scenarioText: string | undefined;
  let title = flags.title;
  if (flags.scenario !== undefined) {
    const scenario = loadScenarioFile(flags.scenario, '--scenario', 'no session created');
    scenarioText = readInputFile(flags.scenario, '--scenario');
    title ??= scenario.title;
  }
  const body = { title: title ?? `Session of ${flags.date}`, date: flags.date, scenario: scenarioText };
  if (flags.server !== undefined) {
    if (flags.sessionDb !== undefined || flags.databaseUrl !== undefined) {
      throw new UsageError('--server: the server keeps its own store; drop --session-db and --database-url');
    }
    return createRemote(flags.server, body);
  }
  return createLocal(flags, body);
}

async function createRemote(server: string, body: object): Promise<Created> {
  let url: URL;
  try {
    url = new URL('/api/sessions', server);
  } catch {
    throw new UsageError(`--server: not a URL: ${server}`);
  }
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new Error(`--server ${server}: cannot reach it (${error instanceof Error ? error.message : String(error)})`);
  }
  const answer = (await res.json().catch(() => null)) as (Created & { error?: { message: string } }) | null;
  if (res.status === 201 && answer) return { ...answer, title: (body as { title: string }).title };
  const message = answer?.error?.message ?? `HTTP ${res.status}`;
  if (res.status >= 400 && res.status < 500) throw new UsageError(`the server refused the session: ${message}`);
  throw new Error(`the server failed to create the session: ${message}`);
}

async function createLocal(flags: CreateFlags, body: { title: string; date: string; scenario?: string | undefined }) {
  const parsed = SESSION_ENGINE.parseCreate(body);
  // The request's fields are this command's flags: `date: …` is said as `--date: …`.
  if (!parsed.ok) throw new UsageError(parsed.failure.message.replace(/^(date|title|scenario)\b/, '--$1'));
  const store = await openStoreFromFlags(flags);
  const service = new SessionService(store, SESSION_ENGINE, { tickMs: 0 });
  try {
    const made = await service.create(parsed.input).catch((error: unknown) => {
      const f = (error as { failure?: { message: string } }).failure;
      throw f ? new UsageError(`--date ${flags.date}: ${f.message}`) : error;
    });
    const base = flags.publicUrl.replace(/\/$/, '');
    const link = (token: string) => `${base}/sessions/${made.id}#token=${token}`;
    return {
      id: made.id,
      title: body.title,
      tokens: made.tokens,
      links: {
        chair: link(made.tokens.chair),
        gallery: link(made.tokens.gallery),
        seats: Object.fromEntries(Object.entries(made.tokens.seats).map(([code, t]) => [code, link(t)])),
      },
    };
  } finally {
    service.close();
    await store.close();
  }
}

function render(created: Created): string {
  const rows = [
    ['chair', created.links.chair],
    ['gallery', created.links.gallery],
    ...Object.entries(created.links.seats).map(([code, url]) => [`seat:${code}`, url]),
  ];
  return [
    `Session ${created.id}: ${created.title}`,
    'Each link holds a secret token: give each one only to the delegation it is for; it is shown only now.',
    '',
    formatTable(rows, ['role', 'link']),
  ].join('\n');
}
