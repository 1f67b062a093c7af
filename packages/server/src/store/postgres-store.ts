import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { Listeners } from './listeners.ts';
import {
  type AppendListener,
  type AppendResult,
  type CommandAnswer,
  type CommandKey,
  type LockedPlan,
  type LockedResult,
  type SessionRecord,
  type SessionStore,
  type StoredEvent,
  seqProblem,
} from './types.ts';

interface Tables {
  sessions: {
    id: string;
    title: string;
    date: string;
    created_at: string;
    spec: string;
    token_hashes: string;
    version: number;
  };
  events: { session_id: string; seq: number; body: string };
  commands: { session_id: string; role: string; command_id: string; answer: string };
}

/** The NOTIFY channel every server process listens on; the payload is `ID VERSION`. */
export const NOTIFY_CHANNEL = 'horseshoe_session_appended';
/** Serialises schema creation when several processes start at once. */
const SCHEMA_LOCK = 7_202_612;
const RECONNECT_MS = 500;

/**
 * The shared session store: PostgreSQL through `pg` and Kysely. Several server processes may use one
 * database: an append takes the session row's lock (optimistic, on `version`), and `LISTEN/NOTIFY` tells
 * every process about every append, so each can push the new events to its own live clients.
 */
export class PostgresStore implements SessionStore {
  readonly kind = 'postgres' as const;
  readonly #db: Kysely<Tables>;
  readonly #url: string;
  readonly #listeners = new Listeners();
  #listener: pg.Client | null = null;
  #closed = false;

