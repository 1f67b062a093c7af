import type { SessionDraft, SessionState } from '@horseshoe/engine/session';
import { useState } from 'react';
import { AiSeatControl } from './ai-seat-control.tsx';
import { LastResult } from './announcer.tsx';
import { CirculateForm } from './circulate-form.tsx';
import { CommandButton, VoteTally } from './controls.tsx';
import { DraftCard } from './draft-card.tsx';
import { currentVote, Room } from './room.tsx';
import type { SessionClient, SessionSnapshot } from './session-client.ts';
import { Timeline } from './timeline.tsx';
import { freshId, usePresence } from './use-session.ts';

const CONSENSUS = new Set(['presidential-statement', 'press-statement', 'press-elements']);

/** The chair's actions on one draft: consensus, silence, votes (amendments first, as the rules order them). */
function ChairDraftActions({
  client,
  state,
  draft,
}: {
  client: SessionClient;
  state: SessionState;
  draft: SessionDraft;
}) {
  const [minutes, setMinutes] = useState(10);
  const voteId = freshId(
    'vote',
    state.votes.map((v) => v.id),
  );
  const pending = draft.amendments.filter((a) => a.status === 'proposed');
  const until = new Date(Date.now() + minutes * 60_000).toISOString();
  const minutesId = `silence-minutes-${draft.id}`;
  return (
    <fieldset className="actions">
      <legend className="visually-hidden">{`Chair's actions on ${draft.id}`}</legend>
      {CONSENSUS.has(draft.instrument) ? (
        <CommandButton
          client={client}
          state={state}
          actor="chair"
          label="Take the text by consensus"
          testId={`adopt-${draft.id}`}
          body={{ type: 'adopt-by-consensus', draftId: draft.id }}
        />
      ) : (
        <>
          {pending.map((a) => (
            <CommandButton
              key={a.id}
              client={client}
              state={state}
              actor="chair"
              label={`Open the vote on amendment ${a.id}`}
              testId={`open-vote-${a.id}`}
              body={{ type: 'open-vote', voteId, draftId: draft.id, amendmentId: a.id }}
            />
          ))}
          <CommandButton
            client={client}
            state={state}
            actor="chair"
            label="Open the vote on the draft"
            testId={`open-vote-${draft.id}`}
            body={{ type: 'open-vote', voteId, draftId: draft.id }}
          />
        </>
      )}
      <span className="silence-field">
        <label htmlFor={minutesId}>Silence, minutes</label>
        <input
          id={minutesId}
          type="number"
          min={1}
          max={1440}
          value={minutes}
          onChange={(e) => setMinutes(Math.max(1, Number(e.target.value) || 1))}
        />
        <CommandButton
          client={client}
          state={state}
          actor="chair"
          label="Put under silence"
          testId={`silence-${draft.id}`}
          body={{ type: 'put-under-silence', draftId: draft.id, until }}
        />
      </span>
    </fieldset>
  );
}

/**
 * The chair's console: the room (who spoke, who voted), the drafts with their versions and pending
 * amendments, and the meeting's buttons, each enabled only when the rules of procedure allow it.
 */
export function ChairConsole({ client, snap, token }: { client: SessionClient; snap: SessionSnapshot; token: string }) {
  const state = snap.state as SessionState;
  const connected = usePresence(state.id, token, snap.link === 'live');
  const [selected, setSelected] = useState<string | null>(null);
  const open = state.votes.find((v) => v.status === 'open');
  const shown = currentVote(state);
  const onTable = state.drafts.filter((d) => d.status === 'circulated');
  const decided = state.drafts.filter((d) => d.status !== 'circulated');
  return (
    <div className="session-layout chair" data-testid="chair-console">
      <div className="session-main">
        <LastResult events={snap.events} />
        {shown ? <VoteTally vote={shown} /> : null}
        {open ? (
          <div>
            <CommandButton
              client={client}
              state={state}
              actor="chair"
              label={`Close vote ${open.id} and announce the result`}
              testId="close-vote"
              body={{ type: 'close-vote', voteId: open.id }}
            />
          </div>
        ) : null}
        <section aria-labelledby="table-title">
          <h2 id="table-title">On the table</h2>
          {onTable.length === 0 ? <p>No draft on the table.</p> : null}
          {onTable.map((d) => (
            <DraftCard key={d.id} draft={d} sessionId={state.id} reader="chair">
              <ChairDraftActions client={client} state={state} draft={d} />
            </DraftCard>
          ))}
        </section>
        <CirculateForm client={client} state={state} actor="chair" />
        {decided.length > 0 ? (
          <section aria-labelledby="decided-title">
            <h2 id="decided-title">Decided</h2>
            {decided.map((d) => (
              <DraftCard key={d.id} draft={d} sessionId={state.id} reader="chair" />
            ))}
          </section>
        ) : null}
      </div>
      <div className="session-side">
        <section className="session-panel" aria-labelledby="room-title">
          <h2 id="room-title">The room</h2>
          <Room state={state} selected={selected} onSelect={setSelected} {...(connected ? { connected } : {})} />
          <p data-testid="presence">
            Connected:{' '}
            {connected === null
              ? 'asking…'
              : connected.size === 0
                ? 'nobody'
                : [...connected].map((r) => (r.startsWith('seat:') ? r.slice(5) : r)).join(', ')}
          </p>
          <p>
            Speakers: {state.speakers.length > 0 ? state.speakers.join(', ') : 'none inscribed'}
            {state.floor ? ` · ${state.floor} has the floor` : ''}
          </p>
          <fieldset className="actions">
            <legend className="visually-hidden">The floor</legend>
            <CommandButton
              client={client}
              state={state}
              actor="chair"
              label="Give the floor to the next speaker"
              testId="give-floor"
              body={{ type: 'give-floor' }}
            />
            {selected ? (
              <CommandButton
                client={client}
                state={state}
                actor="chair"
                label={`Give the floor to ${selected}`}
                body={{ type: 'give-floor', seat: selected }}
              />
            ) : null}
            {selected ? <AiSeatControl client={client} state={state} seat={selected} /> : null}
          </fieldset>
          {state.ai.length > 0 ? (
            <p data-testid="ai-seats">
              AI delegations: {state.ai.map((a) => `${a.member} (${a.strategy})`).join(', ')}
            </p>
          ) : (
            <p className="command-why">Select an empty seat to hand it to an AI delegation.</p>
          )}
          <details className="end-session">
            <summary>End the session…</summary>
            <CommandButton
              client={client}
              state={state}
              actor="chair"
              label="End the session now (no further commands)"
              testId="end-session"
              body={{ type: 'end-session' }}
            />
          </details>
        </section>
        <Timeline events={snap.events} />
      </div>
    </div>
  );
}
