import type { SessionDraft, SessionState } from '@horseshoe/engine/session';
import { useId, useState } from 'react';
import type { SessionClient } from './session-client.ts';
import { freshId, whyNot } from './use-session.ts';

type Role = `seat:${string}`;

/** A small form that sends one command built from its text field (object, break silence, explain a vote). */
export function ReasonForm({
  client,
  state,
  actor: role,
  label,
  field,
  build,
  testId,
}: {
  client: SessionClient;
  state: SessionState;
  actor: Role;
  label: string;
  field: string;
  build: (text: string) => { type: string } & Record<string, unknown>;
  testId: string;
}) {
  const [text, setText] = useState('');
  const id = useId();
  const body = build(text.trim() || '—');
  const reason = whyNot(state, role, body);
  return (
    <form
      className="reason-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (reason !== null || text.trim() === '') return;
        client.send(build(text.trim()));
        setText('');
      }}
    >
      <label htmlFor={id}>{field}</label>
      <input id={id} value={text} onChange={(e) => setText(e.target.value)} disabled={reason !== null} />
      <button type="submit" disabled={reason !== null || text.trim() === ''}>
        {label}
      </button>
      {reason ? <span className="command-why">{reason}</span> : null}
    </form>
  );
}

/** Propose an amendment to a draft: add, delete or replace a clause. */
export function AmendmentForm({
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
  const [op, setOp] = useState<'add' | 'delete' | 'replace'>('replace');
  const [clauseId, setClauseId] = useState(draft.clauses[0]?.id ?? '');
  const [newId, setNewId] = useState('');
  const [text, setText] = useState('');
  const base = useId();
  const amendmentId = freshId(
    `${role.slice(5).toLowerCase()}-amendment`,
    state.drafts.flatMap((d) => d.amendments.map((a) => a.id)),
  );
  const clause = { id: newId.trim() || `${clauseId || 'clause'}-${role.slice(5).toLowerCase()}`, text: text.trim() };
  const body = {
    type: 'propose-amendment',
    draftId: draft.id,
    amendmentId,
    op,
    ...(op !== 'add' || clauseId ? { clauseId } : {}),
    ...(op !== 'delete' ? { clause } : {}),
  };
  const reason = op !== 'delete' && clause.text === '' ? 'write the new clause' : whyNot(state, role, body);
  return (
    <details className="amendment-form">
      <summary>Propose an amendment</summary>
      <form
        data-testid={`amend-${draft.id}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (reason !== null) return;
          client.send(body);
          setText('');
          setNewId('');
        }}
      >
        <label htmlFor={`${base}-op`}>Change</label>
        <select id={`${base}-op`} value={op} onChange={(e) => setOp(e.target.value as typeof op)}>
          <option value="replace">replace a clause</option>
          <option value="delete">delete a clause</option>
          <option value="add">add a clause after</option>
        </select>
        <label htmlFor={`${base}-clause`}>Clause</label>
        <select id={`${base}-clause`} value={clauseId} onChange={(e) => setClauseId(e.target.value)}>
          {draft.clauses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id}
            </option>
          ))}
        </select>
        {op !== 'delete' ? (
          <>
            <label htmlFor={`${base}-id`}>New clause id (optional)</label>
            <input id={`${base}-id`} value={newId} onChange={(e) => setNewId(e.target.value)} />
            <label htmlFor={`${base}-text`}>New clause</label>
            <textarea id={`${base}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </>
        ) : null}
        <button type="submit" disabled={reason !== null}>
          Propose {amendmentId}
        </button>
        {reason ? <span className="command-why">{reason}</span> : null}
      </form>
    </details>
  );
}

/**
 * The delegation's own position: how it will vote and its red lines, on one draft or in general.
 * Private by default (only this seat sees it); the switch makes it public to the whole room.
 */
export function PositionForm({
  client,
  state,
  actor: role,
}: {
  client: SessionClient;
  state: SessionState;
  actor: Role;
}) {
  const member = role.slice(5);
  const onTable = state.drafts.filter((d) => d.status === 'circulated');
  const [draftId, setDraftId] = useState(onTable[0]?.id ?? '');
  const [vote, setVote] = useState<'' | 'yes' | 'no' | 'abstain' | 'absent'>('');
  const [rejects, setRejects] = useState<string[]>([]);
  const [isPublic, setPublic] = useState(false);
  const base = useId();
  const draft = state.drafts.find((d) => d.id === draftId);
  const mine = [...state.positions].reverse().find((p) => p.member === member && (p.draftId ?? '') === draftId);
  const clauses = draft ? [...draft.clauses, ...draft.reserve] : [];
  const position = { vote: vote === '' ? null : vote, rejects };
  const body = {
    type: 'state-position',
    position,
    visibility: isPublic ? 'public' : 'private',
    ...(draftId ? { draftId } : {}),
  };
  return (
    <section className="session-panel position" aria-labelledby={`${base}-title`} data-testid="own-position">
      <h2 id={`${base}-title`}>Your position</h2>
      <p data-testid="own-position-now">
        {mine
          ? `Stated ${mine.visibility === 'private' ? 'privately (only you see it)' : 'publicly (everyone sees it)'}${mine.draftId ? ` on ${mine.draftId}` : ''}: ${
              mine.position.vote !== null
                ? `votes ${typeof mine.position.vote === 'string' ? mine.position.vote : 'by chance'}`
                : 'votes by its red lines'
            }${mine.position.rejects.length > 0 ? `; rejects ${mine.position.rejects.join(', ')}` : ''}.`
          : 'Not stated on this text yet.'}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          client.send(body);
        }}
      >
        <label htmlFor={`${base}-draft`}>On</label>
        <select id={`${base}-draft`} value={draftId} onChange={(e) => setDraftId(e.target.value)}>
          {onTable.map((d) => (
            <option key={d.id} value={d.id}>
              {d.id}
            </option>
          ))}
          <option value="">every text (general position)</option>
        </select>
        <label htmlFor={`${base}-vote`}>You will vote</label>
        <select
          id={`${base}-vote`}
          value={vote}
          onChange={(e) => setVote(e.target.value as typeof vote)}
          data-testid="position-vote"
        >
          <option value="">by your red lines</option>
          <option value="yes">yes</option>
          <option value="no">no</option>
          <option value="abstain">abstain</option>
          <option value="absent">not at all (absent)</option>
        </select>
        {clauses.length > 0 ? (
          <fieldset>
            <legend>Red lines: clauses you reject</legend>
            {clauses.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={rejects.includes(c.id)}
                  onChange={(e) => setRejects((r) => (e.target.checked ? [...r, c.id] : r.filter((x) => x !== c.id)))}
                />
                {c.id}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={isPublic}
            checked={isPublic}
            onChange={(e) => setPublic(e.target.checked)}
            data-testid="position-public"
          />
          {isPublic
            ? 'Public: every delegation, the chair and the gallery will see it'
            : 'Private: only your delegation will see it'}
        </label>
        <button type="submit" data-testid="state-position">
          State your position {isPublic ? 'publicly' : 'privately'}
        </button>
      </form>
    </section>
  );
}
