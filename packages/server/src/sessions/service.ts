import { randomBytes } from 'node:crypto';
import type { CommandAnswer, SessionRecord, SessionStore, StoredEvent } from '../store/types.ts';
import { AiRunner } from './ai-runner.ts';
import type { Applied, CreateInput, SessionEnginePort } from './engine-port.ts';
import { type Failure, FailureError, failure } from './failures.ts';
import { SessionHub, type Subscriber } from './hub.ts';
import { issueTokens, roleOfToken, type SessionTokens } from './tokens.ts';

/** One refused request, as the audit log keeps it: never the token. */
export interface AuditEntry {
  readonly at: string;
  readonly event: 'refused';
  readonly sessionId: string | null;
  readonly role: string | null;
  readonly action: string;
  readonly code: string;
  readonly status: number;
  readonly message: string;
}

/** Options of {@link SessionService}. */
export interface SessionServiceOptions {
  /** The clock (tests move it). Default: the system clock. */
  readonly now?: () => Date;
  /** How often due silences and timers are looked for, in ms. Default 250; 0 turns the ticker off. */
  readonly tickMs?: number;
  /** Where refusals are reported. Default: nowhere. */
  readonly audit?: (entry: AuditEntry) => void;
}

/** A refusal of the reducer, before we know whether the command was applied earlier. */
class RefusedError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/**
 * The sessions of one server process over one store: creation, authentication, commands (idempotent,
 * retried on a version conflict), reads as each role may see them, live feeds and time-driven events.
 */
export class SessionService<S> {
  readonly #hubs = new Map<string, Promise<SessionHub<S>>>();
  readonly #records = new Map<string, SessionRecord>();
  readonly #now: () => Date;
  readonly #audit: (entry: AuditEntry) => void;
  readonly #unsubscribe: () => void;
  readonly #ticker: NodeJS.Timeout | null;
  readonly #ai: AiRunner<S>;
  #ticking = false;

  constructor(
    readonly store: SessionStore,
    readonly engine: SessionEnginePort<S>,
    options: SessionServiceOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
    this.#audit = options.audit ?? (() => {});
    this.#ai = new AiRunner(store, engine, this.#now);
    this.#unsubscribe = store.subscribe((id, version) => this.#heard(id, version));
    const tickMs = options.tickMs ?? 250;
    this.#ticker = tickMs > 0 ? setInterval(() => void this.tick(), tickMs) : null;
    this.#ticker?.unref();
  }

  /** Loads every stored session, so that silences and timers that fell due while the server was down end now. */
  async resume(): Promise<number> {
    const ids = await this.store.listSessions();
    for (const id of ids) await this.#hub(id);
    await this.tick();
    return ids.length;
  }

  /** Creates a session: its first events, one token per role. The tokens are returned once, never stored. */
  async create(input: CreateInput): Promise<{ id: string; tokens: SessionTokens; seats: readonly string[] }> {
    // Hex, not base64url: an id must never start with '-' (a command line would read it as a flag).
    const id = randomBytes(9).toString('hex');
    const now = this.#now();
    const made = this.engine.create(id, input, now);
    if (!made.ok) throw new FailureError(made.failure);
    const { tokens, hashes } = issueTokens(made.created.seats);
    const record: SessionRecord = {
      id,
      title: input.title,
      date: input.date,
      createdAt: now.toISOString(),
      spec: { scenario: input.scenario !== undefined },
      tokenHashes: hashes,
    };
    await this.store.createSession(record, made.created.events);
    this.#records.set(id, record);
    return { id, tokens, seats: made.created.seats };
  }

  /** The role `token` opens in session `id`; a 404 or 401 {@link FailureError} otherwise. */
  async authenticate(id: string, token: string | undefined): Promise<string> {
    const record = await this.#record(id);
    if (!token) throw new FailureError(failure('auth/missing-token', 'no token: send Authorization: Bearer TOKEN'));
    const role = roleOfToken(token, record.tokenHashes);
    if (role === null)
      throw new FailureError(failure('auth/unknown-token', `this token opens no role in session ${id}`));
    return role;
  }

