// The tokens of the Library's "Outcome / Vote" cells: symbols, counts and outcome wordings.

/** The kinds of token an outcome cell is made of. */
export type TokenKind =
  | 'res'
  | 'prst'
  | 'old-prst'
  | 'bare-prst'
  | 'symbol'
  | 'count'
  | 'vetoed'
  | 'not-adopted'
  | 'unanimous'
  | 'without-vote'
  | 'consensus'
  | 'draft-word'
  | 'not-participating';

/** One token of an outcome cell, with its place in the cell text. */
export interface Token {
  readonly kind: TokenKind;
  /** The token's own capture groups (index 0 is the whole token). */
  readonly groups: readonly (string | undefined)[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SYMBOL = String.raw`S\/(?:PV\.)?\d+(?:\/\d+)?(?:\s*\/\s*(?:Rev|Add|Corr)\.\s*\d+)*`;

// Order matters: earlier patterns win where two could match at the same place.
const PATTERNS: readonly (readonly [TokenKind, string])[] = [
  ['res', String.raw`S\/RES\/\s*(\d+)\s*\((\d{4})\)`],
  ['prst', String.raw`S\/PRST\/(\d{4})\/(\d+)`],
  ['old-prst', String.raw`(${SYMBOL})\s*\(PRST\)`],
  ['bare-prst', String.raw`\bPRST\b(?:\s+unnumbered)?`],
  ['symbol', SYMBOL],
  ['count', String.raw`(?<![\d/.-])(\d+)\s*-\s*(\d+)\s*-\s*(\d+)(?:\s*-\s*(\d+))?(?![\d-])`],
  ['vetoed', String.raw`(?<![a-z])vetoed(?:\s*by\b)?`],
  ['not-adopted', String.raw`(?<![a-z])(?:was\s+)?not\s+adopted\b`],
  ['unanimous', String.raw`\badopted\s+unanimously\b`],
  ['without-vote', String.raw`\bwithout\s+(?:a\s+)?vote`],
  ['consensus', String.raw`\badopted\s+by\s+consensus\b`],
  ['draft-word', String.raw`\b(?:Power\s+Four\s+)?draft\s+resolution(?:s(?=\s))?`],
  ['not-participating', String.raw`\([^()]*\b(?:did\s+not\s+participate|absent)\b[^()]*\)`],
];

const MASTER = new RegExp(PATTERNS.map(([, p]) => `(${p})`).join('|'), 'gi');
const SINGLE = PATTERNS.map(([, p]) => new RegExp(`^(?:${p})$`, 'i'));
// Index of each pattern's outer group in MASTER: 1 + the groups of every pattern before it.
const OUTER = outerGroupIndexes();

function outerGroupIndexes(): number[] {
  const out: number[] = [];
  let group = 1;
  for (const [, p] of PATTERNS) {
    out.push(group);
    const inner = (new RegExp(`${p}|`).exec('')?.length ?? 1) - 1;
    group += 1 + inner;
  }
  return out;
}

/**
 * Splits an outcome cell (whitespace already collapsed) into tokens, left to right; the text
 * between tokens is left for the caller to judge.
 * @example tokenize('S/RES/678 (1990) 12-2-1').map((t) => t.kind) // ['res', 'count']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(MASTER)) {
    const index = OUTER.findIndex((g) => m[g] !== undefined);
    const pattern = PATTERNS[index];
    const single = SINGLE[index];
    if (pattern === undefined || single === undefined) continue;
    const groups = single.exec(m[0]) ?? [m[0]];
    tokens.push({ kind: pattern[0], groups: [...groups], text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
