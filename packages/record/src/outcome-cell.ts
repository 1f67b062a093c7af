import { membersFromText, type VetoCode } from './members.ts';

/** A vote count as printed, `yes-no-abstain` (a fourth number, when printed, is kept apart). */
export interface PrintedCount {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly fourth: number | null;
  readonly text: string;
}

/** How a resolution without a printed count was adopted, as the table words it. */
export type NoCountWording = 'adopted unanimously' | 'without vote' | 'adopted by consensus';

/** One decision read from an "Outcome / Vote" cell. */
export type CellDecision =
  | {
      readonly kind: 'resolution';
      readonly number: number;
      readonly year: number;
      readonly symbol: string;
      count: PrintedCount | null;
      wording: NoCountWording | null;
      /** True when one printed count follows several resolutions joined by "and". */
      sharedCount: boolean;
      note: string | null;
      readonly text: string;
    }
  | {
      readonly kind: 'draft';
      /** The first document symbol of the draft (`S/2022/155`, or `S/PV.57` for drafts read out in 1946–50). */
      readonly symbol: string;
      /** Every symbol and remark written before the outcome (`S/552, S/202 (preliminary question)`). */
      readonly label: string;
      readonly outcome: 'vetoed' | 'not adopted';
      readonly vetoedBy: readonly VetoCode[];
      count: PrintedCount | null;
      readonly text: string;
    }
  | { readonly kind: 'prst'; readonly symbol: string | null; readonly text: string };

/** What could not be read in a cell; each becomes a row of `import_issues`. */
export interface CellProblem {
  /** `skipped`: something that looks like a decision was not recorded; `note`: nothing was lost. */
  readonly severity: 'skipped' | 'note';
  readonly reason: string;
  readonly text: string;
}

/** A cell's decisions, plus the parts that could not be read. */
export interface ParsedCell {
  readonly decisions: CellDecision[];
  readonly problems: CellProblem[];
}

type TokenKind =
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

