import type { SessionStore, StoredEvent } from '../store/types.ts';
import type { SessionEnginePort } from './engine-port.ts';

/** A live client of one session: what it may see, and the last seq it was sent. */
export interface Subscriber {
  readonly role: string;
  cursor: number;
  send(event: StoredEvent): void;
}

/**
 * One session as this process holds it: the log, the folded state and the live clients. Everything
 * that reads or changes them runs through {@link SessionHub.run}, one job at a time, so a client that
 * joins while events arrive gets each of them once and in order.
 */
export class SessionHub<S> {
  readonly events: StoredEvent[] = [];
  readonly subscribers = new Set<Subscriber>();
  #state: S;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly id: string,
    readonly store: SessionStore,
    readonly engine: SessionEnginePort<S>,
    initial: readonly StoredEvent[],
  ) {
    this.#state = engine.fold(null, initial);
    this.events.push(...initial);
  }

  /** The state after the last event this process knows of. */
  get state(): S {
    return this.#state;
  }

  /** The seq of the last event this process knows of. */
  get version(): number {
    return this.events.length;
  }

  /** Runs `job` after every job queued before it (and before any queued after). */
  run<T>(job: () => Promise<T> | T): Promise<T> {
    const next = this.#queue.then(job, job);
    this.#queue = next.catch(() => {});
    return next;
  }

  /** (Inside {@link run}.) Reads what other writers appended since our version and takes it in. */
  async sync(): Promise<void> {
    const fresh = await this.store.read(this.id, this.version);
    if (fresh.length > 0) this.accept(this.engine.fold(this.#state, fresh), fresh);
  }

  /** (Inside {@link run}.) Takes in `events` just appended, with the state they lead to, and pushes them. */
  accept(state: S, events: readonly StoredEvent[]): void {
    const first = events[0];
    if (!first) return;
    if (first.seq !== this.version + 1) throw new Error(`session ${this.id}: event ${first.seq} after ${this.version}`);
    this.#state = state;
    this.events.push(...events);
    for (const sub of this.subscribers) this.#push(sub);
  }

  /** (Inside {@link run}.) Adds a live client and sends it every visible event after its cursor. */
  join(sub: Subscriber): () => void {
    this.subscribers.add(sub);
    this.#push(sub);
    return () => {
      this.subscribers.delete(sub);
    };
  }

  /** Every event after `after` that `role` may see. */
  visibleAfter(role: string, after: number): StoredEvent[] {
    return this.events.slice(Math.max(0, after)).filter((e) => this.engine.visible(e, role));
  }

  #push(sub: Subscriber): void {
    for (let seq = sub.cursor + 1; seq <= this.version; seq++) {
      const event = this.events[seq - 1] as StoredEvent;
      sub.cursor = seq;
      if (this.engine.visible(event, sub.role)) sub.send(event);
    }
  }
}
