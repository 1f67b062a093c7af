import type { SessionDraft, SessionState } from '@horseshoe/engine/session';
import { useState } from 'react';
import { AdvicePanel, useAdvice } from './advice-panel.tsx';
import { LastResult } from './announcer.tsx';
import { CirculateForm } from './circulate-form.tsx';
import { CommandButton, VoteTally } from './controls.tsx';
import { AmendmentForm, PositionForm, ReasonForm } from './delegation-forms.tsx';
import { DraftCard } from './draft-card.tsx';
import { currentVote, Room } from './room.tsx';
import type { SessionClient, SessionSnapshot } from './session-client.ts';
import { Timeline } from './timeline.tsx';

type Role = `seat:${string}`;

/** What a delegation may do on one draft: object or break silence, amend, and as penholder accept and silence. */
function DraftActions({
  client,
  state,
  actor: role,
  draft,
}: {
  client: SessionClient;
  state: SessionState;
  actor: Role;
  draft: SessionDraft;
}) {
  const member = role.slice(5);
  const objects = draft.objections.some((o) => o.member === member);
  const underSilence = draft.silence.type === 'under-silence';
  const pending = draft.amendments.filter((a) => a.status === 'proposed');
  return (
    <fieldset className="actions">
      <legend className="visually-hidden">{`Your actions on ${draft.id}`}</legend>
      {underSilence ? (
        <ReasonForm
          client={client}
          state={state}
          actor={role}
          testId={`break-silence-${draft.id}`}
          label="Break silence"
          field="Why you break silence"
          build={(reason) => ({ type: 'break-silence', draftId: draft.id, reason })}
        />
      ) : objects ? (
        <CommandButton
          client={client}
          state={state}
          actor={role}
          label="Withdraw your objection"
          body={{ type: 'withdraw-objection', draftId: draft.id }}
        />
      ) : (
        <ReasonForm
          client={client}
          state={state}
          actor={role}
          testId={`object-${draft.id}`}
          label="Object"
          field="Your objection"
          build={(reason) => ({ type: 'object', draftId: draft.id, reason })}
        />
      )}
      <AmendmentForm client={client} state={state} actor={role} draft={draft} />
      {draft.penholder === member
        ? pending.map((a) => (
            <CommandButton
              key={a.id}
              client={client}
              state={state}
              actor={role}
              label={`Accept amendment ${a.id}`}
              body={{ type: 'accept-amendment', draftId: draft.id, amendmentId: a.id }}
            />
          ))
        : null}
    </fieldset>
  );
}

/** Cast (or change) this delegation's vote while a vote is open, and explain it. */
function VotePanel({ client, state, actor: role }: { client: SessionClient; state: SessionState; actor: Role }) {
  const open = state.votes.find((v) => v.status === 'open');
  const last = state.votes.at(-1);
  const member = role.slice(5);
  const explainable =
    open?.casts[member] !== undefined
      ? open
      : last?.votes?.[member] && last.votes[member] !== 'absent'
        ? last
        : undefined;
  if (!open && !explainable) return null;
  const mine = open?.casts[member];
  return (
    <section className="session-panel your-vote" aria-labelledby="your-vote-title" data-testid="your-vote">
      <h2 id="your-vote-title">
        {open ? `Vote now: ${open.amendmentId ? `amendment ${open.amendmentId} to ` : ''}${open.draftId}` : 'Your vote'}
      </h2>
      {open ? (
        <>
          <p data-testid="your-cast">
            {mine ? `You voted ${mine}. You may change your vote until the chair closes it.` : 'You have not voted.'}
          </p>
          <fieldset className="vote-buttons">
            <legend className="visually-hidden">Your vote</legend>
            {(['yes', 'no', 'abstain'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={mine === v}
                data-testid={`cast-${v}`}
                onClick={() => client.send({ type: 'cast-vote', voteId: open.id, vote: v })}
              >
                {v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Abstain'}
              </button>
            ))}
          </fieldset>
        </>
      ) : null}
      {explainable ? (
        <ReasonForm
          client={client}
          state={state}
          actor={role}
          testId="explain-vote"
          label="Explain your vote"
          field="Explanation of vote"
          build={(text) => ({ type: 'explain-vote', voteId: explainable.id, text })}
        />
      ) : null}
    </section>
  );
}

/**
 * A delegation's screen: its own position (private unless it says otherwise), the texts with what
 * changed since it last read them, its actions, its vote, and the engine's advice from what it may see.
 */
export function DelegationView({
  client,
  snap,
  token,
}: {
  client: SessionClient;
  snap: SessionSnapshot;
  token: string;
}) {
  const state = snap.state as SessionState;
  const role = snap.role as Role;
  const [selected, setSelected] = useState<string | null>(null);
  const { advice, error } = useAdvice(state.id, token, state.version);
  const onTable = state.drafts.filter((d) => d.status === 'circulated');
  const shown = currentVote(state);
  return (
    <div className="session-layout delegation" data-testid="delegation-view">
      <div className="session-main">
        <LastResult events={snap.events} />
        <VotePanel client={client} state={state} actor={role} />
        <section aria-labelledby="texts-title">
          <h2 id="texts-title">Texts on the table</h2>
          {onTable.length === 0 ? <p>No draft on the table.</p> : null}
          {onTable.map((d) => (
            <DraftCard key={d.id} draft={d} sessionId={state.id} reader={role} track>
              <DraftActions client={client} state={state} actor={role} draft={d} />
            </DraftCard>
          ))}
        </section>
        <CirculateForm client={client} state={state} actor={role} />
        <PositionForm client={client} state={state} actor={role} />
        <AdvicePanel advice={advice} error={error} />
      </div>
      <div className="session-side">
        <section className="session-panel" aria-labelledby="room-title">
          <h2 id="room-title">The room</h2>
          <Room state={state} selected={selected} onSelect={setSelected} />
          {shown ? <VoteTally vote={shown} /> : null}
          <CommandButton
            client={client}
            state={state}
            actor={role}
            label="Ask for the floor"
            testId="inscribe"
            body={{ type: 'inscribe-speaker' }}
          />
        </section>
        <Timeline events={snap.events} />
      </div>
    </div>
  );
}
