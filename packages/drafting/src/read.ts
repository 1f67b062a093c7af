import type { Instrument } from '@horseshoe/engine';
import { type Aliases, findClausePhrases } from './clauses.ts';
import { dateIn } from './dates.ts';
import { findInstruments, type InstrumentMention, RULE_STATEMENT } from './instruments.ts';
import type { MemberLexicon, MemberMention } from './members.ts';
import { findOutcomes, findTally } from './outcomes.ts';
import { MAX_SENTENCE, type Sentence } from './sentences.ts';
import { findStances } from './stances.ts';
import type { Citation, ReadDecision, Stance } from './types.ts';

/** Everything read from a report, before it becomes a scenario. */
export interface Reading {
  readonly decisions: ReadDecision[];
  readonly handled: Set<number>;
  readonly unhandled: Sentence[];
}

const RELEVANT =
  /\b(?:Security Council|[Cc]ouncil|UN|U\.N\.|United Nations|resolution|draft|statement|veto|vot(?:e|ed|ing))\b/;
const COUNCIL = /\b(?:Security Council|UN|U\.N\.|United Nations|[Cc]ouncil)\b/;

/** Reads the decisions of a report sentence by sentence: instruments, penholders, dates, clauses, stances, outcomes. */
export function readDecisions(
  sentences: readonly Sentence[],
  lexicon: MemberLexicon,
  dateline: string,
  aliases: Aliases,
): Reading {
  const decisions: ReadDecision[] = [];
  const handled = new Set<number>();
  const unhandled: Sentence[] = [];
  let current: ReadDecision | null = null;
  for (const s of sentences) {
    const text = s.text;
    if (text.length > MAX_SENTENCE || RULE_STATEMENT.test(text)) continue;
    const cite = (assumption?: string): Citation => ({
      sentence: s.index,
      quote: text,
      ...(assumption ? { assumption } : {}),
    });
    const members = lexicon.find(text);
    const mentions = findInstruments(text);
    const stances = findStances(text, members, aliases);
    const outcomes = findOutcomes(text);
    const tally = findTally(text);
    const hasCue = stances.length > 0 || outcomes.length > 0 || Object.keys(tally).length > 0;
    const own = mentions.filter((m) => !m.others);
    if (mentions.length > 0 && own.length === 0) {
      if (RELEVANT.test(text)) unhandled.push(s);
      continue;
    }
    // Which decision each phrase names.
    const targets: { mention: InstrumentMention | null; decision: ReadDecision; at: number }[] = [];
    for (const m of own) {
      const pens = penholdersOf(m, own, members);
      const d = resolve(decisions, m, pens, current, hasCue || pens.length > 0, cite(m.assumption));
      if (!d) continue;
      if (pens.length > 0 && d.penholders.length === 0) {
        d.penholders = pens;
        d.penCite = cite();
      }
      targets.push({ mention: m, decision: d, at: m.start });
    }
    if (targets.length === 0 && hasCue) {
      if (current) targets.push({ mention: null, decision: current, at: 0 });
      else if (
        COUNCIL.test(text) &&
        (stances.some((c) => c.kind === 'vote' && c.members.length > 0) || outcomes.some((o) => o.cue === 'vetoed'))
      ) {
        const d = newDecision('resolution', cite('the text does not name the instrument; modelled as a resolution'));
        decisions.push(d);
        targets.push({ mention: null, decision: d, at: 0 });
      }
    }
    if (targets.length === 0) {
      if (RELEVANT.test(text) || members.length > 0) unhandled.push(s);
      continue;
    }
    const decisionAt = (pos: number) =>
      [...targets].reverse().find((t) => t.at <= pos)?.decision ?? (targets[0] as { decision: ReadDecision }).decision;
    let used = targets.some((t) => t.mention !== null && t.decision.instrumentCite.sentence === s.index);
    // Dates and clauses.
    const when = dateIn(text, dateline);
    targets.forEach((t, i) => {
      const d = t.decision;
      if (when && !d.date && t.mention) {
        d.date = when.date;
        d.dateCite = cite(`"${when.words}" read relative to the dateline ${dateline}`);
        used = true;
      }
      if (!t.mention) return;
      const until = targets[i + 1]?.at ?? text.length;
      for (const c of findClausePhrases(text.slice(0, until), t.mention.end, aliases)) {
        used = addClause(d, c.id, c.text, cite()) || used;
      }
    });
    for (const cue of stances) {
      const d = decisionAt(cue.start);
      const codes = cue.members.flatMap((m) => (m.kind === 'others' ? [`*others:${m.count ?? ''}`] : m.codes));
      const add = (st: Omit<Stance, 'member'>) => {
        for (const member of codes) d.stances.push({ ...st, member });
        used = used || codes.length > 0;
      };
      if (cue.kind === 'rejects' || cue.kind === 'requires') {
        if (codes.length > 0) addClause(d, cue.value, cue.clauseText ?? cue.value, cite());
        add({ kind: cue.kind, value: cue.value, cite: cite(cue.assumption) });
      } else if (cue.kind === 'objects') {
        const objected = findClausePhrases(text, cue.end, aliases);
        for (const c of objected) {
          addClause(d, c.id, c.text, cite());
          add({ kind: 'rejects', value: c.id, cite: cite() });
        }
        if (objected.length === 0)
          add({ kind: 'vote', value: 'no', cite: cite('"objects to" the text read as a no vote') });
      } else add({ kind: 'vote', value: cue.value, cite: cite(cue.assumption) });
    }
    for (const o of outcomes) {
      const d = decisionAt(o.start);
      d.flags[o.cue] ??= cite();
      used = true;
    }
    if (Object.keys(tally).length > 0) {
      const d = decisionAt(0);
      for (const part of ['yes', 'no', 'abstain'] as const) {
        if (tally[part] !== undefined && d.tally[part] === undefined) d.tally[part] = tally[part];
      }
      d.tally.cites.push(cite());
      used = true;
    }
    current = targets[targets.length - 1]?.decision ?? current;
    if (used) handled.add(s.index);
    else if (RELEVANT.test(text) || members.length > 0) unhandled.push(s);
  }
  return { decisions, handled, unhandled };
}