  private constructor(url: string) {
    this.#url = url;
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection that breaks is dropped by the pool; the next query opens another.
    pool.on('error', () => {});
    this.#db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  }

  /** Connects to `url` (`postgres://…`), creates the tables when missing and starts listening. */
  static async open(url: string): Promise<PostgresStore> {
    const store = new PostgresStore(url);
    try {
      await store.#migrate();
      await store.#listen();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async #migrate(): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`.execute(tx);
      await tx.schema
        .createTable('sessions')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('spec', 'text', (c) => c.notNull())
        .addColumn('token_hashes', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await tx.schema
        .createTable('events')
        .ifNotExists()
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['session_id', 'seq'])
        .execute();
      await tx.schema
        .createTable('commands')
        .ifNotExists()
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('command_id', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('commands_pk', ['session_id', 'role', 'command_id'])
        .execute();
    });
  }

  async #listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#url });
    client.on('notification', (message) => {
      const [id, version] = (message.payload ?? '').split(' ');
      if (id && version) this.#listeners.emit(id, Number(version));
    });
    client.on('error', () => {
      // The connection dropped: reconnect, then tell every listener where every session is now,
      // since notifications sent in between are lost.
      void client.end().catch(() => {});
      this.#listener = null;
      if (!this.#closed) setTimeout(() => void this.#relisten(), RECONNECT_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    this.#listener = client;
  }

  async #relisten(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.#listen();
      const rows = await this.#db.selectFrom('sessions').select(['id', 'version']).execute();
      for (const row of rows) this.#listeners.emit(row.id, row.version);
    } catch {
      setTimeout(() => void this.#relisten(), RECONNECT_MS);
    }
  }

  async createSession(record: SessionRecord, events: readonly StoredEvent[]): Promise<void> {
    const problem = seqProblem(events, 0);
    if (problem) throw new Error(`create ${record.id}: ${problem}`);
    await this.#db.transaction().execute(async (tx) => {
      await tx
        .insertInto('sessions')
        .values({
          id: record.id,
          title: record.title,
          date: record.date,
          created_at: record.createdAt,
          spec: JSON.stringify(record.spec),
          token_hashes: JSON.stringify(record.tokenHashes),
          version: events.length,
        })
        .execute();
      if (events.length > 0) {
        await tx
          .insertInto('events')
          .values(events.map((e) => ({ session_id: record.id, seq: e.seq, body: JSON.stringify(e) })))
          .execute();
      }
    });
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const row = await this.#db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      date: row.date,
      createdAt: row.created_at,
      spec: JSON.parse(row.spec),
      tokenHashes: JSON.parse(row.token_hashes),
    };
  }

  async listSessions(): Promise<string[]> {
    const rows = await this.#db.selectFrom('sessions').select('id').orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  /**
   * One statement (one round trip, its own transaction): bump the version if it is still
   * `expectedVersion`, insert the events and the command's answer, notify the other processes.
   */
  async append(
    id: string,
    events: readonly StoredEvent[],
    expectedVersion: number,
    command?: CommandKey & { readonly answer: CommandAnswer },
  ): Promise<AppendResult> {
    const problem = seqProblem(events, expectedVersion);
    if (problem) throw new Error(`append to ${id}: ${problem}`);
    const version = expectedVersion + events.length;
    const rows = JSON.stringify(events.map((e) => ({ seq: e.seq, body: JSON.stringify(e) })));
    try {
      const { rows: bumped } = await sql<{ id: string }>`
        WITH bumped AS (
          UPDATE sessions SET version = ${version} WHERE id = ${id} AND version = ${expectedVersion} RETURNING id
        ), ev AS (
          INSERT INTO events (session_id, seq, body)
          SELECT b.id, e.seq, e.body FROM bumped b, jsonb_to_recordset(${rows}::jsonb) AS e(seq integer, body text)
        ), cmd AS (
          INSERT INTO commands (session_id, role, command_id, answer)
          SELECT b.id, ${command?.role ?? ''}, ${command?.commandId ?? ''}, ${JSON.stringify(command?.answer ?? null)}
          FROM bumped b WHERE ${command !== undefined}
        )
        SELECT b.id, CASE WHEN ${events.length > 0} THEN pg_notify(${NOTIFY_CHANNEL}, ${`${id} ${version}`}) END
        FROM bumped b`.execute(this.#db);
      if (bumped.length === 1) return { ok: true, version };
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      if (e.code !== '23505') throw error;
      // The same role sent this commandId already; or another writer took this seq first.
      if (e.constraint === 'commands_pk') return { ok: false, reason: 'duplicate-command' };
    }
    const row = await this.#db.selectFrom('sessions').select('version').where('id', '=', id).executeTakeFirst();
    if (!row) throw new Error(`no session ${id}`);
    return { ok: false, reason: 'version-conflict', version: row.version };
  }

  async appendLocked(
    id: string,
    after: number,
    decide: (fresh: readonly StoredEvent[]) => LockedPlan | null,
  ): Promise<LockedResult> {
    const result = await this.#db.transaction().execute(async (tx): Promise<LockedResult & { version?: number }> => {
      // The session row's lock: optimistic writers (UPDATE … WHERE version = …) wait until we commit.
      const row = await tx.selectFrom('sessions').select('version').where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row) throw new Error(`no session ${id}`);
      const fresh = (
        await tx
          .selectFrom('events')
          .select('body')
          .where('session_id', '=', id)
          .where('seq', '>', after)
          .orderBy('seq')
          .execute()
      ).map((r) => JSON.parse(r.body) as StoredEvent);
      const plan = decide(fresh);
      if (!plan) return { ok: false, reason: 'declined' };
      const problem = seqProblem(plan.events, row.version);
      if (problem) throw new Error(`append to ${id}: ${problem}`);
      if (plan.command) {
        const seen = await tx
          .selectFrom('commands')
          .select('session_id')
          .where('session_id', '=', id)
          .where('role', '=', plan.command.role)
          .where('command_id', '=', plan.command.commandId)
          .executeTakeFirst();
        if (seen) return { ok: false, reason: 'duplicate-command' };
      }
      const version = row.version + plan.events.length;
      await tx.updateTable('sessions').set({ version }).where('id', '=', id).execute();
      await this.#insert(tx, id, plan.events, plan.command);
      if (plan.events.length > 0) await sql`SELECT pg_notify(${NOTIFY_CHANNEL}, ${`${id} ${version}`})`.execute(tx);
      return { ok: true, version };
    });
    return result;
  }

  async #insert(
    tx: Transaction<Tables>,
    id: string,
    events: readonly StoredEvent[],
    command: (CommandKey & { readonly answer: CommandAnswer }) | undefined,
  ): Promise<void> {
    if (events.length > 0) {
      await tx
        .insertInto('events')
        .values(events.map((e) => ({ session_id: id, seq: e.seq, body: JSON.stringify(e) })))
        .execute();
    }
    if (command) {
      await tx
        .insertInto('commands')
        .values({
          session_id: id,
          role: command.role,
          command_id: command.commandId,
          answer: JSON.stringify(command.answer),
        })
        .execute();
    }
  }

  async read(id: string, after: number): Promise<StoredEvent[]> {
    const rows = await this.#db
      .selectFrom('events')
      .select('body')
      .where('session_id', '=', id)
      .where('seq', '>', after)
      .orderBy('seq')
      .execute();
    return rows.map((r) => JSON.parse(r.body) as StoredEvent);
  }

  async findCommand(id: string, key: CommandKey): Promise<CommandAnswer | null> {
    const row = await this.#db
      .selectFrom('commands')
      .select('answer')
      .where('session_id', '=', id)
      .where('role', '=', key.role)
      .where('command_id', '=', key.commandId)
      .executeTakeFirst();
    return row ? (JSON.parse(row.answer) as CommandAnswer) : null;
  }

  subscribe(listener: AppendListener): () => void {
    return this.#listeners.add(listener);
  }

  async close(): Promise<void> {
    this.#closed = true;
    const listener = this.#listener;
    this.#listener = null;
    await listener?.end().catch(() => {});
    await this.#db.destroy();
  }
}
