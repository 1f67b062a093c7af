import type { ClauseId } from '../ids.ts';
import type { SessionClause } from './commands.ts';
import type { SessionAmendment, SessionDraft } from './state.ts';

/** The text after an amendment, or why it no longer applies to the text as it stands. */
export type AmendedText =
  | { readonly ok: true; readonly clauses: readonly SessionClause[]; readonly removed: readonly SessionClause[] }
  | { readonly ok: false; readonly why: string };

/**
 * Applies an amendment to a text: `add` inserts `clause` after `clauseId` (or at the end), `delete`
 * removes `clauseId`, `replace` puts `clause` in place of `clauseId`. It no longer applies when the
 * clause it names is gone or the clause it adds is already there.
 */
export function amendText(
  clauses: readonly SessionClause[],
  a: Pick<SessionAmendment, 'op' | 'clauseId' | 'clause'>,
): AmendedText {
  const at = a.clauseId === null ? -1 : clauses.findIndex((c) => c.id === a.clauseId);
  if (a.clauseId !== null && at < 0) return { ok: false, why: `clause "${a.clauseId}" is no longer in the text` };
  const adds = a.clause;
  if (adds && clauses.some((c, i) => c.id === adds.id && !(a.op === 'replace' && i === at))) {
    return { ok: false, why: `clause "${adds.id}" is already in the text` };
  }
  switch (a.op) {
    case 'add': {
      if (!adds) return { ok: false, why: 'no clause to add' };
      const i = at < 0 ? clauses.length : at + 1;
      return { ok: true, clauses: [...clauses.slice(0, i), adds, ...clauses.slice(i)], removed: [] };
    }
    case 'delete': {
      const gone = clauses[at];
      if (!gone) return { ok: false, why: 'no clause to delete' };
      return { ok: true, clauses: clauses.filter((_, i) => i !== at), removed: [gone] };
    }
    case 'replace': {
      const gone = clauses[at];
      if (!gone || !adds) return { ok: false, why: 'no clause to replace' };
      return { ok: true, clauses: clauses.map((c, i) => (i === at ? adds : c)), removed: [gone] };
    }
  }
}

/** Adds clauses to a draft's reserve, keeping the first text of each id and leaving out clauses in the text. */
export function withReserve(
  reserve: readonly SessionClause[],
  more: readonly SessionClause[],
  text: readonly SessionClause[],
): SessionClause[] {
  const out = [...reserve];
  for (const c of more) if (!out.some((r) => r.id === c.id)) out.push(c);
  return out.filter((c) => !text.some((t) => t.id === c.id));
}

/** The clause ids of a draft's text. */
export function textIds(draft: Pick<SessionDraft, 'clauses'>): ClauseId[] {
  return draft.clauses.map((c) => c.id);
}
