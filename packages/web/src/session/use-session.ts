import {
  type ActorName,
  applySessionCommand,
  parseActorName,
  type SessionCommand,
  type SessionState,
} from '@horseshoe/engine/session';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { liveUrl, sessionApi } from './api.ts';
import { browserDeps, type CommandBody, SessionClient, type SessionSnapshot } from './session-client.ts';

/** A session followed live by this page: the client (to send commands) and its latest snapshot. */
export function useSession(id: string, token: string): { client: SessionClient; snap: SessionSnapshot } {
  const client = useMemo(() => new SessionClient(id, token, browserDeps(liveUrl(window.location, id))), [id, token]);
  useEffect(() => {
    client.start();
    return () => client.stop();
  }, [client]);
  const snap = useSyncExternalStore(client.subscribe, client.snapshot);
  return { client, snap };
}

/** The time now, refreshed every `ms` (for countdowns). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(t);
  }, [ms]);
  return now;
}

/**
 * Why the rules forbid `role` to send `body` now, or `null` when they allow it: the engine's own
 * reducer is asked (a dry run on the state this role sees), so a button is enabled exactly when the
 * server would accept its command.
 * @example whyNot(state, 'chair', { type: 'open-vote', voteId: 'v1', draftId: 'uk' }) // 'amendments pending …' or null
 */
export function whyNot(state: SessionState, role: ActorName, body: CommandBody, now = Date.now()): string | null {
  const actor = parseActorName(role);
  if (!actor) return `not a role: ${role}`;
  const command = { ...body, commandId: 'dry-run' } as unknown as SessionCommand;
  const result = applySessionCommand(state, command, actor, { now: new Date(now).toISOString() });
  return result.ok ? null : result.refusal.message;
}

/** A fresh id for a vote or an amendment, readable in the timeline: `prefix-N`, unused in the state. */
export function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** The roles connected to the session (their live feed open), asked again every few seconds. */
export function usePresence(id: string, token: string, live: boolean, ms = 3000): ReadonlySet<string> | null {
  const [connected, setConnected] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!live) return;
    let on = true;
    const ask = () =>
      sessionApi.presence(id, token).then(
        (r) => on && setConnected(new Set(r.connected)),
        () => {},
      );
    void ask();
    const t = window.setInterval(ask, ms);
    return () => {
      on = false;
      window.clearInterval(t);
    };
  }, [id, token, live, ms]);
  return connected;
}
