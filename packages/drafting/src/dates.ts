import * as chrono from 'chrono-node';
import type { Sentence } from './sentences.ts';

/** `YYYY-MM-DD` of a Date read in UTC. */
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function noon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/**
 * The report's own date when the text states one with its year (a dateline such as "September 30,
 * 2022" or "2022-02-26"): the latest full date among the first sentences. `null` when none is given.
 */
export function findDateline(sentences: readonly Sentence[]): { date: string; sentence: Sentence } | null {
  let best: { date: string; sentence: Sentence } | null = null;
  for (const s of sentences.slice(0, 12)) {
    for (const r of chrono.parse(s.text.slice(0, 2_000), { instant: noon('2000-01-01'), timezone: 0 })) {
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
      const date = iso(r.start.date());
      if (best === null || date > best.date) best = { date, sentence: s };
    }
  }
  return best;
}

/**
 * The first date a sentence gives, relative to the dateline ("on Thursday" → the Thursday before,
 * "on 5 April" → that day of the dateline's year, "last week"), never after the dateline.
 * Returns the date and the words it was read from.
 */
export function dateIn(sentence: string, dateline: string): { date: string; words: string } | null {
  const results = chrono.parse(
    sentence.slice(0, 2_000),
    { instant: noon(dateline), timezone: 0 },
    { forwardDate: false },
  );
  for (const r of results) {
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !/\b(?:week|yesterday|today)\b/i.test(r.text))
      continue;
    if (/^\d{1,2}$/.test(r.text.trim())) continue;
    let date = iso(r.start.date());
    // "on Monday" in a report dated Friday means the Monday before (chrono may pick the next one).
    if (date > dateline && !r.start.isCertain('day') && r.start.isCertain('weekday')) {
      date = iso(new Date(r.start.date().getTime() - 7 * 86_400_000));
    }
    // "on 5 April" in a report dated 2 January means the April before.
    if (date > dateline && !r.start.isCertain('year')) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    if (date > dateline) continue;
    return { date, words: r.text };
  }
  return null;
}
