import type { SessionSnapshot } from './session-client.ts';

/** Says when the page has lost the session (and how many commands wait to be sent), or was refused. */
export function OfflineBanner({ snap }: { readonly snap: SessionSnapshot }) {
  const waiting = snap.outbox.length;
  if (snap.link === 'refused') {
    return (
      <div className="session-banner refused" role="alert" data-testid="refused">
        This link does not open the session: {snap.problem ?? 'the server refused it'}.
      </div>
    );
  }
  if (snap.link !== 'offline') {
    return waiting > 0 ? (
      <p className="session-outbox" data-testid="outbox">
        Sending {waiting} command{waiting === 1 ? '' : 's'}…
      </p>
    ) : null;
  }
  return (
    <div className="session-banner offline" role="alert" data-testid="offline-banner">
      Offline: reconnecting… The session goes on; what you do now is kept
      {waiting > 0 ? ` (${waiting} command${waiting === 1 ? '' : 's'} waiting)` : ''} and sent once when the connection
      returns.
    </div>
  );
}

/** The server's reason for the last refused command, if any. */
export function RefusalNote({ snap }: { readonly snap: SessionSnapshot }) {
  if (!snap.refusal) return null;
  return (
    <p className="session-refusal" role="alert" data-testid="refusal">
      {snap.refusal.type} refused: {snap.refusal.message}
    </p>
  );
}
