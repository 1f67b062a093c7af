import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  spec TEXT NOT NULL,
  token_hashes TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS events (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS commands (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  role TEXT NOT NULL,
  command_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  PRIMARY KEY (session_id, role, command_id)
) WITHOUT ROWID;
`;

interface SessionRow {
  id: string;
  title: string;
  date: string;
  created_at: string;
  spec: string;
  token_hashes: string;
}

/**
 * The embedded session store: one SQLite file in WAL mode. With `synchronous = NORMAL` (the default) a
 * committed append survives the process being killed at any moment (`kill -9`): the WAL is in the
 * operating system's hands when the commit returns; only a power cut or OS crash may lose the last
 * commits. `synchronous: 'FULL'` syncs every commit to disk too (about ten times slower per command).
 * One process writes it at a time (use PostgreSQL for several).
 */
export class SqliteStore implements SessionStore {
  readonly kind = 'sqlite' as const;
  readonly #db: Database.Database;
  readonly #listeners = new Listeners();
  readonly #appendTx: (
    id: string,
    events: readonly StoredEvent[],
    expectedVersion: number,
    command?: CommandKey & { readonly answer: CommandAnswer },
  ) => AppendResult;

  /** Opens (creating when missing) the store in `file`; its folder is created too. */
  constructor(
    readonly file: string,
    options: { readonly synchronous?: 'NORMAL' | 'FULL' } = {},
  ) {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    this.#db.pragma('busy_timeout = 5000');
    this.#db.pragma('foreign_keys = ON');
    this.#db.exec(SCHEMA);
    const db = this.#db;
    const bump = db.prepare('UPDATE sessions SET version = ? WHERE id = ? AND version = ?');
    const versionOf = db.prepare<[string], { version: number }>('SELECT version FROM sessions WHERE id = ?');
    const insertEvent = db.prepare('INSERT INTO events (session_id, seq, body) VALUES (?, ?, ?)');
    const hasCommand = db.prepare('SELECT 1 FROM commands WHERE session_id = ? AND role = ? AND command_id = ?');
    const insertCommand = db.prepare('INSERT INTO commands (session_id, role, command_id, answer) VALUES (?, ?, ?, ?)');
    this.#appendTx = db.transaction((id, events, expectedVersion, command): AppendResult => {
      const row = versionOf.get(id);
      if (!row) throw new Error(`no session ${id}`);
      if (command && hasCommand.get(id, command.role, command.commandId)) {
        return { ok: false, reason: 'duplicate-command' };
      }
      const version = expectedVersion + events.length;
      if (bump.run(version, id, expectedVersion).changes !== 1) {
        return { ok: false, reason: 'version-conflict', version: row.version };
      }
      for (const event of events) insertEvent.run(id, event.seq, JSON.stringify(event));
      if (command) insertCommand.run(id, command.role, command.commandId, JSON.stringify(command.answer));
      return { ok: true, version };
    });
  }

  async createSession(record: SessionRecord, events: readonly StoredEvent[]): Promise<void> {
    const problem = seqProblem(events, 0);
    if (problem) throw new Error(`create ${record.id}: ${problem}`);
    const insertSession = this.#db.prepare(
      'INSERT INTO sessions (id, title, date, created_at, spec, token_hashes, version) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertEvent = this.#db.prepare('INSERT INTO events (session_id, seq, body) VALUES (?, ?, ?)');
    this.#db.transaction(() => {
      insertSession.run(
        record.id,
        record.title,
        record.date,
        record.createdAt,
        JSON.stringify(record.spec),
        JSON.stringify(record.tokenHashes),
        events.length,
      );
      for (const event of events) insertEvent.run(record.id, event.seq, JSON.stringify(event));
    })();
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const row = this.#db
      .prepare<[string], SessionRow>(
        'SELECT id, title, date, created_at, spec, token_hashes FROM sessions WHERE id = ?',
      )
      .get(id);
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
    return this.#db
      .prepare<[], { id: string }>('SELECT id FROM sessions ORDER BY created_at, id')
      .all()
      .map((r) => r.id);
  }

  async append(
    id: string,
    events: readonly StoredEvent[],
    expectedVersion: number,
    command?: CommandKey & { readonly answer: CommandAnswer },
  ): Promise<AppendResult> {
    const problem = seqProblem(events, expectedVersion);
    if (problem) throw new Error(`append to ${id}: ${problem}`);
    const result = this.#appendTx(id, events, expectedVersion, command);
    if (result.ok && events.length > 0) this.#listeners.emit(id, result.version);
    return result;
  }

  async appendLocked(
    id: string,
    after: number,
    decide: (fresh: readonly StoredEvent[]) => LockedPlan | null,
  ): Promise<LockedResult> {
    // One writer at a time: a write transaction (BEGIN IMMEDIATE) holds the database's lock throughout.
    const result = this.#db
      .transaction((): LockedResult | AppendResult => {
        const fresh = this.#db
          .prepare<[string, number], { body: string }>(
            'SELECT body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq',
          )
          .all(id, after)
          .map((r) => JSON.parse(r.body) as StoredEvent);
        const plan = decide(fresh);
        if (!plan) return { ok: false, reason: 'declined' };
        const problem = seqProblem(plan.events, after + fresh.length);
        if (problem) throw new Error(`append to ${id}: ${problem}`);
        return this.#appendTx(id, plan.events, after + fresh.length, plan.command);
      })
      .immediate();
    if (!result.ok && result.reason === 'version-conflict') throw new Error(`append to ${id}: lost the lock`);
    if (result.ok) this.#listeners.emit(id, result.version);
    return result as LockedResult;
  }

  async read(id: string, after: number): Promise<StoredEvent[]> {
    return this.#db
      .prepare<[string, number], { body: string }>(
        'SELECT body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq',
      )
      .all(id, after)
      .map((r) => JSON.parse(r.body) as StoredEvent);
  }

  async findCommand(id: string, key: CommandKey): Promise<CommandAnswer | null> {
    const row = this.#db
      .prepare<[string, string, string], { answer: string }>(
        'SELECT answer FROM commands WHERE session_id = ? AND role = ? AND command_id = ?',
      )
      .get(id, key.role, key.commandId);
    return row ? (JSON.parse(row.answer) as CommandAnswer) : null;
  }

  subscribe(listener: AppendListener): () => void {
    return this.#listeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