  /** The session's record (title, date, token hashes); a 404 {@link FailureError} when there is none. */
  async record(id: string): Promise<SessionRecord> {
    return this.#record(id);
  }

  /** `GET /api/sessions/{id}`: the state as `role` may see it. */
  async view(id: string, role: string): Promise<Record<string, unknown>> {
    const hub = await this.#hub(id);
    return hub.run(async () => {
      await hub.sync();
      const record = this.#records.get(id) as SessionRecord;
      return { id, title: record.title, date: record.date, ...this.engine.view(hub.state, role), version: hub.version };
    });
  }

  /** `GET /api/sessions/{id}/events?after=N`: every event after `after` that `role` may see. */
  async eventsAfter(id: string, role: string, after: number): Promise<StoredEvent[]> {
    const hub = await this.#hub(id);
    return hub.run(async () => {
      await hub.sync();
      return hub.visibleAfter(role, after);
    });
  }

  /** `POST /api/sessions/{id}/commands`: applies a command for `role`, once per `commandId`. */
  async command(id: string, role: string, body: unknown): Promise<CommandAnswer> {
    const parsed = this.engine.parseCommand(body);
    if (!parsed.ok) throw new FailureError(parsed.failure);
    const { command } = parsed;
    const key = { role, commandId: command.commandId };
    const hub = await this.#hub(id);
    const assigned = this.engine.seatToAssign?.(command) ?? null;
    return hub.run(async () => {
      if (assigned !== null && [...hub.subscribers].some((sub) => sub.role === `seat:${assigned}`)) {
        const earlier = await this.store.findCommand(id, key);
        if (earlier) return earlier;
        throw new FailureError({
          code: 'session/seat-claimed',
          status: 409,
          message: `seat:${assigned} is not empty: a person is connected to it`,
        });
      }
      // The idempotency key is checked by the append itself (no read first, on the path every command takes);
      // a refused command may be one that was applied before, so a refusal looks for its earlier answer.
      const attempt = (): { applied: Applied<S> & { ok: true }; answer: CommandAnswer } => {
        const applied = this.engine.apply(hub.state, command, role, this.#now());
        if (!applied.ok) throw new RefusedError(applied.failure);
        const version = hub.version + applied.events.length;
        return { applied, answer: { version, events: applied.events.filter((e) => this.engine.visible(e, role)) } };
      };
      // Optimistic first: our state is usually current (one process, or the last writer).
      let first: ReturnType<typeof attempt>;
      try {
        first = attempt();
      } catch (error) {
        if (!(error instanceof RefusedError)) throw error;
        const earlier = await this.store.findCommand(id, key);
        if (earlier) return earlier;
        throw new FailureError(error.failure);
      }
      const result = await this.store.append(id, first.applied.events, hub.version, { ...key, answer: first.answer });
      if (result.ok) {
        hub.accept(first.applied.state, first.applied.events);
        this.#ai.schedule(hub);
        return first.answer;
      }
      if (result.reason === 'duplicate-command') return this.#answered(id, key);
      // Another process appended first: apply again on the fresh log while holding the session's lock.
      let taken: ReturnType<typeof attempt> | null = null;
      const locked = await this.store
        .appendLocked(id, hub.version, (fresh) => {
          if (fresh.length > 0) hub.accept(this.engine.fold(hub.state, fresh), fresh);
          taken = attempt();
          return { events: taken.applied.events, command: { ...key, answer: taken.answer } };
        })
        .catch(async (error: unknown) => {
          if (!(error instanceof RefusedError)) throw error;
          const earlier = await this.store.findCommand(id, key);
          if (earlier) return earlier;
          throw new FailureError(error.failure);
        });
      if ('events' in locked) return locked;
      if (!locked.ok) return this.#answered(id, key);
      const done = taken as unknown as ReturnType<typeof attempt>;
      hub.accept(done.applied.state, done.applied.events);
      this.#ai.schedule(hub);
      return done.answer;
    });
  }

  async #answered(id: string, key: { role: string; commandId: string }): Promise<CommandAnswer> {
    const found = await this.store.findCommand(id, key);
    if (!found)
      throw new FailureError(failure('server/busy', `session ${id}: the command's answer is lost; send it again`));
    return found;
  }

