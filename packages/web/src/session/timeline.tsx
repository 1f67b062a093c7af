import { describeSessionEvent, type SessionEvent } from '@horseshoe/engine/session';
import type { SessionEventBody } from '@horseshoe/protocol';
import { ScrollRegion } from '../ui/scroll-region.tsx';

/** Who acted, in words: the chair, a delegation's code, or the clock. */
export function actorLabel(actor: string): string {
  if (actor === 'system') return 'system';
  return actor.startsWith('seat:') ? actor.slice(5) : actor;
}

/** The time of day of an event (HH:MM, UTC). */
function clock(at: string): string {
  return at.slice(11, 16);
}

/** The session's timeline, newest first: every event this role received, in words. */
export function Timeline({
  events,
  limit = 60,
}: {
  readonly events: readonly SessionEventBody[];
  readonly limit?: number;
}) {
  const shown = events.slice(-limit).reverse();
  return (
    <section className="session-panel timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title">Timeline</h2>
      <ScrollRegion className="timeline-scroll" label="Timeline, newest first">
        <ol reversed>
          {shown.map((e) => (
            <li key={e.seq} data-seq={e.seq} data-type={e.type} data-ai={e.ai ? 'true' : undefined}>
              <span className="timeline-time">
                {clock(e.at)} <span className="visually-hidden">UTC</span>
              </span>{' '}
              <strong>{actorLabel(e.actor)}</strong>{' '}
              {e.ai ? (
                <span className="ai-mark" title={`an AI delegation playing ${e.ai.strategy}`}>
                  AI<span className="visually-hidden"> delegation ({e.ai.strategy})</span>
                </span>
              ) : null}{' '}
              {describeSessionEvent(e as unknown as SessionEvent)}
            </li>
          ))}
        </ol>
      </ScrollRegion>
    </section>
  );
}
