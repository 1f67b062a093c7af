import type { DraftAdviceBody } from '@horseshoe/protocol';
import { useEffect, useState } from 'react';
import { SessionApiError, sessionApi } from './api.ts';

/** The engine's advice for this seat, fetched again (after a short pause) whenever the session moves. */
export function useAdvice(
  id: string,
  token: string,
  version: number,
): { advice: DraftAdviceBody[] | null; error: string | null } {
  const [answer, setAnswer] = useState<{ advice: DraftAdviceBody[] | null; error: string | null }>({
    advice: null,
    error: null,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the session is the signal to ask again
  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      sessionApi
        .advice(id, token)
        .then((r) => live && setAnswer({ advice: r.advice, error: null }))
        .catch((e: unknown) => {
          if (!live) return;
          // Offline: keep the last advice shown.
          if (e instanceof SessionApiError) setAnswer((a) => ({ advice: a.advice, error: e.message }));
        });
    }, 300);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [id, token, version]);
  return answer;
}

function editWords(edit: { add: readonly string[]; remove: readonly string[] }): string {
  const parts = [
    ...(edit.add.length > 0 ? [`add ${edit.add.join(', ')}`] : []),
    ...(edit.remove.length > 0 ? [`remove ${edit.remove.join(', ')}`] : []),
  ];
  return parts.join(' and ');
}

/**
 * The engine's advice to this delegation, from what it may see: does each text pass, who blocks it and
 * why, the single edit that would win each blocker, and whether this seat's vote decides.
 */
export function AdvicePanel({ advice, error }: { advice: readonly DraftAdviceBody[] | null; error: string | null }) {
  return (
    <section className="session-panel advice" aria-labelledby="advice-title" data-testid="advice">
      <h2 id="advice-title">The engine's advice</h2>
      {error ? <p className="session-refusal">{error}</p> : null}
      {advice === null ? <p>Computing…</p> : null}
      {advice?.length === 0 ? <p>No draft on the table.</p> : null}
      {advice?.map((a) => (
        <article key={a.draftId} data-advice={a.draftId} aria-label={`Advice on ${a.draftId}`}>
          <h3>{a.draftId}</h3>
          <p>
            <strong data-testid="advice-passes">{a.passes ? 'Passes' : 'Fails'}</strong>
            {a.probability > 0 && a.probability < 1 ? ` (chance ${Math.round(a.probability * 100)} %)` : ''}:{' '}
            {a.outcome.explanation}
          </p>
          {a.blockers.length > 0 ? (
            <ul>
              {a.blockers.map((b) => (
                <li key={`${b.member}-${b.kind}`}>
                  <strong>{b.member}</strong> blocks ({b.kind}): {b.reason}.{' '}
                  {b.edit
                    ? `To win ${b.member}: ${editWords(b.edit)}${b.edit.passes ? ', and the text passes' : ''}.`
                    : b.noEditExists
                      ? `No single edit wins ${b.member}.`
                      : ''}
                </li>
              ))}
            </ul>
          ) : null}
          <p data-testid="advice-pivotal">
            {a.pivotal ? 'Your vote alone decides this text.' : 'Your vote alone does not decide this text.'}
            {a.pivotalMembers.length > 0 ? ` Pivotal: ${a.pivotalMembers.join(', ')}.` : ''}
          </p>
          {a.assumed.length > 0 ? (
            <p className="assumed">Positions you cannot see, assumed to vote yes: {a.assumed.join(', ')}.</p>
          ) : null}
        </article>
      ))}
    </section>
  );
}