/** Penholders named next to an instrument phrase ("British-drafted resolution", "draft proposed by X"). */
function penholdersOf(m: InstrumentMention, all: readonly InstrumentMention[], members: readonly MemberMention[]) {
  return members
    .filter((p) => p.penholder)
    .filter((p) => {
      const nearest = [...all].sort((a, b) => distance(a, p) - distance(b, p))[0];
      return nearest === m;
    })
    .flatMap((p) => p.codes);
}

function distance(m: InstrumentMention, p: MemberMention): number {
  return p.end <= m.start ? m.start - p.end : Math.max(0, p.start - m.end);
}

function resolve(
  decisions: ReadDecision[],
  m: InstrumentMention,
  pens: readonly string[],
  current: ReadDecision | null,
  create: boolean,
  cite: Citation,
): ReadDecision | null {
  const samePen = (d: ReadDecision) => pens.length === 0 || d.penholders.length === 0 || d.penholders[0] === pens[0];
  if (m.instrument === null) {
    if (current && !m.fresh && samePen(current)) return current;
    const byPen = pens.length > 0 ? decisions.find((d) => d.penholders[0] === pens[0]) : undefined;
    if (byPen) return byPen;
    if (!create) return current;
    return push(
      decisions,
      newDecision('resolution', { ...cite, assumption: 'a "draft" of the Council is modelled as a draft resolution' }),
    );
  }
  if (!m.fresh) {
    const strict =
      pens.length > 0 ? decisions.find((d) => d.instrument === m.instrument && d.penholders[0] === pens[0]) : undefined;
    if (strict) return strict;
    if (current && current.instrument === m.instrument && samePen(current)) return current;
    const same = [...decisions].reverse().find((d) => d.instrument === m.instrument && samePen(d));
    if (same) return same;
  }
  return push(decisions, newDecision(m.instrument, cite));
}

function push(decisions: ReadDecision[], d: ReadDecision): ReadDecision {
  decisions.push(d);
  return d;
}

function newDecision(instrument: Instrument, cite: Citation): ReadDecision {
  return {
    instrument,
    instrumentCite: cite,
    penholders: [],
    clauses: [],
    stances: [],
    flags: {},
    tally: { cites: [] },
  };
}

function addClause(d: ReadDecision, id: string, text: string, cite: Citation): boolean {
  if (d.clauses.some((c) => c.id === id)) return false;
  d.clauses.push({ id, text, cite });
  return true;
}
