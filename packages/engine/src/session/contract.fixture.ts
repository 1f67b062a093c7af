import { expect } from 'vitest';
import { at, busySession, type CommandDraft, cmd, play } from '../testing/index.ts';
import { CHAIR, type SessionActor } from './actors.ts';
import { applySessionCommand } from './apply.ts';

// The contract of sessions.md at the reducer's level, as case tables (contract-*.test.ts): one line per
// command × role × refusal. Each line runs against busySession() (see testing/session.ts for what it
// holds), after the line's own `before` steps, at `at(minutes)` (default 1 minute after the fixture:
// before the silence on `ps` ends at 60).

/** Steps run before a line's command. */
export type Before = readonly (readonly [SessionActor, CommandDraft, number?])[];

/** One line of a contract table: the events it appends, or `STATUS session/code`. */
export interface ContractRow {
  readonly name: string;
  readonly actor: SessionActor;
  readonly command: CommandDraft;
  readonly expect: readonly string[] | `${400 | 403 | 404 | 409} ${string}`;
  readonly before?: Before;
  readonly minutes?: number;
  /** For a 400: the field the refusal must name. */
  readonly field?: string;
}

/** Closes the vote `v-del` that busySession leaves open. */
export const closeDel: Before = [[CHAIR, { type: 'close-vote', voteId: 'v-del' }]];

/** Runs one line and checks it. */
export function checkRow(row: ContractRow): void {
  const start = row.before ? play(busySession(), row.before) : busySession();
  const result = applySessionCommand(start.state, cmd(row.command), row.actor, { now: at(row.minutes ?? 1) });
  if (Array.isArray(row.expect)) {
    if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
    expect(result.events.map((e) => e.type)).toEqual(row.expect);
    expect(result.events.map((e) => e.seq)).toEqual(row.expect.map((_, i) => start.state.version + i + 1));
    expect(result.state.version).toBe(start.state.version + row.expect.length);
    return;
  }
  const [status, code] = (row.expect as string).split(' ');
  if (result.ok) throw new Error(`accepted: ${result.events.map((e) => e.type).join(', ')}`);
  expect([result.refusal.status, result.refusal.code]).toEqual([Number(status), code]);
  if (row.field !== undefined) {
    expect(result.refusal.field).toBe(row.field);
    expect(result.refusal.message).toContain(row.field);
  }
}