  /**
   * Starts a live feed for `role`: `send` gets every visible event after `after`, then each new one, in
   * order and once. Returns the function that stops it.
   */
  async live(id: string, role: string, after: number, send: (event: StoredEvent) => void): Promise<() => void> {
    const hub = await this.#hub(id);
    return hub.run(async () => {
      if (after > hub.version) await hub.sync();
      if (after > hub.version) {
        throw new FailureError(failure('live/after-ahead', `after ${after} is past the last event (${hub.version})`));
      }
      const sub: Subscriber = { role, cursor: after, send };
      return hub.join(sub);
    });
  }

  /**
   * The roles whose live feed is open on this process (an extension: who is in the room), sorted. With
   * several processes on one database each answers for its own connections.
   */
  async presence(id: string): Promise<string[]> {
    const hub = await this.#hub(id);
    return hub.run(() => [...new Set([...hub.subscribers].map((s) => s.role))].sort());
  }

  /** The whole log as this process holds it, up to date (for work done elsewhere, such as advice). */
  async log(id: string): Promise<StoredEvent[]> {
    const hub = await this.#hub(id);
    return hub.run(async () => {
      await hub.sync();
      return [...hub.events];
    });
  }

  /** Records a refusal in the audit log. */
  audit(sessionId: string | null, role: string | null, action: string, f: Failure): void {
    this.#audit({
      at: this.#now().toISOString(),
      event: 'refused',
      sessionId,
      role,
      action,
      code: f.code,
      status: f.status,
      message: f.message,
    });
  }

  /** Appends the time-driven events now due in every session this process holds. */
  async tick(): Promise<void> {
    if (this.#ticking) return;
    this.#ticking = true;
    try {
      for (const pending of this.#hubs.values()) {
        const hub = await pending.catch(() => null);
        if (!hub) continue;
        await hub.run(async () => {
          const due = this.engine.tick(hub.state, this.#now());
          if (due.events.length === 0) return;
          const result = await this.store.append(hub.id, due.events, hub.version);
          this.#ai.schedule(hub);
          if (result.ok) return hub.accept(due.state, due.events);
          let taken: typeof due | null = null;
          const locked = await this.store.appendLocked(hub.id, hub.version, (fresh) => {
            if (fresh.length > 0) hub.accept(this.engine.fold(hub.state, fresh), fresh);
            taken = this.engine.tick(hub.state, this.#now());
            return taken.events.length > 0 ? { events: taken.events } : null;
          });
          const done = taken as unknown as typeof due;
          if (locked.ok) hub.accept(done.state, done.events);
        });
      }
    } finally {
      this.#ticking = false;
    }
  }

  /** Stops the ticker and the store subscription (the store itself stays open). */
  close(): void {
    if (this.#ticker) clearInterval(this.#ticker);
    this.#unsubscribe();
  }

  #heard(id: string, version: number): void {
    const pending = this.#hubs.get(id);
    if (!pending) return;
    void pending
      .then(async (hub) => {
        await hub.run(() => (version > hub.version ? hub.sync() : undefined));
        this.#ai.schedule(hub);
      })
      .catch(() => {});
  }

  async #record(id: string): Promise<SessionRecord> {
    const known = this.#records.get(id);
    if (known) return known;
    const record = await this.store.getSession(id);
    if (!record) throw new FailureError(failure('session/not-found', `no session ${id}`));
    this.#records.set(id, record);
    return record;
  }

  #hub(id: string): Promise<SessionHub<S>> {
    let pending = this.#hubs.get(id);
    if (!pending) {
      pending = this.#record(id).then(async () => {
        const hub = new SessionHub(id, this.store, this.engine, await this.store.read(id, 0));
        // AI seats catch up on what happened while no process played them (a restart).
        this.#ai.schedule(hub);
        return hub;
      });
      this.#hubs.set(id, pending);
      pending.catch(() => this.#hubs.delete(id));
    }
    return pending;
  }
}