interface Token {
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

// Text between tokens that is understood and carries no decision.
const HARMLESS =
  /^(?:[\s/,&+.;:()-]|--|and|or|communiqu[ée]s?|note|letter|decision|\(as amended\)|as amended|\(as corrected\)|(?:and|&)?\s*(?:Add|Corr|Rev)\.\s*\d+|\((?:[A-Z][a-z]+)\)|\(preliminary question\)|incorporating amendment offered by [A-Z][a-z]+ in|election of .*|referral .*|security council|outcome|vote)*$/i;

/**
 * Reads the decisions in one "Security Council Outcome / Vote" cell: adopted resolutions with
 * their counts or wording, drafts "not adopted" or "vetoed by" named members, and presidential
 * statements. Whatever text is left that names a symbol or a count without a decision is returned
 * as a problem, never dropped.
 * @example parseOutcomeCell('Draft resolution S/2022/155\nvetoed by Russian Federation\n11-1-3')
 */
export function parseOutcomeCell(cell: string): ParsedCell {
  const text = cell.replace(/\s+/g, ' ').trim();
  const tokens = tokenize(text);
  const decisions: CellDecision[] = [];
  const problems: CellProblem[] = [];
  let awaiting: CellDecision[] = [];
  let pendingSymbols: Token[] = [];
  let draftStart = -1;
  let last = 0;
  const gaps: string[] = [];

  const flushSymbols = () => {
    for (const s of pendingSymbols) {
      const before = text.slice(Math.max(0, s.start - 12), s.start);
      if (/\b(note|letter)\s*\(?\s*$/i.test(before)) continue;
      problems.push({
        severity: 'note',
        reason: `document ${s.text} named with no outcome wording; kept in the outcome text, not counted as a decision`,
        text,
      });
    }
    pendingSymbols = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    gaps.push(text.slice(last, t.start));
    last = t.end;
    switch (t.kind) {
      case 'res': {
        flushSymbols();
        const joined =
          awaiting.length > 0 &&
          awaiting.every((d) => d.kind === 'resolution' && d.count === null && d.wording === null) &&
          /^\s*(?:and|&|\/)?\s*$/i.test(gaps[gaps.length - 1] ?? '');
        const res: CellDecision = {
          kind: 'resolution',
          number: Number(t.groups[1]),
          year: Number(t.groups[2]),
          symbol: `S/RES/${Number(t.groups[1])} (${t.groups[2]})`,
          count: null,
          wording: null,
          sharedCount: false,
          note: null,
          text: t.text,
        };
        decisions.push(res);
        awaiting = joined ? [...awaiting, res] : [res];
        break;
      }
      case 'prst':
      case 'old-prst':
      case 'bare-prst': {
        flushSymbols();
        const symbol =
          t.kind === 'prst'
            ? `S/PRST/${t.groups[1]}/${t.groups[2]}`
            : t.kind === 'old-prst'
              ? `${compact(t.groups[1] ?? '')} (PRST)`
              : null;
        decisions.push({ kind: 'prst', symbol, text: t.text });
        awaiting = [];
        break;
      }
      case 'draft-word':
        flushSymbols();
        draftStart = t.end;
        break;
      case 'symbol':
        if (pendingSymbols.length === 0 && draftStart < 0) draftStart = t.start;
        pendingSymbols.push(t);
        break;
      case 'vetoed':
      case 'not-adopted': {
        const first = pendingSymbols[0];
        if (first === undefined) {
          problems.push({
            severity: 'skipped',
            reason: `"${t.text}" with no draft symbol before it; not recorded`,
            text,
          });
          awaiting = [];
          break;
        }
        let vetoedBy: VetoCode[] = [];
        if (t.kind === 'vetoed') {
          const namesEnd = next?.start ?? text.length;
          const names = membersFromText(text.slice(t.end, namesEnd));
          vetoedBy = names.codes;
          last = namesEnd;
          if (names.codes.length === 0)
            problems.push({
              severity: 'skipped',
              reason: `draft ${compact(first.text)} "vetoed" without a member named`,
              text,
            });
          if (names.rest.length > 0)
            problems.push({ severity: 'skipped', reason: `unread words after "vetoed by": "${names.rest}"`, text });
        }
        const draft: CellDecision = {
          kind: 'draft',
          symbol: compact(first.text),
          label: labelOf(text.slice(draftStart < 0 ? first.start : draftStart, t.start)),
          outcome: t.kind === 'vetoed' ? 'vetoed' : 'not adopted',
          vetoedBy,
          count: null,
          text: text.slice(draftStart < 0 ? first.start : draftStart, last).trim(),
        };
        decisions.push(draft);
        awaiting = [draft];
        pendingSymbols = [];
        draftStart = -1;
        break;
      }
      case 'count': {
        flushSymbols();
        const count = countFrom(t.groups, t.text);
        if (awaiting.length === 0 || awaiting.some((d) => d.kind !== 'prst' && d.count !== null)) {
          problems.push({
            severity: 'skipped',
            reason: `vote count ${count.text} printed with no resolution or draft symbol; not recorded`,
            text,
          });
          break;
        }
        for (const d of awaiting) {
          if (d.kind === 'prst') continue;
          d.count = count;
          if (d.kind === 'resolution' && awaiting.length > 1) d.sharedCount = true;
        }
        break;
      }
      case 'unanimous':
      case 'without-vote':
      case 'consensus': {
        const wording: NoCountWording =
          t.kind === 'unanimous'
            ? 'adopted unanimously'
            : t.kind === 'consensus'
              ? 'adopted by consensus'
              : 'without vote';
        const targets = awaiting.filter((d) => d.kind === 'resolution' && d.count === null && d.wording === null);
        if (targets.length === 0)
          problems.push({ severity: 'skipped', reason: `"${t.text}" with no resolution before it`, text });
        for (const d of targets) if (d.kind === 'resolution') d.wording = wording;
        break;
      }
      case 'not-participating': {
        const target = awaiting[awaiting.length - 1];
        if (target?.kind === 'resolution') target.note = t.text.replace(/^\(|\)$/g, '').trim();
        else problems.push({ severity: 'skipped', reason: `remark ${t.text} with no resolution before it`, text });
        break;
      }
    }
  }
  flushSymbols();
  gaps.push(text.slice(last));
  for (const gap of gaps) {
    if (!HARMLESS.test(gap.trim()))
      problems.push({ severity: 'skipped', reason: `text not understood: "${gap.trim()}"`, text });
  }
  return { decisions, problems };
}

function tokenize(text: string): Token[] {
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

function countFrom(g: readonly (string | undefined)[], text: string): PrintedCount {
  const fourth = g[4];
  return {
    yes: Number(g[1]),
    no: Number(g[2]),
    abstain: Number(g[3]),
    fourth: fourth === undefined ? null : Number(fourth),
    text: text.replace(/\s+/g, ''),
  };
}

/** The symbols and remarks of a draft, without the brackets some rows put around a lone symbol. */
function labelOf(raw: string): string {
  const label = raw
    .replace(/\s+/g, ' ')
    .replace(/[\s/]+$/, '')
    .trim();
  const wrapped = /^\((S\/[^()]*)\)$/.exec(label);
  return wrapped?.[1] ?? label;
}

/** Removes the spaces the tables put inside symbols (`S/15255/Rev.2`, `S/PV.57`). */
function compact(symbol: string): string {
  return symbol.replace(/\s+/g, '');
}
