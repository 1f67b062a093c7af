import type { StoredEvent } from '../store/types.ts';
import type { Failure } from './failures.ts';

/** What the reducer answers to a command: the new state and its events, or a refusal. */
export type Applied<S> =
  | { readonly ok: true; readonly state: S; readonly events: readonly StoredEvent[] }
  | { readonly ok: false; readonly failure: Failure };

/** A new session's first events and the seats that get a token. */
export interface Created {
  readonly events: readonly StoredEvent[];
  readonly seats: readonly string[];
}

/** What `POST /api/sessions` asks for (validated by the protocol's schema before it gets here). */
export interface CreateInput {
  readonly title: string;
  readonly date: string;
  /** A scenario file's text (YAML or JSON). */
  readonly scenario?: string;
}

/**
 * The session reducer as the server uses it: the pure functions of `@horseshoe/engine/session` and the
 * schemas of `@horseshoe/protocol`, behind one port so that the server's plumbing (stores, hubs, live
 * feed) is tested on its own and the reducer stays pure. Roles are written `chair`, `gallery`, `seat:CODE`.
 */
export interface SessionEnginePort<S> {
  /** Validates a creation body; a {@link Failure} (400, naming the field) when it is malformed. */
  parseCreate(body: unknown): { ok: true; input: CreateInput } | { ok: false; failure: Failure };
  /** A new session's first events (seq 1 …), or a refusal (bad date, bad scenario). */
  create(id: string, input: CreateInput, now: Date): { ok: true; created: Created } | { ok: false; failure: Failure };
  /** The state after `events`, starting from `state` (or from nothing). */
  fold(state: S | null, events: readonly StoredEvent[]): S;
  /** Validates a command body; a 400 {@link Failure} naming the field when it is malformed. */
  parseCommand(body: unknown): { ok: true; command: { readonly commandId: string } } | { ok: false; failure: Failure };
  /** Applies a validated command for `role`. */
  apply(state: S, command: { readonly commandId: string }, role: string, now: Date): Applied<S>;
  /** Time-driven events now due (silence passed, timer ended); none when nothing is due. */
  tick(state: S, now: Date): { readonly state: S; readonly events: readonly StoredEvent[] };
  /** The state as `role` may see it (the body of `GET /api/sessions/{id}`). */
  view(state: S, role: string): Record<string, unknown>;
  /** Whether `role` may see `event`. */
  visible(event: StoredEvent, role: string): boolean;
  /**
   * Extension (issue 15): one turn of the session's AI seats on `state` at `now` (none: an empty turn).
   * Absent: this engine plays no AI seat.
   */
  aiTurn?(state: S, now: Date): { readonly state: S; readonly events: readonly StoredEvent[] };
  /** Extension (issue 15): the seat a command hands to an AI delegation (`assign-ai`), else null. */
  seatToAssign?(command: { readonly commandId: string }): string | null;
}
