import { describe, expect, it } from 'vitest';
import { at, busySession, cmd, SAMPLE_COMMANDS } from '../testing/index.ts';
import { CHAIR, GALLERY, type SessionActor, SYSTEM, seat } from './actors.ts';
import { applySessionCommand } from './apply.ts';
import { SESSION_COMMAND_TYPES } from './commands.ts';
import { COMMAND_ROLES } from './roles.ts';

// Every command from every role: 403 naming the role and the command where the role may not send it.

describe('the session contract, role by role', () => {
  const roles: readonly [string, SessionActor][] = [
    ['chair', CHAIR],
    ['seat', seat('FRA')],
    ['gallery', GALLERY],
    ['system', SYSTEM],
  ];
  const cases = SESSION_COMMAND_TYPES.flatMap((type) =>
    roles.map(
      ([role, actor]) => [type, role, actor, (COMMAND_ROLES[type] as readonly string[]).includes(role)] as const,
    ),
  );
  it.each(cases)('%s by the %s: allowed is %s', (type, role, actor, allowed) => {
    const result = applySessionCommand(busySession().state, cmd(SAMPLE_COMMANDS[type]), actor, { now: at(1) });
    if (allowed) {
      expect(result.ok ? 0 : result.refusal.status).not.toBe(403);
    } else {
      if (result.ok) throw new Error(`accepted ${type} by ${role}`);
      expect(result.refusal.status).toBe(403);
      expect(result.refusal.code).toBe('session/forbidden');
      expect(result.refusal.message).toContain(type);
      expect(result.refusal.message).toContain(
        role === 'gallery' ? 'the gallery' : role === 'seat' ? 'seat:FRA' : role,
      );
    }
  });

  it('refuses a seat that is not a member of the session', () => {
    const result = applySessionCommand(busySession().state, cmd(SAMPLE_COMMANDS.object), seat('ITA'), { now: at(1) });
    expect(result.ok ? null : [result.refusal.status, result.refusal.message]).toEqual([
      403,
      'seat:ITA may not send object: ITA is not a member of this session',
    ]);
  });

  it('appends nothing when it refuses: the state is the same object', () => {
    const start = busySession().state;
    const result = applySessionCommand(start, cmd(SAMPLE_COMMANDS['close-vote']), GALLERY, { now: at(1) });
    expect(result.ok).toBe(false);
    expect(busySession().state).toEqual(start);
  });
});
