import { type Aliases, clauseId, cutObject, REFERENCE_NOUN } from './clauses.ts';
import type { MemberMention } from './members.ts';
import type { ReadVote } from './types.ts';

/** A stance cue in a sentence and the members it applies to. */
export interface StanceCue {
  readonly kind: 'vote' | 'rejects' | 'requires' | 'objects';
  /** The vote (`vote`), or the clause the red line names (`rejects` / `requires`). */
  readonly value: string;
  /** Clause text for a red line. */
  readonly clauseText?: string;
  readonly members: readonly MemberMention[];
  readonly start: number;
  readonly end: number;
  readonly assumption?: string;
}

interface CuePattern {
  readonly re: RegExp;
  readonly kind: StanceCue['kind'];
  readonly vote?: ReadVote;
  /** `after`: the members follow the cue ("vetoed by Russia", "against (China, Russia)"). */
  readonly voice: 'before' | 'after';
  readonly assumption?: string;
  /** For red lines: the clause id prefix of the object. */
  readonly prefix?: string;
}

const OBJ = '([^,.;]+)';
const NOUN = `(${REFERENCE_NOUN.source})`;
const CUES: readonly CuePattern[] = [
  {
    re: new RegExp(
      `\\b(?:could|would|can|will|did|does) not (?:agree to|accept|support|back) (?:a|any|the) (?:[\\w-]+ ){0,2}?(?:text|draft|statement|resolution|document) (?:that|which) (?:did|does|would) not (mention|name|include|refer to|reference) ${OBJ}`,
      'g',
    ),
    kind: 'requires',
    voice: 'before',
    prefix: 'name',
  },
  {
    re: new RegExp(`\\binsist(?:s|ed)? on (naming|mentioning|including) ${OBJ}`, 'g'),
    kind: 'requires',
    voice: 'before',
    prefix: 'name',
  },
  {
    re: new RegExp(`\\b(?:object(?:s|ed|ing)? to|opposed|oppose[sd]?|rejected|resisted) ${NOUN}${OBJ}`, 'g'),
    kind: 'rejects',
    voice: 'before',
    prefix: 'name',
  },
  {
    re: new RegExp(
      `\\b(?:wanted|sought|demanded|pushed) (?:to (?:remove|delete|drop|strike)|the (?:removal|deletion) of) ${NOUN}${OBJ}`,
      'g',
    ),
    kind: 'rejects',
    voice: 'before',
    prefix: 'name',
  },
  {
    re: /\bobject(?:s|ed|ing)? to (?:the|a|this|any|that) (?:[\w-]+ ){0,2}(?:draft|text|resolution|statement|proposal)\b/g,
    kind: 'objects',
    voice: 'before',
  },
  {
    re: /\b(?:vetoed|blocked|opposed) by\b|\bnegative votes? (?:by|from|of)\b/g,
    kind: 'vote',
    vote: 'no',
    voice: 'after',
  },
  { re: /\bagainst\s*[(:]|\b(?:no|against) votes? (?:from|by)\b/g, kind: 'vote', vote: 'no', voice: 'after' },
  {
    re: /\babstentions?\s*(?:[(:—–]|-- |including\b)|\babstain(?:ed)?:|\babstentions? (?:from|by|of)\b/g,
    kind: 'vote',
    vote: 'abstain',
    voice: 'after',
  },
  { re: /\bin favou?r\s*(?:[(:—–]|-- |including\b)/g, kind: 'vote', vote: 'yes', voice: 'after' },
  {
    re: /\b(?:vetoe?d|vetoes|veto|vetoing)\b(?! (?:by|power|right))|\b(?:cast|casting|used|using|exercised|exercising|wielded|wielding) (?:a |its |the |their |his |her )?vetoe?s?\b/g,
    kind: 'vote',
    vote: 'no',
    voice: 'before',
  },
  {
    re: /\bvot(?:ed|ing|es?) (?:against|no)\b|\bcast (?:a |their |its )?negative votes?\b|\bwas the only vote against\b/g,
    kind: 'vote',
    vote: 'no',
    voice: 'before',
  },
  {
    re: /\b(?:rejected|blocked) (?:the|a|this|that) (?:text|draft|resolution|measure|statement|proposal)\b/g,
    kind: 'vote',
    vote: 'no',
    voice: 'before',
    assumption: '"rejected" read as a no vote',
  },
  { re: /\bvot(?:ed|ing|es?) (?:in favou?r|for|yes)\b/g, kind: 'vote', vote: 'yes', voice: 'before' },
  {
    re: /\b(?:supported|backed) (?:the|a|this) (?:text|draft|resolution|measure|statement|proposal)\b/g,
    kind: 'vote',
    vote: 'yes',
    voice: 'before',
    assumption: '"supported" read as a yes vote',
  },
  { re: /\babstain(?:ed|ing|s)?\b/g, kind: 'vote', vote: 'abstain', voice: 'before' },
  {
    re: /\bdid not (?:take part|participate) in the vot(?:e|ing)\b|\bwas absent\b|\bdid not vote\b/g,
    kind: 'vote',
    vote: 'absent',
    voice: 'before',
  },
  {
    re: /\b(?:could|would|can|will|did|does) not support\b|\bcannot support\b|\b(?:refused|declined|unable) to support\b/g,
    kind: 'vote',
    vote: 'abstain',
    voice: 'before',
    assumption: '"could not support" read as an abstention (the weaker reading; it may mean a no vote)',
  },
];

/** A cue in a hypothetical, an infinitive or a gerund ("likely to veto", "force them to veto", "for vetoing") reports no vote. */
const NOT_A_VOTE =
  /(?:\b(?:to|for|of|from)|\b(?:expected|certain|likely|set|going|plans?)\s+to(?:\s+\w+)?|\b(?:could|may|might|can)(?:\s+\w+)?)\s+$/;
const MODAL =
  /\b(?:will|would|expected to|certain to|likely to|could|may|might|threaten(?:s|ed)? to|plans? to|set to|going to|vowed to)\s+(?:\w+\s+){0,2}$/;
const BOUNDARY = /;|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b|\.(?:\s|$)/g;

/**
 * The stance cues of a sentence ("Russia vetoed", "vetoed by Russia", "three against (China, …)",
 * "objected to a reference to the LNA"), each with the members it applies to. Penholders are not stances.
 */
export function findStances(sentence: string, members: readonly MemberMention[], aliases: Aliases): StanceCue[] {
  const hits: { p: CuePattern; m: RegExpMatchArray; start: number; end: number }[] = [];
  for (const p of CUES) {
    for (const m of sentence.matchAll(p.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ p, m, start, end });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const cues: StanceCue[] = [];
  let consumed = 0;
  hits.forEach((h, i) => {
    const nextStart = hits[i + 1]?.start ?? sentence.length;
    const [from, to] =
      h.p.voice === 'before'
        ? [Math.max(consumed, lastBoundary(sentence, consumed, h.start)), h.start]
        : [h.end, Math.min(nextStart, firstBoundary(sentence, h.end))];
    consumed = Math.max(h.end, h.p.voice === 'after' ? to : h.end);
    const inSegment = members.filter((mm) => !mm.penholder && mm.start >= from && mm.end <= to);
    const who = h.p.voice === 'before' ? lastList(inSegment, sentence) : inSegment;
    const before = sentence.slice(Math.max(0, h.start - 40), h.start);
    if (h.p.kind === 'vote' && h.p.voice === 'before' && NOT_A_VOTE.test(before)) return;
    const modal = h.p.voice === 'before' && MODAL.test(sentence.slice(Math.max(0, h.start - 40), h.start));
    const assumption = h.p.assumption ?? (modal ? 'a stated intention, not a cast vote' : undefined);
    const base = { members: who, start: h.start, end: h.end, ...(assumption ? { assumption } : {}) };
    if (h.p.kind === 'rejects' || h.p.kind === 'requires') {
      const object = cutObject(h.m[2] ?? '');
      const value = clauseId(h.p.prefix ?? '', object, aliases);
      cues.push({
        ...base,
        kind: h.p.kind,
        value,
        clauseText: `${h.m[1] ?? ''} ${object}`.replace(/\s+/g, ' ').trim(),
      });
    } else cues.push({ ...base, kind: h.p.kind, value: h.p.vote ?? '' });
  });
  return cues;
}

const LIST_GAP = /^(?:\s*(?:,|and|, and|as well as|\/)\s*(?:the )?(?:(?:non-)?permanent members? )?)+$/;

/** The members of the last list before a cue: "The United States, which drafted it, knew that Russia would veto" → Russia. */
function lastList(found: readonly MemberMention[], sentence: string): MemberMention[] {
  const out: MemberMention[] = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]!;
    const next = out[0];
    if (next && !LIST_GAP.test(sentence.slice(m.end, next.start))) break;
    out.unshift(m);
  }
  return out;
}

function lastBoundary(sentence: string, from: number, to: number): number {
  let at = from;
  for (const m of sentence.slice(from, to).matchAll(BOUNDARY)) at = from + (m.index ?? 0) + m[0].length;
  return at;
}

function firstBoundary(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  const close = /[);]|\.(?:\s|$)|\bwhile\b|\bwith\b/.exec(rest);
  return close ? from + close.index : sentence.length;
}
