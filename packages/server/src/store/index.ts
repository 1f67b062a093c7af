// Session stores: one interface, three engines.

export { MemoryStore } from './memory-store.ts';
export { NOTIFY_CHANNEL, PostgresStore } from './postgres-store.ts';
export { SqliteStore } from './sqlite-store.ts';
export type * from './types.ts';

import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import type { SessionStore } from './types.ts';

/** Opens the store a URL or file names: `postgres://…` (or `postgresql://…`) is PostgreSQL, anything else a SQLite file. */
export async function openSessionStore(where: string): Promise<SessionStore> {
  if (/^postgres(ql)?:\/\//.test(where)) return PostgresStore.open(where);
  return new SqliteStore(where);
}
