import type { ClauseId, MemberId } from '../ids.ts';
import { type Instrument, instrumentNoun } from '../rules/instrument.ts';
import type { Decision } from '../scenario/types.ts';
import { type SearchOptions, type SearchStatus, searchTexts } from './search.ts';

/** The best a member can get adopted under one instrument. */
export interface InstrumentOption {
  readonly instrument: Instrument;
  readonly status: SearchStatus;
  /** The best passing text for the member, or null when none passes (or none was found in time). */
  readonly text: readonly ClauseId[] | null;
  readonly utility: number | null;
  readonly changes: number | null;
  /** With `time-limit`: the proven upper bound on the member's utility. */
  readonly bound: number | null;
}

/** Which outcome serves a member best: a text under some instrument, or no decision at all (utility 0). */
export interface BestInterest {
  readonly member: MemberId;
  readonly options: readonly InstrumentOption[];
  /** The instrument whose best text serves the member best, or null when no decision serves it better. */
  readonly best: Instrument | null;
  readonly bestUtility: number;
  readonly summary: string;
}

/** The alternatives compared: the instruments a text can be issued as (a procedural vote is not one). */
export const ALTERNATIVE_INSTRUMENTS: readonly Instrument[] = [
  'resolution',
  'presidential-statement',
  'press-statement',
  'press-elements',
];

/**
 * For member M: the best passing text under each instrument (same clauses, same positions) against
 * "no decision at all", worth 0 to everyone. The strongest instrument wins ties; no decision wins when
 * nothing passes that is worth more than 0 to M.
 * @example bestInterest(decision, memberId('USA')).best // 'presidential-statement'
 */
export function bestInterest(decision: Decision, member: MemberId, options: SearchOptions = {}): BestInterest {
  const instruments = ALTERNATIVE_INSTRUMENTS.includes(decision.instrument)
    ? ALTERNATIVE_INSTRUMENTS
    : [decision.instrument, ...ALTERNATIVE_INSTRUMENTS];
  const found = instruments.map((instrument): InstrumentOption => {
    const r = searchTexts({ ...decision, instrument }, { ...options, for: member, top: 1 });
    const t = r.texts[0];
    return {
      instrument,
      status: r.status,
      text: t ? t.clauses : null,
      utility: t ? t.utility : null,
      changes: t ? t.changes : null,
      bound: r.status === 'time-limit' ? r.bound : null,
    };
  });
  let best: Instrument | null = null;
  let bestUtility = 0;
  for (const o of found) {
    if (o.utility !== null && o.utility > bestUtility) {
      best = o.instrument;
      bestUtility = o.utility;
    }
  }
  return { member, options: found, best, bestUtility, summary: summarise(decision, member, found, best, bestUtility) };
}

function summarise(
  decision: Decision,
  member: MemberId,
  found: readonly InstrumentOption[],
  best: Instrument | null,
  bestUtility: number,
): string {
  const name = decision.body.names[member] ?? member;
  if (best !== null) {
    return `${name} is best served by a ${instrumentNoun(best)} (utility ${fmt(bestUtility)}, against 0 for no decision).`;
  }
  const passing = found.filter((o) => o.utility !== null);
  if (passing.length === 0) return `Nothing can pass under any instrument; ${name} gets no decision (utility 0).`;
  return `No passing text is worth more to ${name} than no decision at all (utility 0); the best it can get adopted is worth ${fmt(Math.max(...passing.map((o) => o.utility as number)))}.`;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}
