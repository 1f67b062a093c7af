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

interface MemorySession {
  readonly record: SessionRecord;
  readonly events: StoredEvent[];
  readonly commands: Map<string, CommandAnswer>;
}

const keyOf = (key: CommandKey) => `${key.role}\u0000${key.commandId}`;

/** A session store in memory: the test double, with the same behaviour as the durable ones. */
export class MemoryStore implements SessionStore {
  readonly kind = 'memory' as const;
  readonly #sessions = new Map<string, MemorySession>();
  readonly #listeners = new Listeners();

  async createSession(record: SessionRecord, events: readonly StoredEvent[]): Promise<void> {
    if (this.#sessions.has(record.id)) throw new Error(`session ${record.id} already exists`);
    const problem = seqProblem(events, 0);
    if (problem) throw new Error(`create ${record.id}: ${problem}`);
    this.#sessions.set(record.id, {
      record: structuredClone(record),
      events: structuredClone([...events]),
      commands: new Map(),
    });
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const session = this.#sessions.get(id);
    return session ? structuredClone(session.record) : null;
  }

  async listSessions(): Promise<string[]> {
    return [...this.#sessions.keys()];
  }

  async append(
    id: string,
    events: readonly StoredEvent[],
    expectedVersion: number,
    command?: CommandKey & { readonly answer: CommandAnswer },
  ): Promise<AppendResult> {
    const session = this.#sessions.get(id);
    if (!session) throw new Error(`no session ${id}`);
    const problem = seqProblem(events, expectedVersion);
    if (problem) throw new Error(`append to ${id}: ${problem}`);
    if (session.events.length !== expectedVersion) {
      return { ok: false, reason: 'version-conflict', version: session.events.length };
    }
    if (command && session.commands.has(keyOf(command))) return { ok: false, reason: 'duplicate-command' };
    session.events.push(...structuredClone(events));
    if (command) session.commands.set(keyOf(command), structuredClone(command.answer));
    const version = session.events.length;
    if (events.length > 0) this.#listeners.emit(id, version);
    return { ok: true, version };
  }

  async appendLocked(
    id: string,
    after: number,
    decide: (fresh: readonly StoredEvent[]) => LockedPlan | null,
  ): Promise<LockedResult> {
    const session = this.#sessions.get(id);
    if (!session) throw new Error(`no session ${id}`);
    const plan = decide(structuredClone(session.events.slice(after)));
    if (!plan) return { ok: false, reason: 'declined' };
    const result = await this.append(id, plan.events, session.events.length, plan.command);
    if (!result.ok && result.reason === 'version-conflict') throw new Error(`append to ${id}: lost the lock`);
    return result as LockedResult;
  }

  async read(id: string, after: number): Promise<StoredEvent[]> {
    const session = this.#sessions.get(id);
    return session ? structuredClone(session.events.slice(Math.max(0, after))) : [];
  }

  async findCommand(id: string, key: CommandKey): Promise<CommandAnswer | null> {
    const answer = this.#sessions.get(id)?.commands.get(keyOf(key));
    return answer ? structuredClone(answer) : null;
  }

  subscribe(listener: AppendListener): () => void {
    return this.#listeners.add(listener);
  }

  async close(): Promise<void> {}
}
