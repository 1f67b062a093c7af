import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

let nlp: ReturnType<typeof winkNLP> | null = null;

/** A clause phrase in a sentence: what a draft does ("calling for a ceasefire"), with its id. */
export interface ClausePhrase {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Verbs that describe what a text does, and the prefix each gives the clause id. */
const VERBS: readonly [RegExp, string][] = [
  [/specifically calling out|calling out|calls? out|naming|names|mentioning|referring to|refers? to/, 'name'],
  [/calling for|calls? for|that calls? for/, ''],
  [/calling on|calls? on|urging|urges?/, 'call'],
  [/demanding|demands?/, 'demand'],
  [/condemning|condemns?|which would have condemned|would have condemned/, 'condemn'],
  [/blaming|blames?/, 'blame'],
  [/deploring|deplores?/, 'deplore'],
  [/regretting|regrets?|would have regretted/, 'regret'],
  [/requesting|requests?/, 'request'],
  [/authori[sz]ing|authori[sz]es?/, 'authorize'],
  [/extending|extends?/, 'extend'],
  [/imposing|imposes?/, 'impose'],
  [/establishing|establishes?/, 'establish'],
  [/welcoming|welcomes?/, 'welcome'],
  [/expressing concern (?:about|over|at)|expressed concern (?:about|over|at)/, 'concern'],
];

const VERB_RE = new RegExp(`\\b(${VERBS.map(([re]) => re.source).join('|')})\\s+`, 'g');
const STOP =
  /[,.;:"“”()]|\s(?:and (?:specifically |also )?(?=calling|calls|demand|condemn|blam|urg|nam|mention)|while|but|as|when|after|because|which|was|were|is|are|has|had|failed|received|diplomats said|at this time)\b/;

/** What the noun phrases of red lines look like: "a reference to the LNA", "mention Haftar's forces". */
export const REFERENCE_NOUN =
  /(?:a |the |any )?(?:reference|references|mention|language|wording|naming) (?:to|of|on|about) /;

/**
 * The clause phrases in `sentence` from offset `from` on: "calling for a ceasefire in Libya",
 * "blaming … Haftar", "specifically calling out the LNA".
 */
export function findClausePhrases(sentence: string, from: number, aliases: Aliases): ClausePhrase[] {
  const out: ClausePhrase[] = [];
  VERB_RE.lastIndex = from;
  for (let m = VERB_RE.exec(sentence); m !== null; m = VERB_RE.exec(sentence)) {
    const objectStart = m.index + m[0].length;
    const object = cutObject(sentence.slice(objectStart));
    if (object.length === 0) continue;
    const verb = m[1] ?? '';
    const prefix = VERBS.find(([re]) => new RegExp(`^(?:${re.source})$`).test(verb))?.[1] ?? '';
    out.push({
      id: clauseId(prefix, object, aliases),
      text: `${verb} ${object}`.replace(/^that /, ''),
      start: m.index,
      end: objectStart + object.length,
    });
  }
  return out;
}

/** The object of a clause verb, up to the end of its phrase. */
export function cutObject(rest: string): string {
  const stop = STOP.exec(rest);
  return (stop ? rest.slice(0, stop.index) : rest).trim().slice(0, 200);
}

/** Acronyms the report defines ("Libyan National Army (LNA)"): long form → acronym. */
export type Aliases = ReadonlyMap<string, string>;

/** Reads "Long Name (ACR)" definitions from the whole text. */
export function findAliases(text: string): Aliases {
  const out = new Map<string, string>();
  for (const m of text.slice(0, 200_000).matchAll(/((?:[A-Z][\w'-]+ ){1,5}[A-Z][\w'-]+) \(([A-Z]{2,6})\)/g)) {
    if (m[1] && m[2]) out.set(m[1].replace(/^(?:The|His|Her|Its|Their) /, ''), m[2]);
  }
  return out;
}

/**
 * A clause id from the verb's prefix and the object's head: "calling for a ceasefire" → `ceasefire`,
 * "blaming eastern Libyan commander Khalifa Haftar" → `blame-haftar`, "a reference to the LNA" → `name-lna`.
 */
export function clauseId(prefix: string, object: string, aliases: Aliases): string {
  return slug([prefix, headOf(object, aliases)].filter((s) => s.length > 0).join('-')) || 'clause';
}

function headOf(object: string, aliases: Aliases): string {
  for (const [long, acronym] of aliases) if (object.includes(long)) return acronym;
  const acronym = /\b([A-Z]{2,6})\b/.exec(object);
  if (acronym?.[1]) return acronym[1];
  const toVerb = /^(?:all |the )?[\w\s'-]*? to ([a-z][\w-]+)/.exec(object);
  if (toVerb?.[1] && object.split(/\s+/).length <= 12) return toVerb[1];
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const tokens = nlp.readDoc(object).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  for (let i = 0; i < words.length; i++) {
    const tag = tags[i];
    if (tag !== 'NOUN' && tag !== 'PROPN') continue;
    let j = i;
    while (tags[j + 1] === 'PROPN') j++;
    // A proper adjective before a noun ("Libyan commander") only qualifies it: read on.
    if (tag === 'PROPN' && tags[j + 1] === 'NOUN') continue;
    // An appositive proper name follows a common noun: "commander Khalifa Haftar" → Haftar.
    if (tag === 'NOUN' && tags[i + 1] === 'PROPN') {
      j = i + 1;
      while (tags[j + 1] === 'PROPN') j++;
    }
    const head = words[j] ?? '';
    if (words[j + 1] === "'s" || words[j + 1] === '’s') {
      const noun = tags.findIndex((t, k) => k > j + 1 && t === 'NOUN');
      return `${head}s-${words[noun >= 0 ? noun : j + 2] ?? ''}`;
    }
    return head;
  }
  return words.slice(0, 3).join('-');
}

/** Lower case, letters and digits joined by single hyphens, at most 40 characters. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
