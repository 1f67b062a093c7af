import type { Draft } from '@horseshoe/drafting';

/** One sentence of the pasted report as the panel shows it. */
export interface SentenceView {
  /** 1-based, as the YAML comments number it (`[s5]`). */
  readonly n: number;
  readonly text: string;
  /** `used`: a field was read from it; `unhandled`: about the Council but not read; `other`: neither. */
  readonly kind: 'used' | 'unhandled' | 'other';
  /** The fields read from it, e.g. `decisions[0].positions.RUS.rejects`, with ` (assumption)` where inferred. */
  readonly fields: readonly string[];
}

/** The sentences of a draft with what was read from each. */
export function sentenceViews(draft: Draft): SentenceView[] {
  const unhandled = new Set(draft.unhandled.map((s) => s.index));
  return draft.sentences.map((s) => {
    const fields = draft.citations
      .filter((c) => c.sentence === s.index)
      .map((c) => `${fieldName(c.path)}${c.assumption ? ' (assumption)' : ''}`);
    const kind = fields.length > 0 ? 'used' : unhandled.has(s.index) ? 'unhandled' : 'other';
    return { n: s.index + 1, text: s.text, kind, fields };
  });
}

/** `['decisions', 0, 'positions', 'RUS', 'rejects']` → `decisions[0].positions.RUS.rejects`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
}

/** The 0-based lines of the YAML that cite sentence `n`, with the field line that follows each comment block. */
export function linesCiting(yaml: string, n: number): Set<number> {
  const lines = yaml.split('\n');
  const out = new Set<number>();
  const tag = `[s${n}]`;
  lines.forEach((line, i) => {
    if (!line.includes(tag)) return;
    let j = i;
    while (j < lines.length && lines[j]?.trimStart().startsWith('#')) out.add(j++);
    if (j < lines.length) out.add(j);
  });
  return out;
}
