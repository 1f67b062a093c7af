/** What a sentence says about how a decision ended. */
export type OutcomeCue = 'adopted' | 'failed' | 'vetoed' | 'blocked' | 'not-voted';

const OUTCOMES: readonly [RegExp, OutcomeCue][] = [
  [
    /\b(?:never|not) (?:been )?put to (?:a )?vote\b|\bwithdr(?:ew|awn)\b|\bdid not (?:call|ask) for a vote\b/,
    'not-voted',
  ],
  [
    /\bunable,?(?: however,)? to (?:issue|agree|adopt|reach)\b|\bfailed to agree\b|\bno consensus\b|\bcould not agree on\b/,
    'blocked',
  ],
  [
    /\bvetoe?d\b|\bvetoes\b|\b(?:cast|used|exercised|wielded) (?:a |its |the |their |his |her )?vetoe?s?\b|\bnegative votes? (?:by|of|from) (?:the )?permanent\b/,
    'vetoed',
  ],
  [
    /\bfail(?:ed|s|ing)? to (?:be )?(?:adopt(?:ed)?|pass|win|get|secure|garner|receive|obtain|reach)\b|\bdefeated\b|\bnot adopted\b|\bwas rejected\b|\bkilled the\b|\bblocked\b/,
    'failed',
  ],
  [
    /\b(?:unanimously|was|were|been|has|have) adopted\b|\badopted (?:unanimously|resolution)\b|\bwas (?:issued|agreed)\b|\bissued (?:today|a |the |on )|\bA united (?:Security )?Council\b|\bagreed (?:on|to) (?:a|the) (?:press|presidential) statement\b/,
    'adopted',
  ],
];

const HYPOTHETICAL =
  /\b(?:will|would|expected to|certain to|likely to|could|may|might|threaten(?:s|ed)? to|plans? to|set to|going to|if)\s+(?:\w+\s+){0,3}$/;

/** The outcome cues of a sentence, skipping hypothetical ones ("are expected to be vetoed"). */
export function findOutcomes(sentence: string): { cue: OutcomeCue; start: number }[] {
  const out: { cue: OutcomeCue; start: number }[] = [];
  for (const [re, cue] of OUTCOMES) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (HYPOTHETICAL.test(sentence.slice(Math.max(0, m.index - 50), m.index))) continue;
    out.push({ cue, start: m.index });
  }
  return out;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  none: 0,
  no: 0,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
};
const NUM =
  '(\\d{1,2}|none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)';
const WHO = '(?:UNSC |UN |U\\.N\\. |council |Council )?(?:members|countries|nations|states|others|delegations)';

const TALLIES: readonly [RegExp, 'yes' | 'no' | 'abstain'][] = [
  [
    new RegExp(
      `\\b${NUM} of the [\\w\\s'’-]{0,40}?(?:members?|body|Council|council) voted (?:in favou?r|for|yes)\\b`,
      'gi',
    ),
    'yes',
  ],
  [new RegExp(`\\b${NUM} ${WHO}\\b[^.;]{0,80}?voted (?:in favou?r|for|yes)\\b`, 'gi'), 'yes'],
  [
    new RegExp(
      `\\b${NUM} (?:["“]?yes["”]? )?votes? (?:in favou?r|for)\\b|\\b${NUM} in favou?r\\b|\\b${NUM} ["“]yes["”] votes?`,
      'gi',
    ),
    'yes',
  ],
  [new RegExp(`\\breceived (?:only )?${NUM} votes?\\b`, 'gi'), 'yes'],
  [new RegExp(`\\b${NUM} ${WHO}\\b[^.;]{0,80}?voted against\\b`, 'gi'), 'no'],
  [
    new RegExp(
      `\\b${NUM} (?:["“]?no["”]? )?votes? against\\b|\\b${NUM} against\\b|\\b${NUM} were against\\b|\\b${NUM} ["“]no["”] votes?`,
      'gi',
    ),
    'no',
  ],
  [/\bthe only vote against\b/gi, 'no'],
  [new RegExp(`\\b${NUM} \\([^)]{1,80}\\) voted against\\b`, 'gi'), 'no'],
  [new RegExp(`\\b${NUM} \\([^)]{1,80}\\) abstained\\b`, 'gi'), 'abstain'],
  [new RegExp(`\\b${NUM} ${WHO}\\b[^.;]{0,80}?abstained\\b`, 'gi'), 'abstain'],
  [new RegExp(`\\b${NUM} abstentions?\\b|\\b${NUM} abstained\\b|\\bwith ${NUM} abstaining\\b`, 'gi'), 'abstain'],
];

/** Counts of yes, no and abstain votes a sentence states ("11 in favour, to three against"). */
export function findTally(sentence: string): { yes?: number; no?: number; abstain?: number } {
  const out: { yes?: number; no?: number; abstain?: number } = {};
  const taken: [number, number][] = [];
  for (const [re, part] of TALLIES) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s) || out[part] !== undefined) continue;
      // "the minimum nine votes required" is the rule, not the count.
      if (/(?:minimum|least|required|needed)\s+(?:of\s+)?$/.test(sentence.slice(Math.max(0, start - 20), start)))
        continue;
      const word = m.slice(1).find((g) => g !== undefined);
      const n = word === undefined ? 1 : toNumber(word);
      if (n === null) continue;
      taken.push([start, end]);
      out[part] = n;
    }
  }
  return out;
}

function toNumber(word: string): number | null {
  const lower = word.toLowerCase();
  const n = /^\d+$/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
  return n !== undefined && n <= 15 ? n : null;
}
