/** A clause as the text shows it. */
export interface ClauseText {
  readonly id: string;
  readonly text: string;
}

/** One line of a text compared with what the reader saw last. */
export interface ClauseChange {
  readonly id: string;
  readonly text: string;
  /** `new` since last seen, `changed` wording, `removed` since last seen, or `same`. */
  readonly change: 'same' | 'new' | 'changed' | 'removed';
}

/**
 * The current text compared with the one last seen: the current clauses in order, each marked new or
 * changed, and the clauses removed since, after the clause they followed. With nothing seen yet,
 * every clause is `same` (a first reading has no changes).
 * @example textChanges([{id:'a',text:'A'}], [{id:'a',text:'A2'},{id:'b',text:'B'}]) // a changed, b new
 */
export function textChanges(seen: readonly ClauseText[] | null, current: readonly ClauseText[]): ClauseChange[] {
  if (seen === null) return current.map((c) => ({ ...c, change: 'same' }));
  const before = new Map(seen.map((c) => [c.id, c.text]));
  const now = new Set(current.map((c) => c.id));
  const out: ClauseChange[] = current.map((c) => {
    const old = before.get(c.id);
    return { ...c, change: old === undefined ? 'new' : old === c.text ? 'same' : 'changed' };
  });
  seen.forEach((c, i) => {
    if (now.has(c.id)) return;
    const after = seen
      .slice(0, i)
      .reverse()
      .find((p) => now.has(p.id));
    const at = after ? out.findIndex((o) => o.id === after.id) + 1 : 0;
    let place = at;
    while (out[place]?.change === 'removed') place++;
    out.splice(place, 0, { ...c, change: 'removed' });
  });
  return out;
}

/** Where a reader's last-seen text of a draft is kept (this browser only). */
export function seenKey(sessionId: string, role: string, draftId: string): string {
  return `horseshoe-seen:${sessionId}:${role}:${draftId}`;
}
