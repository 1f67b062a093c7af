import { type Council, memberName } from '@horseshoe/engine';
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { AFRICAN_STATES, CAPITALS, DEMONYMS, INFORMAL_NAMES, P3, WEOG_STATES } from './member-names.ts';

countries.registerLocale(en);

/** How a member was named: by name, demonym, capital (metonym), or as part of a group. */
export type MentionKind = 'name' | 'demonym' | 'capital' | 'group' | 'others';

/** A member (or group of members) named in a sentence; offsets are within the sentence. */
export interface MemberMention {
  /** Member codes as they sit on this Council; empty for `others` ("the other members"), resolved later. */
  readonly codes: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  /** For `others`: how many the text says there are ("nine other members"); read only if that many remain. */
  readonly count?: number;
  /** The member drafted the text ("British-drafted", "proposed by France"), so this is not a stance. */
  readonly penholder: boolean;
}

/** Finds the Council's members in sentences, for one Council (one date). */
export interface MemberLexicon {
  readonly council: Council;
  find(sentence: string): MemberMention[];
}

interface Surface {
  readonly code: string;
  readonly kind: 'name' | 'demonym' | 'capital';
}

const GROUPS: readonly { readonly pattern: RegExp; readonly pick: (c: Council) => string[] }[] = [
  {
    pattern: /\b(?:the )?P-?5\b|\b(?:the )?(?:five|5) permanent members\b|(?<!non-)\bpermanent members\b/g,
    pick: (c) => c.members.filter((m) => m.permanent).map((m) => m.code),
  },
  {
    pattern: /\b(?:the )?P-?3\b|\b(?:the )?(?:three )?Western permanent members\b/g,
    pick: (c) => c.members.filter((m) => P3.includes(m.code)).map((m) => m.code),
  },
  {
    pattern: /\b(?:the )?A-?3\b|\b(?:the )?(?:three )?African (?:Council )?members\b/g,
    pick: (c) => c.members.filter((m) => !m.permanent && AFRICAN_STATES.has(m.code)).map((m) => m.code),
  },
  {
    pattern: /\b(?:the )?E-?10\b|\b(?:the )?(?:ten |10 )?(?:elected|non-permanent) members\b/g,
    pick: (c) => c.members.filter((m) => !m.permanent).map((m) => m.code),
  },
  {
    pattern: /\b(?:the )?Western (?:members|countries|powers|nations)\b/g,
    pick: (c) =>
      c.members.filter((m) => P3.includes(m.code) || (!m.permanent && WEOG_STATES.has(m.code))).map((m) => m.code),
  },
];

const NUMBER = '(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)';
const OTHERS = new RegExp(
  `\\b(?:the )?(?:${NUMBER} )?(?:other|remaining) (?:${NUMBER} )?(?:[A-Z]{2,5} )?(?:Council |council )?(?:members|countries|nations|states)\\b|\\bthe rest of the (?:Council|council)\\b`,
  'g',
);
const NUMBER_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
];

/** What follows a member's name when it drafted the text: "British-drafted", "US/Albania-sponsored", "French draft". */
const PEN_AFTER =
  /^(?:(?:\s*(?:,|and|\/|-)\s*(?:the )?[A-Z][\w.]*)*-(?:drafted|sponsored|proposed|penned|authored|led)\b|\s+(?:draft|drafts|proposal|text)\b)/;
/** What precedes a member drafting the text: "proposed by the United States and ", "put forward by ". */
const PEN_BEFORE =
  /\b(?:drafted|proposed|put forward|sponsored|tabled|penned|authored|circulated|introduced|submitted|presented) by (?:the )?(?:[A-Z][\w.'’ -]*?(?:, | and |, and )(?:the )?)*$/;

/**
 * The lexicon of one Council: each member's UN short name, ISO names and aliases, demonyms and capital,
 * and the groups the press uses ("the P5", "the A3", "the E10", "Western members").
 */
export function memberLexicon(council: Council): MemberLexicon {
  const surfaces = new Map<string, Surface>();
  const add = (text: string, code: string, kind: Surface['kind']) => {
    if (text.length >= 2 && !surfaces.has(text)) surfaces.set(text, { code, kind });
  };
  for (const m of council.members) {
    const iso = m.code === 'SUN' ? 'RUS' : m.code;
    for (const n of [m.name, memberName(m.code) ?? '', ...isoNames(iso), ...(INFORMAL_NAMES[m.code] ?? [])]) {
      add(n, m.code, 'name');
      add(`the ${n}`, m.code, 'name');
    }
    for (const d of DEMONYMS[m.code] ?? []) add(d, m.code, 'demonym');
    for (const c of CAPITALS[m.code] ?? []) add(c, m.code, 'capital');
  }
  const names = [...surfaces.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern =
    names.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    council,
    find(sentence: string): MemberMention[] {
      const found: MemberMention[] = [];
      for (const g of GROUPS) {
        for (const m of sentence.matchAll(g.pattern)) {
          found.push(mention(sentence, m, g.pick(council), 'group'));
        }
      }
      for (const m of sentence.matchAll(OTHERS)) {
        const n = m[1] ?? m[2];
        const count =
          n === undefined ? undefined : /^\d+$/.test(n) ? Number(n) : NUMBER_WORDS.indexOf(n.toLowerCase()) + 2;
        found.push({ ...mention(sentence, m, [], 'others'), ...(count === undefined ? {} : { count }) });
      }
      if (pattern) {
        for (const m of sentence.matchAll(pattern)) {
          const s = surfaces.get(m[0]);
          if (s && !found.some((f) => overlaps(f, m.index, m.index + m[0].length))) {
            found.push(mention(sentence, m, [s.code], s.kind));
          }
        }
      }
      return dropDescriptors(
        found.sort((a, b) => a.start - b.start),
        sentence,
      );
    },
  };
}

function isoNames(code: string): string[] {
  const all = countries.getName(code, 'en', { select: 'all' }) as string[] | undefined;
  return all ?? [];
}

function mention(sentence: string, m: RegExpMatchArray, codes: string[], kind: MentionKind): MemberMention {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const penholder =
    kind !== 'group' && (PEN_AFTER.test(sentence.slice(end)) || PEN_BEFORE.test(sentence.slice(0, start)));
  return { codes, start, end, text: m[0], kind, penholder };
}

/** "permanent member China", "non-permanent members Ethiopia and Kazakhstan": the group only describes the names. */
function dropDescriptors(found: MemberMention[], sentence: string): MemberMention[] {
  return found.filter((f, i) => {
    if (f.kind !== 'group' && f.kind !== 'others') return true;
    const next = found[i + 1];
    return !(next && next.kind !== 'group' && /^[\s,:;–—-]{0,4}$/.test(sentence.slice(f.end, next.start)));
  });
}

function overlaps(f: MemberMention, start: number, end: number): boolean {
  return start < f.end && end > f.start;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
