import { assertNever } from '@horseshoe/engine';
import { membersFromText, type VetoCode } from './members.ts';
import { type Token, tokenize } from './outcome-tokens.ts';

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
  return new CellReader(cell.replace(/\s+/g, ' ').trim()).read();
}

/**
 * A left-to-right reader: each count or wording attaches to the decision(s) just before it
 * (`awaiting`); symbols wait in `pending` until "vetoed" or "not adopted" makes them a draft.
 */
class CellReader {
  private readonly decisions: CellDecision[] = [];
  private readonly problems: CellProblem[] = [];
  private readonly gaps: string[] = [];
  private awaiting: CellDecision[] = [];
  private pending: Token[] = [];
  private draftStart = -1;
  private last = 0;

  constructor(private readonly text: string) {}

  read(): ParsedCell {
    const tokens = tokenize(this.text);
    tokens.forEach((t, i) => {
      this.gaps.push(this.text.slice(this.last, t.start));
      this.last = t.end;
      this.take(t, tokens[i + 1]);
    });
    this.flushSymbols();
    this.gaps.push(this.text.slice(this.last));
    for (const gap of this.gaps) {
      if (!HARMLESS.test(gap.trim())) this.problem('skipped', `text not understood: "${gap.trim()}"`);
    }
    return { decisions: this.decisions, problems: this.problems };
  }

  private take(t: Token, next: Token | undefined): void {
    switch (t.kind) {
      case 'res':
        this.resolution(t);
        break;
      case 'prst':
      case 'old-prst':
      case 'bare-prst':
        this.statement(t);
        break;
      case 'draft-word':
        this.flushSymbols();
        this.draftStart = t.end;
        break;
      case 'symbol':
        if (this.pending.length === 0 && this.draftStart < 0) this.draftStart = t.start;
        this.pending.push(t);
        break;
      case 'vetoed':
      case 'not-adopted':
        this.draft(t, next);
        break;
      case 'count':
        this.count(t);
        break;
      case 'unanimous':
      case 'without-vote':
      case 'consensus':
        this.wording(t);
        break;
      case 'not-participating':
        this.remark(t);
        break;
      default:
        assertNever(t.kind);
    }
  }

  private resolution(t: Token): void {
    this.flushSymbols();
    const joined =
      this.awaiting.length > 0 &&
      this.awaiting.every((d) => d.kind === 'resolution' && d.count === null && d.wording === null) &&
      /^\s*(?:and|&|\/)?\s*$/i.test(this.gaps[this.gaps.length - 1] ?? '');
    const number = Number(t.groups[1]);
    const res: CellDecision = {
      kind: 'resolution',
      number,
      year: Number(t.groups[2]),
      symbol: `S/RES/${number} (${t.groups[2]})`,
      count: null,
      wording: null,
      sharedCount: false,
      note: null,
      text: t.text,
    };
    this.decisions.push(res);
    this.awaiting = joined ? [...this.awaiting, res] : [res];
  }

  private statement(t: Token): void {
    this.flushSymbols();
    let symbol: string | null = null;
    if (t.kind === 'prst') symbol = `S/PRST/${t.groups[1]}/${t.groups[2]}`;
    else if (t.kind === 'old-prst') symbol = `${compact(t.groups[1] ?? '')} (PRST)`;
    this.decisions.push({ kind: 'prst', symbol, text: t.text });
    this.awaiting = [];
  }

  private draft(t: Token, next: Token | undefined): void {
    const first = this.pending[0];
    if (first === undefined) {
      this.problem('skipped', `"${t.text}" with no draft symbol before it; not recorded`);
      this.awaiting = [];
      return;
    }
    let vetoedBy: VetoCode[] = [];
    if (t.kind === 'vetoed') {
      // The members' names run from "vetoed by" to the next token (usually the count).
      const namesEnd = next?.start ?? this.text.length;
      const names = membersFromText(this.text.slice(t.end, namesEnd));
      vetoedBy = names.codes;
      this.last = namesEnd;
      if (names.codes.length === 0)
        this.problem('skipped', `draft ${compact(first.text)} "vetoed" without a member named`);
      if (names.rest.length > 0) this.problem('skipped', `unread words after "vetoed by": "${names.rest}"`);
    }
    const start = this.draftStart < 0 ? first.start : this.draftStart;
    const draft: CellDecision = {
      kind: 'draft',
      symbol: compact(first.text),
      label: labelOf(this.text.slice(start, t.start)),
      outcome: t.kind === 'vetoed' ? 'vetoed' : 'not adopted',
      vetoedBy,
      count: null,
      text: this.text.slice(start, this.last).trim(),
    };
    this.decisions.push(draft);
    this.awaiting = [draft];
    this.pending = [];
    this.draftStart = -1;
  }

  private count(t: Token): void {
    this.flushSymbols();
    const g = t.groups;
    const count: PrintedCount = {
      yes: Number(g[1]),
      no: Number(g[2]),
      abstain: Number(g[3]),
      fourth: g[4] === undefined ? null : Number(g[4]),
      text: t.text.replace(/\s+/g, ''),
    };
    const open = this.awaiting.filter((d) => d.kind !== 'prst');
    if (open.length === 0 || open.some((d) => d.count !== null)) {
      this.problem('skipped', `vote count ${count.text} printed with no resolution or draft symbol; not recorded`);
      return;
    }
    for (const d of open) {
      d.count = count;
      if (d.kind === 'resolution' && open.length > 1) d.sharedCount = true;
    }
  }

  private wording(t: Token): void {
    const wording: NoCountWording =
      t.kind === 'unanimous' ? 'adopted unanimously' : t.kind === 'consensus' ? 'adopted by consensus' : 'without vote';
    const targets = this.awaiting.filter((d) => d.kind === 'resolution' && d.count === null && d.wording === null);
    if (targets.length === 0) this.problem('skipped', `"${t.text}" with no resolution before it`);
    for (const d of targets) if (d.kind === 'resolution') d.wording = wording;
  }

  private remark(t: Token): void {
    const target = this.awaiting[this.awaiting.length - 1];
    if (target?.kind === 'resolution') target.note = t.text.replace(/^\(|\)$/g, '').trim();
    else this.problem('skipped', `remark ${t.text} with no resolution before it`);
  }

  /** Symbols never followed by an outcome: a "Note (S/…)" or "Letter (S/…)" is fine, anything else is noted. */
  private flushSymbols(): void {
    for (const s of this.pending) {
      const before = this.text.slice(Math.max(0, s.start - 12), s.start);
      if (/\b(note|letter)\s*\(?\s*$/i.test(before)) continue;
      this.problem(
        'note',
        `document ${s.text} named with no outcome wording; kept in the outcome text, not counted as a decision`,
      );
    }
    this.pending = [];
  }

  private problem(severity: CellProblem['severity'], reason: string): void {
    this.problems.push({ severity, reason, text: this.text });
  }
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
