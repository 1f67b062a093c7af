import { describe, expect, it } from 'vitest';
import { isSessionPath, sessionRoute } from './session-route.ts';

describe('sessionRoute', () => {
  it('opens the lobby at /sessions and /sessions/new', () => {
    expect(sessionRoute('/sessions', '')).toEqual({ kind: 'lobby' });
    expect(sessionRoute('/sessions/new', '')).toEqual({ kind: 'lobby' });
  });

  it('reads the session id from the path and the token from the fragment', () => {
    expect(sessionRoute('/sessions/s-1', '#token=abc_DEF-123')).toEqual({
      kind: 'session',
      id: 's-1',
      token: 'abc_DEF-123',
    });
  });

  it('says when a session link has no token', () => {
    expect(sessionRoute('/sessions/s-1', '')).toEqual({ kind: 'no-token', id: 's-1' });
  });
});

describe('isSessionPath', () => {
  it('answers the session addresses only', () => {
    expect(isSessionPath('/sessions/x')).toBe(true);
    expect(isSessionPath('/sessions')).toBe(true);
    expect(isSessionPath('/sessionsx')).toBe(false);
    expect(isSessionPath('/')).toBe(false);
  });
});
