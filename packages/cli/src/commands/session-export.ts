import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { sessionGroup } from './session-group.ts';
import { DATABASE_URL_HELP, openStoreFromFlags, SESSION_DB_HELP, type SessionStoreFlags } from './session-store.ts';

interface ExportFlags extends SessionStoreFlags {
  after: string;
  json?: boolean;
}

/** `horseshoe session export ID`: the whole event log, one JSON object per line. */
export function registerSessionExport(program: Command): void {
  sessionGroup(program)
    .command('export <id>')
    .description(
      "Print a session's event log as JSON lines, in seq order (every event, private positions included: the store's owner reads it)",
    )
    .option('--session-db <file>', SESSION_DB_HELP)
    .option('--database-url <url>', DATABASE_URL_HELP)
    .option('--after <n>', 'only the events after this seq', '0')
    .option('--json', 'the same JSON lines (the output is always JSON)')
    .action(async (id: string, flags: ExportFlags) => {
      if (!/^\d+$/.test(flags.after)) throw new UsageError(`--after: expected a whole number ≥ 0, got ${flags.after}`);
      const store = await openStoreFromFlags(flags);
      try {
        if ((await store.getSession(id)) === null) throw new UsageError(`no session ${id} in this store`);
        for (const event of await store.read(id, Number(flags.after)))
          process.stdout.write(`${JSON.stringify(event)}\n`);
      } finally {
        await store.close();
      }
    });
}
