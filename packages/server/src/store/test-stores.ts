// Test helpers: every store test runs against memory, SQLite and PostgreSQL.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MemoryStore } from './memory-store.ts';
import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import type { SessionStore } from './types.ts';

/**
 * The PostgreSQL server the tests use: `HORSESHOE_TEST_PG_URL` (set by `npm test` through
 * scripts/ensure-postgres.sh), else the role that script creates. Tests fail, never skip, without it.
 */
export function testPostgresUrl(): string {
  return process.env.HORSESHOE_TEST_PG_URL ?? 'postgres://horseshoe_test:horseshoe_test@127.0.0.1:5432/postgres';
}

/** A fresh, uniquely named PostgreSQL database; `drop` removes it (after every client has closed). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = testPostgresUrl();
  const name = `horseshoe_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL is not reachable at ${admin} (${reason}); run scripts/ensure-postgres.sh`);
  }
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A store factory for one engine: `open` makes a fresh empty store, `reopen` the same one again. */
export interface TestStoreKind {
  readonly kind: SessionStore['kind'];
  /** A fresh, empty store and a way to open another handle on the same data (same file or database). */
  create(): Promise<{ store: SessionStore; reopen: () => Promise<SessionStore>; cleanup: () => Promise<void> }>;
}

/** Memory, SQLite (a temporary file) and PostgreSQL (a temporary database). */
export const TEST_STORE_KINDS: readonly TestStoreKind[] = [
  {
    kind: 'memory',
    async create() {
      const store = new MemoryStore();
      return { store, reopen: async () => store, cleanup: async () => {} };
    },
  },
  {
    kind: 'sqlite',
    async create() {
      const dir = mkdtempSync(path.join(tmpdir(), 'horseshoe-store-'));
      const file = path.join(dir, 'sessions.db');
      const opened: SqliteStore[] = [new SqliteStore(file)];
      return {
        store: opened[0] as SqliteStore,
        reopen: async () => {
          const again = new SqliteStore(file);
          opened.push(again);
          return again;
        },
        cleanup: async () => {
          for (const s of opened) await s.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    kind: 'postgres',
    async create() {
      const database = await createTestDatabase();
      const opened: PostgresStore[] = [await PostgresStore.open(database.url)];
      return {
        store: opened[0] as PostgresStore,
        reopen: async () => {
          const again = await PostgresStore.open(database.url);
          opened.push(again);
          return again;
        },
        cleanup: async () => {
          for (const s of opened) await s.close();
          await database.drop();
        },
      };
    },
  },
];
