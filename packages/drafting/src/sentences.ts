import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** One sentence of the report, with its place in the text (offsets count UTF-16 code units). */
export interface Sentence {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Sentences longer than this are kept (and listed) but not read: it bounds the patterns' work. */
export const MAX_SENTENCE = 2_000;

let nlp: ReturnType<typeof winkNLP> | null = null;

/**
 * Splits a report into sentences: each line (headlines and paragraphs) on its own, then wink-nlp's
 * sentence boundaries within it. Offsets point into `text`.
 */
export function splitSentences(text: string): Sentence[] {
  nlp ??= winkNLP(model);
  const out: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length > 0) {
      let cursor = lineStart;
      const parts = trimmed.length > MAX_SENTENCE * 20 ? [trimmed] : nlp.readDoc(trimmed).sentences().out();
      for (const part of parts) {
        const at = text.indexOf(part, cursor);
        if (at < 0) continue;
        out.push({ index: out.length, text: part, start: at, end: at + part.length });
        cursor = at + part.length;
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}
