import { lazy, Suspense, useRef } from 'react';
import { Announcer } from './announcer.tsx';
import { ChairConsole } from './chair-console.tsx';
import { DelegationView } from './delegation-view.tsx';
import { GalleryView } from './gallery-view.tsx';
import { OfflineBanner, RefusalNote } from './offline-banner.tsx';
import { sessionRoute } from './session-route.ts';
import { useSession } from './use-session.ts';
import './session.css';

// The lobby (with the QR library) loads only when asked for.
const Lobby = lazy(() => import('./lobby.tsx').then((m) => ({ default: m.Lobby })));

function roleWords(role: string, name: string | undefined): string {
  if (role === 'chair') return 'Chair';
  if (role === 'gallery') return 'Gallery';
  return `Delegation of ${name ?? role.slice(5)}`;
}

const LINK_WORDS = { connecting: 'connecting…', live: 'live', offline: 'offline', refused: 'refused' } as const;

/** One role's screen of a session, followed live. */
function SessionScreen({ id, token }: { readonly id: string; readonly token: string }) {
  const { client, snap } = useSession(id, token);
  // Announce only what happens after the page has caught up with the session.
  const since = useRef<number | null>(null);
  if (since.current === null && snap.state && snap.link === 'live') since.current = snap.state.version;
  const state = snap.state;
  const role = snap.role;
  const member = role?.startsWith('seat:') ? state?.body.members.find((m) => `seat:${m.code}` === role) : undefined;
  return (
    <div
      className={`session-app${role === 'gallery' ? ' projector' : ''}`}
      data-link={snap.link}
      data-role={role ?? ''}
    >
      <header className="session-header">
        <p className="session-brand">Horseshoe · live session</p>
        <h1>{state ? state.title : 'Joining the session…'}</h1>
        {state && role ? (
          <p className="session-who">
            <strong data-testid="session-role">{roleWords(role, member?.name)}</strong> · {state.date} ·{' '}
            {state.status === 'ended' ? 'session ended' : 'in session'} ·{' '}
            <span data-testid="link-status">{LINK_WORDS[snap.link]}</span>
          </p>
        ) : null}
      </header>
      <main>
        <OfflineBanner snap={snap} />
        <RefusalNote snap={snap} />
        <Announcer events={snap.events} since={since.current ?? Number.POSITIVE_INFINITY} />
        {!state || !role ? (
          snap.link === 'refused' ? null : (
            <p role="status">Joining the session…</p>
          )
        ) : role === 'chair' ? (
          <ChairConsole client={client} snap={snap} token={token} />
        ) : role === 'gallery' ? (
          <GalleryView snap={snap} />
        ) : (
          <DelegationView client={client} snap={snap} token={token} />
        )}
      </main>
    </div>
  );
}

/** The session screens (lobby, chair, delegation, gallery), loaded only at `/sessions…` addresses. */
export default function SessionApp() {
  const route = sessionRoute(window.location.pathname, window.location.hash);
  if (route.kind === 'lobby') {
    return (
      <Suspense fallback={<p role="status">Loading the lobby…</p>}>
        <Lobby />
      </Suspense>
    );
  }
  if (route.kind === 'no-token') {
    return (
      <main className="session-app">
        <h1>This session link has no token</h1>
        <p>Open the full link you were given (it ends with #token=…), or ask the chair for it again.</p>
      </main>
    );
  }
  return <SessionScreen id={route.id} token={route.token} />;
}
