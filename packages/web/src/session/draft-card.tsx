import type { SessionDraft } from '@horseshoe/engine/session';
import { type ReactNode, useEffect, useState } from 'react';
import { type ClauseText, seenKey, textChanges } from './text-changes.ts';
import { useNow } from './use-session.ts';

const INSTRUMENT: Record<SessionDraft['instrument'], string> = {
  resolution: 'draft resolution',
  procedural: 'procedural motion',
  'presidential-statement': 'presidential statement',
  'press-statement': 'press statement',
  'press-elements': 'press elements',
};

function readSeen(key: string): ClauseText[] | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as ClauseText[]) : null;
  } catch {
    return null;
  }
}

/** The countdown of a silence: minutes and seconds left, or "passing". */
export function Countdown({ until }: { readonly until: string }) {
  const now = useNow(1000);
  const left = Math.max(0, Math.round((Date.parse(until) - now) / 1000));
  const text = left > 0 ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left` : 'ends now';
  return (
    <span className="countdown" data-testid="silence-countdown">
      {text}
    </span>
  );
}

/** A draft's state in words: status, silence, objections. */
function DraftStatus({ draft }: { readonly draft: SessionDraft }) {
  const s = draft.silence;
  return (
    <p className="draft-status">
      <span data-testid="draft-status">{draft.status}</span>
      {s.type === 'under-silence' ? (
        <>
          {' · under silence until '}
          {s.deadline.slice(11, 16)} UTC (<Countdown until={s.deadline} />)
        </>
      ) : null}
      {s.type === 'silence-broken' ? ` · silence broken by ${s.by}` : null}
      {s.type === 'agreed' ? ' · silence passed' : null}
      {draft.objections.length > 0
        ? ` · objections: ${draft.objections.map((o) => `${o.member} (${o.reason})`).join('; ')}`
        : null}
    </p>
  );
}

/**
 * A draft as one reader sees it: the text with what changed since the reader last marked it read
 * (`track`), the pending amendments, and the reader's own actions (`children`).
 */
export function DraftCard({
  draft,
  sessionId,
  reader,
  track = false,
  children,
}: {
  readonly draft: SessionDraft;
  readonly sessionId: string;
  readonly reader: string;
  readonly track?: boolean;
  readonly children?: ReactNode;
}) {
  const key = seenKey(sessionId, reader, draft.id);
  const [seen, setSeen] = useState<ClauseText[] | null>(() => (track ? readSeen(key) : null));
  const current = draft.clauses.map((c) => ({ id: c.id, text: c.text }));
  const markRead = () => {
    window.localStorage.setItem(key, JSON.stringify(current));
    setSeen(current);
  };
  // A first reading is remembered as read: only later revisions are marked.
  useEffect(() => {
    if (track && seen === null) {
      window.localStorage.setItem(key, JSON.stringify(current));
      setSeen(current);
    }
  });
  const lines = textChanges(track ? seen : null, current);
  const changed = lines.some((l) => l.change !== 'same');
  const pending = draft.amendments.filter((a) => a.status === 'proposed');
  const titleId = `draft-${draft.id}-title`;
  return (
    <article
      className="session-panel draft-card"
      aria-labelledby={titleId}
      data-draft={draft.id}
      data-status={draft.status}
    >
      <h3 id={titleId}>
        {draft.id} <span className="draft-kind">{INSTRUMENT[draft.instrument]}</span>
      </h3>
      <p className="draft-meta">
        version {draft.version} · penholder {draft.penholder ?? 'the chair'}
      </p>
      <DraftStatus draft={draft} />
      {draft.outcome ? <p className="draft-outcome">{draft.outcome.explanation}</p> : null}
      <ol className="draft-text" aria-label={`Text of ${draft.id}`}>
        {lines.map((l) => (
          <li
            key={`${l.change}-${l.id}`}
            className={`clause clause-${l.change}`}
            data-clause={l.id}
            data-change={l.change}
          >
            {l.change === 'removed' ? (
              <del>
                <span className="visually-hidden">Removed since you last read: </span>
                {l.text}
              </del>
            ) : l.change === 'same' ? (
              l.text
            ) : (
              <ins>
                <span className="visually-hidden">{l.change === 'new' ? 'New' : 'Changed'} since you last read: </span>
                {l.text}
              </ins>
            )}{' '}
            <span className="clause-id">[{l.id}]</span>
          </li>
        ))}
      </ol>
      {track && changed ? (
        <button type="button" onClick={markRead} data-testid="mark-read">
          Mark the changes as read
        </button>
      ) : null}
      {pending.length > 0 ? (
        <div className="amendments">
          <h4>Pending amendments</h4>
          <ul>
            {pending.map((a) => (
              <li key={a.id} data-amendment={a.id}>
                <strong>{a.id}</strong> by {a.proposer}: {a.op} {a.clauseId ?? ''}
                {a.clause ? ` → “${a.clause.text}” [${a.clause.id}]` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </article>
  );
}
