import type { ActorName, SessionState, SessionVote } from '@horseshoe/engine/session';
import { useId } from 'react';
import type { CommandBody, SessionClient } from './session-client.ts';
import { whyNot } from './use-session.ts';

/**
 * A button that sends one command, enabled only when the engine's rules allow this role to send it
 * now; when they do not, the reason is shown beside it (and read with it).
 */
export function CommandButton({
  client,
  state,
  actor: role,
  body,
  label,
  testId,
  onSent,
}: {
  readonly client: SessionClient;
  readonly state: SessionState;
  readonly actor: ActorName;
  readonly body: CommandBody;
  readonly label: string;
  readonly testId?: string;
  readonly onSent?: () => void;
}) {
  const reasonId = useId();
  const reason = whyNot(state, role, body);
  return (
    <span className="command">
      <button
        type="button"
        disabled={reason !== null}
        aria-describedby={reason ? reasonId : undefined}
        data-testid={testId}
        onClick={() => {
          client.send(body);
          onSent?.();
        }}
      >
        {label}
      </button>
      {reason ? (
        <span id={reasonId} className="command-why">
          {reason}
        </span>
      ) : null}
    </span>
  );
}

/** The votes cast so far in an open vote (or every vote of a closed one), with the counts. */
export function VoteTally({ vote }: { readonly vote: SessionVote }) {
  const votes: Record<string, string> = vote.status === 'open' ? { ...vote.casts } : { ...(vote.votes ?? {}) };
  const count = (v: string) => Object.values(votes).filter((x) => x === v).length;
  const title = `${vote.status === 'open' ? 'Vote open' : 'Vote closed'}: ${vote.id} on ${
    vote.amendmentId ? `amendment ${vote.amendmentId} to ` : ''
  }${vote.draftId}`;
  return (
    <section
      className="session-panel vote-tally"
      aria-label={title}
      data-testid="vote-tally"
      data-vote-id={vote.id}
      data-vote-status={vote.status}
    >
      <h2>{title}</h2>
      <p>
        <strong data-testid="tally-yes">{count('yes')}</strong> yes ·{' '}
        <strong data-testid="tally-no">{count('no')}</strong> no ·{' '}
        <strong data-testid="tally-abstain">{count('abstain')}</strong> abstain
        {vote.status === 'open' ? ' so far' : ''}
      </p>
      <ul className="tally-list">
        {Object.entries(votes)
          .filter(([, v]) => v !== 'absent')
          .map(([member, v]) => (
            <li key={member}>
              {member}: {v}
            </li>
          ))}
      </ul>
      {vote.explanations.length > 0 ? (
        <ul className="explanations" aria-label="Explanations of vote">
          {vote.explanations.map((e) => (
            <li key={`${e.member}-${e.text}`}>
              <strong>{e.member}</strong>: {e.text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
