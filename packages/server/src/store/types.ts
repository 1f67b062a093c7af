// The session store: one interface, three engines (memory for tests, SQLite embedded, PostgreSQL shared).

/** One event as stored: `seq` is 1, 2, 3 … per session with no gaps; the rest is the event's JSON. */
export interface StoredEvent {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly actor: string;
  readonly [field: string]: unknown;
}

/** A role's token hashes: SHA-256 hex of each token, never the token itself. */
export interface TokenHashes {
  readonly chair: string;
  readonly gallery: string;
  readonly seats: Readonly<Record<string, string>>;
}

/** What a session is created with; `spec` is whatever the reducer's `createSession` needs, as JSON. */
export interface SessionRecord {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly createdAt: string;
  readonly spec: unknown;
  readonly tokenHashes: TokenHashes;
}

/** The answer to a command, kept under its idempotency key so that a resend gets the same answer. */
export interface CommandAnswer {
  readonly version: number;
  readonly events: readonly StoredEvent[];
}

/** Who sent which command: the idempotency key of the contract (same role, same `commandId`). */
export interface CommandKey {
  readonly role: string;
  readonly commandId: string;
}

/** The result of {@link SessionStore.append}. */
export type AppendResult =
  | { readonly ok: true; readonly version: number }
  /** `version`: the log moved on since `expectedVersion` (another writer); read and retry. */
  | { readonly ok: false; readonly reason: 'version-conflict'; readonly version: number }
  /** The same role already sent this `commandId`: look its answer up with {@link SessionStore.findCommand}. */
  | { readonly ok: false; readonly reason: 'duplicate-command' };

/** What {@link SessionStore.appendLocked}'s `decide` wants appended. */
export interface LockedPlan {
  readonly events: readonly StoredEvent[];
  readonly command?: CommandKey & { readonly answer: CommandAnswer };
}

/** The result of {@link SessionStore.appendLocked}. */
export type LockedResult =
  | { readonly ok: true; readonly version: number }
  | { readonly ok: false; readonly reason: 'duplicate-command' | 'declined' };

/** Called when a session's log grows to `version` (by this process or, with PostgreSQL, any other). */
export type AppendListener = (sessionId: string, version: number) => void;

/**
 * Durable session storage. Appends are atomic: the events, the new version and the command's answer
 * are all written or none is. Every method is safe to call concurrently from one process; with
 * PostgreSQL, from many.
 */
export interface SessionStore {
  /** `memory`, `sqlite` or `postgres`. */
  readonly kind: 'memory' | 'sqlite' | 'postgres';
  /** Creates a session whose log starts with `events` (seq 1, 2 …), atomically. Fails if the id exists. */
  createSession(record: SessionRecord, events: readonly StoredEvent[]): Promise<void>;
  /** The session, or `null` when there is none with this id. */
  getSession(id: string): Promise<SessionRecord | null>;
  /** Every session id, oldest first (to restart timers after a restart). */
  listSessions(): Promise<string[]>;
  /**
   * Appends `events` (their `seq` must run on from `expectedVersion`) when the log is still at
   * `expectedVersion`, and records `answer` under `command` when given.
   */
  append(
    id: string,
    events: readonly StoredEvent[],
    expectedVersion: number,
    command?: CommandKey & { readonly answer: CommandAnswer },
  ): Promise<AppendResult>;
  /**
   * Appends what `decide` makes of the events after `after`, holding the session's lock so that no other
   * writer moves the log in between (the fair path after a version conflict: optimistic writers wait).
   * `decide` runs once, synchronously; it returns the events (seq after the fresh ones) or `null` to
   * append nothing (`declined`).
   */
  appendLocked(
    id: string,
    after: number,
    decide: (fresh: readonly StoredEvent[]) => LockedPlan | null,
  ): Promise<LockedResult>;
  /** Every event with `seq > after`, in order. */
  read(id: string, after: number): Promise<StoredEvent[]>;
  /** The answer recorded for this role's `commandId`, or `null`. */
  findCommand(id: string, key: CommandKey): Promise<CommandAnswer | null>;
  /** Calls `listener` after each append; returns the function that stops it. */
  subscribe(listener: AppendListener): () => void;
  /** Releases connections and files. */
  close(): Promise<void>;
}

/** Checks that `events` continue the log at `expectedVersion` without gaps; returns a message or null. */
export function seqProblem(events: readonly StoredEvent[], expectedVersion: number): string | null {
  for (const [i, event] of events.entries()) {
    if (event.seq !== expectedVersion + i + 1) {
      return `event ${i} has seq ${event.seq}, expected ${expectedVersion + i + 1}`;
    }
  }
  return null;
}
