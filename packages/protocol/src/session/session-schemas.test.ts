import { DEFAULT_POSITION } from '@horseshoe/engine';
import { CHAIR, GALLERY, type SessionCommandType, seat, viewFor } from '@horseshoe/engine/session';
import { busySession, SAMPLE_COMMANDS } from '@horseshoe/engine/testing';
import { describe, expect, it } from 'vitest';
import { parseSessionCommand, toPosition } from './commands.ts';
import { SessionEventSchema } from './events.ts';
import {
  CommandResponseSchema,
  CreateSessionBodySchema,
  ErrorBodySchema,
  EventsQuerySchema,
  LiveHelloSchema,
  SessionStateResponseSchema,
} from './http.ts';

describe('parseSessionCommand', () => {
  it.each(Object.keys(SAMPLE_COMMANDS) as SessionCommandType[])('accepts a well-formed %s', (type) => {
    const body = JSON.parse(JSON.stringify({ commandId: 'c1', ...SAMPLE_COMMANDS[type] }));
    const parsed = parseSessionCommand(body);
    expect(parsed.ok ? parsed.command : parsed.error).toEqual({ commandId: 'c1', ...SAMPLE_COMMANDS[type] });
  });

  it.each([
    [{ type: 'cast-vote', voteId: 'v', vote: 'yes' }, 'commandId', 'required field is missing'],
    [{ commandId: 'c' }, 'type', 'required field is missing'],
    [{ commandId: 'c', type: 'vote' }, 'type', 'unknown command type "vote"'],
    [
      { commandId: 'c', type: 'cast-vote', voteId: 'v', vote: 'maybe' },
      'vote',
      'expected one of "yes", "no", "abstain"',
    ],
    [
      { commandId: 'c', type: 'cast-vote', voteId: 'v', vote: 'yes', member: 'RUS' },
      'member',
      'unknown field "member"',
    ],
    [{ commandId: 'c', type: 'object', draftId: 'd', reason: '  ' }, 'reason', 'expected a non-empty text'],
    [
      { commandId: 'c', type: 'circulate-draft', draftId: 'd', instrument: 'resolution', clauses: [{ id: 'a' }] },
      'clauses[0].text',
      'required field is missing',
    ],
    [{ commandId: 'c', type: 'put-under-silence', draftId: 'd', until: '2019-04-06' }, 'until', 'Invalid ISO datetime'],
    [{ commandId: 'c', type: 'set-timer', seconds: 0 }, 'seconds', 'Too small: expected number to be >=1'],
    [
      { commandId: 'c', type: 'state-position', visibility: 'public', position: { reject: [] } },
      'position.reject',
      'unknown field "reject"',
    ],
  ])('refuses %j naming the field %s', (body, field, message) => {
    const parsed = parseSessionCommand(body);
    expect(parsed.ok ? null : [parsed.error.field, parsed.error.message]).toEqual([field, message]);
  });

  it('fills a position’s defaults as scenarios.md gives them', () => {
    expect(toPosition({ rejects: ['x'], vote: { yes: 0.5, no: 0.5 } })).toEqual({
      ...DEFAULT_POSITION,
      rejects: ['x'],
      vote: { yes: 0.5, no: 0.5, abstain: 0, absent: 0 },
    });
  });
});

describe('the wire shapes of a session', () => {
  const { state, events } = busySession();

  it('describe every event the engine writes', () => {
    for (const e of events) expect(SessionEventSchema.safeParse(e).error).toBeUndefined();
  });

  it('describe the state every role may see', () => {
    for (const viewer of [CHAIR, GALLERY, seat('RUS')]) {
      expect(SessionStateResponseSchema.safeParse(viewFor(state, viewer)).error).toBeUndefined();
    }
  });

  it('describe a command’s answer', () => {
    expect(CommandResponseSchema.safeParse({ version: state.version, events: events.slice(-2) }).success).toBe(true);
  });

  it('check the creation body, naming a bad date', () => {
    expect(CreateSessionBodySchema.safeParse({ title: 'Libya', date: '2019-04-18' }).success).toBe(true);
    expect(CreateSessionBodySchema.safeParse({ title: 'Libya', date: '2019-02-30' }).error?.issues[0]?.path).toEqual([
      'date',
    ]);
  });

  it('check the live feed’s first frame, the events query and the error body', () => {
    expect(LiveHelloSchema.safeParse({ token: 't', after: 0 }).success).toBe(true);
    expect(LiveHelloSchema.safeParse({ token: 't', after: -1 }).success).toBe(false);
    expect(EventsQuerySchema.parse({ after: '12' })).toEqual({ after: 12 });
    expect(ErrorBodySchema.safeParse({ error: { code: 'session/forbidden', message: 'm' } }).success).toBe(true);
  });
});
