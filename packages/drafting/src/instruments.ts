import type { Instrument } from '@horseshoe/engine';

/** A phrase naming a Council text in a sentence. */
export interface InstrumentMention {
  /** `null` for a generic reference ("the draft", "the text") to whichever text the report is about. */
  readonly instrument: Instrument | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What was inferred from the wording ("a more formal statement" → presidential statement). */
  readonly assumption?: string;
  /** "another draft", "a rival resolution": a text other than the one discussed so far. */
  readonly fresh: boolean;
  /** A plural ("two competing drafts", "relevant resolutions"): other texts than the one reported. */
  readonly others: boolean;
}

interface InstrumentPattern {
  readonly re: RegExp;
  readonly instrument: Instrument | null | 'skip';
  readonly assumption?: string;
}

const PATTERNS: readonly InstrumentPattern[] = [
  // An existing resolution cited by number is not a decision of the report.
  { re: /\b(?:resolutions?|S\/RES\/)\s*\d{2,4}(?:\s*\(\d{4}\))?/g, instrument: 'skip' },
  { re: /\bpresidential statements?\b|\bstatements? by the (?:P|p)resident\b/g, instrument: 'presidential-statement' },
  { re: /\bpress statements?\b/g, instrument: 'press-statement' },
  { re: /\bpress elements\b|\belements to the press\b/g, instrument: 'press-elements' },
  {
    re: /\binformally expressed\b/g,
    instrument: 'press-elements',
    assumption: 'an informal expression of the Council is modelled as press elements',
  },
  {
    re: /\b(?:(?:more )?formal|(?:Security )?Council) statements?\b/g,
    instrument: 'presidential-statement',
    assumption: 'a formal statement is modelled as a presidential statement (the text does not say which kind)',
  },
  {
    re: /\bprocedural (?:vote|motion)s?\b|\bprovisional agenda\b|\b(?:adopt|adoption of|vote on) the agenda\b/g,
    instrument: 'procedural',
  },
  { re: /\b(?:draft )?resolutions?\b(?! of\b)/g, instrument: 'resolution' },
  { re: /\bdrafts?\b(?!-)|\bthe (?:text|measure|document|proposal)\b/g, instrument: null },
];

const FRESH = /\b(?:another|second|rival|new|competing|third|separate|alternative|counter)\s+(?:[\w-]+\s+){0,3}$/i;

/** The Council texts a sentence names, in order, each phrase once. */
export function findInstruments(sentence: string): InstrumentMention[] {
  const found: InstrumentMention[] = [];
  const taken: [number, number][] = [];
  for (const p of PATTERNS) {
    for (const m of sentence.matchAll(p.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      if (p.instrument === 'skip') continue;
      const before = sentence.slice(Math.max(0, start - 40), start);
      // A plural ("rival resolutions", "relevant Council resolutions") names other texts than the one reported.
      const plural = /s$/.test(m[0]) && !/elements$/.test(m[0]);
      found.push({
        instrument: p.instrument,
        start,
        end,
        text: m[0],
        ...(p.assumption ? { assumption: p.assumption } : {}),
        fresh: FRESH.test(before),
        others: plural,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Sentences that explain the Council's rules rather than report a decision ("A resolution needs nine votes"). */
export const RULE_STATEMENT =
  /\b(?:any negative vote|needs? (?:nine|9) votes|requires? (?:at least |a minimum of )?(?:nine|9)|for adoption, a resolution|known as (?:a )?veto|(?:have|has|hold|holds) the (?:power|right) (?:to|of) veto|is the veto power|veto-wielding|from any one of the five permanent members|stops action on any|cannot be vetoed|to pass\b.*\bpermanent members\b.*\bveto)/i;
