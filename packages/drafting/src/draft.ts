import { type Council, councilOn, isCouncilDate } from '@horseshoe/engine';
import { buildScenario } from './build.ts';
import { findAliases } from './clauses.ts';
import { findDateline } from './dates.ts';
import { checkText, type DraftError } from './input.ts';
import { type MemberLexicon, memberLexicon } from './members.ts';
import { readDecisions } from './read.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import type { Draft } from './types.ts';

/** Options of {@link draftScenario}. */
export interface DraftOptions {
  /** The report's date (`YYYY-MM-DD`), for relative dates ("on Thursday") and the Council's composition. */
  readonly date?: string;
}

/** A drafted scenario, or why the text could not be drafted. */
export type DraftResult =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly error: DraftError };

const BOILERPLATE = /^(?:skip to|sign up|subscribe|advertisement|cookie|menu|share|read more|photo)/i;

/**
 * Reads an English news report or UN press release about the Security Council and drafts a scenario
 * (scenarios.md, version 1): its decisions (instrument, date, penholder, recorded outcome and tally),
 * the clauses the text says they contain, and each member's stance, every field with the sentence it
 * came from. Pure: the same text and options give the same draft. Never throws for bad input.
 * @example draftScenario(report, { date: '2019-04-19' }) // { ok: true, draft } with three decisions
 */
export function draftScenario(input: string, options: DraftOptions = {}): DraftResult {
  const checked = checkText(input);
  if (!checked.ok) return checked;
  const text = checked.text;
  if (options.date !== undefined && !isCouncilDate(options.date)) {
    const error = councilOn(options.date);
    const message = error.ok ? 'not a Council date' : (error.errors[0]?.message ?? 'not a Council date');
    return { ok: false, error: { code: 'draft/bad-date', message: `--date: ${message}` } };
  }
  const sentences = splitSentences(text);
  const found = options.date === undefined ? findDateline(sentences) : null;
  const date = options.date ?? found?.date;
  if (date === undefined || !isCouncilDate(date)) {
    const message =
      date === undefined
        ? 'the text gives no date with its year: give the report’s date with --date YYYY-MM-DD'
        : `the report's date ${date} is outside the Council's record: give the date with --date YYYY-MM-DD`;
    return { ok: false, error: { code: 'draft/no-date', message } };
  }
  const councils = new Map<string, Council | null>();
  const councilFor = (d: string): Council | null => {
    if (!councils.has(d)) {
      const c = isCouncilDate(d) ? councilOn(d) : null;
      councils.set(d, c?.ok ? c.value : null);
    }
    return councils.get(d) ?? null;
  };
  const lexicon: MemberLexicon = memberLexicon(councilFor(date) as Council);
  const reading = readDecisions(sentences, lexicon, date, findAliases(text));
  if (reading.decisions.length === 0) {
    return {
      ok: false,
      error: {
        code: 'draft/no-decision',
        message:
          'found no Council decision in the text (no resolution, draft, statement, press elements or procedural vote)',
      },
    };
  }
  const { scenario, citations } = buildScenario(titleOf(sentences), date, reading.decisions, councilFor);
  return {
    ok: true,
    draft: {
      scenario,
      citations,
      sentences,
      unhandled: reading.unhandled,
      dateline: found ? { sentence: found.sentence.index, quote: found.sentence.text } : { given: date },
    },
  };
}

function titleOf(sentences: readonly Sentence[]): string {
  const line = sentences.find((s) => s.text.split(/\s+/).length >= 4 && !BOILERPLATE.test(s.text));
  const title = (line ?? sentences[0])?.text ?? 'Drafted scenario';
  return title.length > 160 ? `${title.slice(0, 159).trimEnd()}…` : title;
}
