/** Which session screen an address opens. */
export type SessionRoute =
  | { readonly kind: 'lobby' }
  | { readonly kind: 'session'; readonly id: string; readonly token: string }
  | { readonly kind: 'no-token'; readonly id: string };

/** True for the addresses the session screens answer (`/sessions`, `/sessions/…`). */
export function isSessionPath(pathname: string): boolean {
  return pathname === '/sessions' || pathname.startsWith('/sessions/');
}

/**
 * Reads a session address: `/sessions` or `/sessions/new` is the lobby; `/sessions/ID#token=TOKEN` is
 * a role's screen. The token sits in the fragment, which the browser never sends to a server, so it
 * never reaches a log; the app sends it as `Authorization` and as the live feed's first message.
 * @example sessionRoute('/sessions/abc', '#token=xyz') // { kind: 'session', id: 'abc', token: 'xyz' }
 */
export function sessionRoute(pathname: string, hash: string): SessionRoute {
  const rest = pathname.replace(/^\/sessions\/?/, '').replace(/\/+$/, '');
  if (rest === '' || rest === 'new') return { kind: 'lobby' };
  const id = decodeURIComponent(rest.split('/')[0] ?? '');
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token ? { kind: 'session', id, token } : { kind: 'no-token', id };
}
