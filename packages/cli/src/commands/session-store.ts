// Where the session commands (and `horseshoe serve`) keep live sessions: a SQLite file by default, or
// PostgreSQL with --database-url.
import os from 'node:os';
import path from 'node:path';
import { openSessionStore, type SessionStore } from '@horseshoe/server';
import { UsageError } from '../cli-error.ts';

/** The flags that choose the session store. */
export interface SessionStoreFlags {
  sessionDb?: string;
  databaseUrl?: string;
}

/** The default session database: `$XDG_DATA_HOME/horseshoe/sessions.db` (else `~/.local/share/…`). */
export function defaultSessionDbPath(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'horseshoe', 'sessions.db');
}

/** Help text of `--session-db`. */
export const SESSION_DB_HELP = `the SQLite file of live sessions (default ${defaultSessionDbPath()})`;
/** Help text of `--database-url`. */
export const DATABASE_URL_HELP =
  'keep live sessions in PostgreSQL instead (postgres://USER:PASSWORD@HOST:PORT/DB); several servers may share it';

/** Opens the store the flags name; a usage error (exit 2) names the flag when it cannot. */
export async function openStoreFromFlags(flags: SessionStoreFlags): Promise<SessionStore> {
  if (flags.sessionDb !== undefined && flags.databaseUrl !== undefined) {
    throw new UsageError('--session-db and --database-url: give one store, not both');
  }
  if (flags.databaseUrl !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(flags.databaseUrl)) {
      throw new UsageError(`--database-url: expected postgres://…, got ${flags.databaseUrl}`);
    }
    try {
      return await openSessionStore(flags.databaseUrl);
    } catch (error) {
      throw new UsageError(`--database-url: cannot use the database (${reasonOf(error)})`);
    }
  }
  const file = flags.sessionDb ?? defaultSessionDbPath();
  try {
    return await openSessionStore(path.resolve(file));
  } catch (error) {
    throw new UsageError(`--session-db ${file}: not a Horseshoe session database (${reasonOf(error)})`);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
