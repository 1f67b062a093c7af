import type { ActorName, SessionEvent, SessionState } from '@horseshoe/engine/session';
import { type SessionEventBody, SessionEventSchema } from '@horseshoe/protocol';
import { type Fetch, NetworkError, SessionApiError, sessionApi } from './api.ts';
import { foldVisible } from './fold-visible.ts';

/** The live link: connecting, live (events arrive), offline (reconnecting by itself), refused (bad link). */
export type LinkStatus = 'connecting' | 'live' | 'offline' | 'refused';

/** A command body without its `commandId` (the client gives each one). */
export type CommandBody = { readonly type: string } & Readonly<Record<string, unknown>>;

/** A command waiting to be sent, with the idempotency key it keeps however often it is sent. */
export interface OutboxItem {
  readonly commandId: string;
  readonly body: CommandBody;
  readonly sending: boolean;
}

/** Everything a screen shows of a session, as this role may see it. */
export interface SessionSnapshot {
  readonly role: ActorName | null;
  readonly state: SessionState | null;
  /** The events received, in `seq` order, each once. */
  readonly events: readonly SessionEventBody[];
  readonly link: LinkStatus;
  readonly outbox: readonly OutboxItem[];
  /** The last refused command, with the server's reason. */
  readonly refusal: { readonly type: string; readonly code: string; readonly message: string } | null;
  /** Why the link was refused (an unknown token or session). */
  readonly problem: string | null;
}

/** The part of a browser WebSocket the client uses. */
export interface SocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(): void;
}

/** What the client needs from its surroundings (the browser's by default; fakes in tests). */
export interface ClientDeps {
  readonly fetch: Fetch;
  readonly openSocket: (url: string) => SocketLike;
  readonly liveUrl: string;
  readonly newId: () => string;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  /** Calls `online`/`offline` when the device's network comes and goes; returns how to stop. */
  readonly watchNetwork: (online: () => void, offline: () => void) => () => void;
}

/** Waits before reconnecting, growing on each failure (ms). */
const BACKOFF = [200, 500, 1000, 2000, 4000] as const;

/**
 * One role's live connection to a session (sessions.md): the live feed over a WebSocket whose first
 * message is `{token, after}`; after a lost connection it reconnects with `after` = the last `seq`
 * received, so it catches up without a reload and never applies an event twice. Commands go through an
 * outbox: each gets its `commandId` once, waits while offline, and is sent (again, with the same key,
 * if an answer was lost) when the link is back, so the server counts it once.
 */
export class SessionClient {
  private snap: SessionSnapshot = {
    role: null,
    state: null,
    events: [],
    link: 'connecting',
    outbox: [],
    refusal: null,
    problem: null,
  };
  private readonly listeners = new Set<() => void>();
  private socket: SocketLike | null = null;
  private retry: unknown = null;
  private failures = 0;
  private flushing = false;
  private stopped = false;
  private unwatch: (() => void) | null = null;

  constructor(
    readonly id: string,
    private readonly token: string,
    private readonly deps: ClientDeps,
  ) {}

  /** Connects and starts following the session. */
  start(): void {
    this.stopped = false;
    this.unwatch = this.deps.watchNetwork(
      () => this.reconnectNow(),
      () => this.socket?.close(),
    );
    this.connect();
  }

  /** Closes the connection for good. */
  stop(): void {
    this.stopped = true;
    this.unwatch?.();
    if (this.retry !== null) this.deps.clearTimer(this.retry);
    this.socket?.close();
    this.socket = null;
  }

  /** The current snapshot (a new object after every change). */
  readonly snapshot = (): SessionSnapshot => this.snap;

  /** Calls `listener` after every change; returns how to stop. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Queues a command with a new `commandId` and sends it as soon as the link is live. */
  send(body: CommandBody): string {
    const commandId = this.deps.newId();
    this.update({ outbox: [...this.snap.outbox, { commandId, body, sending: false }], refusal: null });
    void this.flush();
    return commandId;
  }

  /** The last `seq` received. */
  get after(): number {
    return this.snap.events.at(-1)?.seq ?? 0;
  }

  private update(change: Partial<SessionSnapshot>): void {
    this.snap = { ...this.snap, ...change };
    for (const listener of this.listeners) listener();
  }

