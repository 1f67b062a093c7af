import type { SessionState } from '@horseshoe/engine/session';
import { LastResult } from './announcer.tsx';
import { VoteTally } from './controls.tsx';
import { DraftCard } from './draft-card.tsx';
import { currentVote, Room } from './room.tsx';
import type { SessionSnapshot } from './session-client.ts';
import { Timeline } from './timeline.tsx';

/** The gallery: the live chamber, the texts and the timeline for an audience or a projector; no controls. */
export function GalleryView({ snap }: { readonly snap: SessionSnapshot }) {
  const state = snap.state as SessionState;
  const vote = currentVote(state);
  const onTable = state.drafts.filter((d) => d.status === 'circulated');
  return (
    <div className="session-layout gallery" data-testid="gallery-view">
      <div className="session-main">
        <LastResult events={snap.events} />
        <section className="session-panel" aria-labelledby="room-title">
          <h2 id="room-title">The chamber</h2>
          <Room state={state} selected={null} onSelect={() => {}} />
        </section>
        {vote ? <VoteTally vote={vote} /> : null}
      </div>
      <div className="session-side">
        <section aria-labelledby="texts-title">
          <h2 id="texts-title">On the table</h2>
          {onTable.length === 0 ? <p>No draft on the table.</p> : null}
          {onTable.map((d) => (
            <DraftCard key={d.id} draft={d} sessionId={state.id} reader="gallery" />
          ))}
        </section>
        <Timeline events={snap.events} limit={25} />
      </div>
    </div>
  );
}
