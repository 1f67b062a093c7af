import type { SessionEventBody } from '@horseshoe/protocol';
import { actorLabel } from './timeline.tsx';

/** The words a screen reader announces for an event, or null for an event it need not interrupt for. */
export function announcement(e: SessionEventBody): string | null {
  switch (e.type) {
    case 'vote-opened':
      return `Vote ${e.voteId} opened on ${e.amendmentId ? `amendment ${e.amendmentId} to ` : ''}${e.draftId}.`;
    case 'vote-cast':
      return `${actorLabel(e.actor)} voted ${e.vote}.`;
    case 'vote-closed':
      return `Result of vote ${e.voteId}: ${e.outcome.adopted ? 'adopted' : 'not adopted'}. ${e.outcome.explanation}`;
    case 'consensus-adopted':
      return `${e.draftId} adopted by consensus. ${e.outcome.explanation}`;
    case 'consensus-blocked':
      return `Consensus on ${e.draftId} blocked by ${e.objectors.join(', ')}. ${e.outcome.explanation}`;
    case 'silence-started':
      return `${e.draftId} is under silence until ${e.until.slice(11, 16)} UTC.`;
    case 'silence-broken':
      return `${actorLabel(e.actor)} broke silence on ${e.draftId}.`;
    case 'silence-passed':
      return `Silence on ${e.draftId} passed unbroken.`;
    case 'objection-raised':
      return `${actorLabel(e.actor)} objects to ${e.draftId}.`;
    case 'session-ended':
      return 'The session has ended.';
    default:
      return null;
  }
}

/**
 * A polite live region with the latest announcement (votes, results, objections, silence), so that a
 * screen-reader user hears what the room sees. Only events after the page's first load are announced.
 */
export function Announcer({ events, since }: { readonly events: readonly SessionEventBody[]; readonly since: number }) {
  const latest = events
    .filter((e) => e.seq > since)
    .map(announcement)
    .filter((a): a is string => a !== null)
    .at(-1);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {latest ?? ''}
    </div>
  );
}

/** The result of the last decision taken (a vote closed or a consensus text), in the President's words. */
export function LastResult({ events }: { readonly events: readonly SessionEventBody[] }) {
  const last = [...events]
    .reverse()
    .find(
      (e) =>
        e.type === 'vote-closed' ||
        e.type === 'consensus-adopted' ||
        e.type === 'consensus-blocked' ||
        (e.type === 'silence-passed' && e.outcome),
    );
  if (!last) return null;
  const words = announcement(last) ?? '';
  return (
    <section className="session-panel result" aria-labelledby="result-title" data-testid="result" data-seq={last.seq}>
      <h2 id="result-title">The President announces</h2>
      <p className="result-words">{words}</p>
    </section>
  );
}