  private connect(): void {
    if (this.stopped || this.socket) return;
    const socket = this.deps.openSocket(this.deps.liveUrl);
    this.socket = socket;
    socket.onopen = () => {
      socket.send(JSON.stringify({ token: this.token, after: this.after }));
      this.failures = 0;
      this.update({ link: 'live' });
      void this.refreshView();
      void this.flush();
    };
    socket.onmessage = (message) => this.receive(String(message.data));
    socket.onerror = () => socket.close();
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.snap.link === 'refused' || this.stopped) return;
      this.update({ link: 'offline' });
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.retry !== null || this.stopped) return;
    const wait = BACKOFF[Math.min(this.failures, BACKOFF.length - 1)] ?? 4000;
    this.failures += 1;
    this.retry = this.deps.setTimer(() => {
      this.retry = null;
      this.connect();
    }, wait);
  }

  private reconnectNow(): void {
    if (this.retry !== null) this.deps.clearTimer(this.retry);
    this.retry = null;
    this.failures = 0;
    this.connect();
  }

  private goOffline(): void {
    if (this.snap.link === 'live') this.update({ link: 'offline' });
    const socket = this.socket;
    if (socket) socket.close();
    else this.scheduleReconnect();
  }

  private receive(text: string): void {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return;
    }
    const frame = data as { type?: unknown; error?: { status?: number; message?: string } };
    if (frame.type === 'error') {
      const status = frame.error?.status ?? 0;
      if (status === 401 || status === 403 || status === 404) {
        this.update({ link: 'refused', problem: frame.error?.message ?? 'the server refused this link' });
      }
      return;
    }
    const parsed = SessionEventSchema.safeParse(data);
    if (!parsed.success) return;
    const event = parsed.data;
    const last = this.after;
    if (event.seq <= last) return;
    const state = foldVisible(this.snap.state ?? undefined, [event as unknown as SessionEvent]) ?? null;
    this.update({ events: [...this.snap.events, event], state });
    // A gap is another seat's private position: re-read the positions this role may see.
    if (event.seq > last + 1 && last > 0) void this.refreshView();
  }

  private async refreshView(): Promise<void> {
    try {
      const view = await sessionApi.state(this.id, this.token, this.deps.fetch);
      const state = this.snap.state;
      const positions = view.positions as unknown as SessionState['positions'];
      this.update({
        role: view.role ?? null,
        ...(state && view.version >= state.version ? { state: { ...state, positions } } : {}),
      });
    } catch (error) {
      if (error instanceof SessionApiError && (error.status === 401 || error.status === 404)) {
        this.update({ link: 'refused', problem: error.message });
        this.socket?.close();
      }
    }
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.snap.link !== 'live') return;
    this.flushing = true;
    try {
      for (let item = this.snap.outbox[0]; item && this.snap.link === 'live'; item = this.snap.outbox[0]) {
        const sending = item;
        this.setSending(sending.commandId, true);
        try {
          await sessionApi.command(
            this.id,
            this.token,
            { ...sending.body, commandId: sending.commandId },
            this.deps.fetch,
          );
          this.remove(sending.commandId);
        } catch (error) {
          if (error instanceof SessionApiError && error.status < 500 && error.status !== 429) {
            this.remove(sending.commandId);
            this.update({ refusal: { type: sending.body.type, code: error.code, message: error.message } });
            continue;
          }
          this.setSending(sending.commandId, false);
          if (error instanceof NetworkError) this.goOffline();
          else this.deps.setTimer(() => void this.flush(), 1000);
          return;
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private setSending(commandId: string, sending: boolean): void {
    this.update({ outbox: this.snap.outbox.map((i) => (i.commandId === commandId ? { ...i, sending } : i)) });
  }

  private remove(commandId: string): void {
    this.update({ outbox: this.snap.outbox.filter((i) => i.commandId !== commandId) });
  }
}

/** A command id from the browser's random source (also where `crypto.randomUUID` is missing: plain http on a LAN). */
export function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The browser's WebSocket, fetch, timers and network events. */
export function browserDeps(liveUrl: string): ClientDeps {
  return {
    fetch: (input, init) => fetch(input, init),
    openSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    liveUrl,
    newId: newCommandId,
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    watchNetwork: (online, offline) => {
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
  };
}
