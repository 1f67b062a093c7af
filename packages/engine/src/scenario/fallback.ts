import type { ClauseId, MemberId } from '../ids.ts';
import {
  CONSENSUS_INSTRUMENTS,
  type ConsensusInstrument,
  type DecisionRule,
  type Instrument,
} from '../rules/instrument.ts';
import { type DecisionEvaluation, evaluateAs, type MemberVote, memberVoteOf, ruleOf } from './evaluate.ts';
import { predictDecisionVotes, tabledText } from './predict.ts';
import { adoptionProbability } from './probability.ts';
import type { Decision } from './types.ts';

/** A part of the text (some clauses dropped) and how it fares. */
export interface FallbackPart {
  readonly text: readonly ClauseId[];
  readonly dropped: readonly ClauseId[];
  /** Agreed for certain or, with distributions, more likely than not. */
  readonly passed: boolean;
  readonly probability: number;
  /** Members that vote no on it (or might, with a distribution). */
  readonly blockers: readonly MemberVote[];
}

/** How the text fares as one weaker instrument. */
export interface FallbackOption {
  readonly instrument: ConsensusInstrument;
  /** The whole text under this instrument. */
  readonly whole: DecisionEvaluation;
  /** Members that would still block the whole text (vote no, or might). */
  readonly blockers: readonly MemberVote[];
  /**
   * When the whole text fails: the part that passes with the fewest clauses dropped (the most likely
   * to pass among those), or `null` when no part passes.
   */
  readonly part: FallbackPart | null;
  /** When no part passes: the text without each droppable clause in turn, and who blocks it then. */
  readonly withoutEach: readonly FallbackPart[];
}

/** Fallback across instruments for a decision that fails. */
export interface Fallback {
  readonly options: readonly FallbackOption[];
  /** False when the text had too many droppable clauses to try every part, or the stop check fired. */
  readonly exhaustive: boolean;
  /** True when the caller's stop check (a time limit) ended the search over parts early. */
  readonly stopped?: boolean;
}

/** Options of {@link fallbackFor}. */
export interface FallbackOptions {
  /**
   * Checked before every part (each costs O(members × clauses + members²), milliseconds on a 2,000-member
   * body); when it returns true the best part found so far is reported, not exhaustive.
   */
  readonly stop?: () => boolean;
}

/** The largest number of parts tried per instrument (2^16: every part of a text of 16 droppable clauses). */
export const MAX_PARTS = 1 << 16;

/**
 * The weaker instruments a failed text can fall back to: every consensus instrument below it
 * (a resolution falls back to a presidential statement, then a press statement, then press elements).
 */
export function weakerInstruments(instrument: Instrument): ConsensusInstrument[] {
  if (instrument === 'procedural') return [];
  const at = (CONSENSUS_INSTRUMENTS as readonly Instrument[]).indexOf(instrument);
  return CONSENSUS_INSTRUMENTS.slice(at + 1);
}

/**
 * For a decision that fails on a text (default: as tabled), whether the same text, or which part of
 * it, passes as each weaker instrument, and who would still block it. Members keep their positions:
 * the contract gives one position per member and decision, whatever the instrument. Only clauses of
 * the text that are not fixed are dropped; parts are tried by number of dropped clauses, fewest first.
 * @example fallbackFor(ukDraft).options[0]?.part?.dropped // ['blame-lna']
 */
export function fallbackFor(
  decision: Decision,
  text: ReadonlySet<ClauseId> = tabledText(decision),
  control: FallbackOptions = {},
): Fallback {
  const fixed = new Set(decision.clauses.filter((c) => c.fixed).map((c) => c.id));
  const droppable = decision.clauses.map((c) => c.id).filter((id) => text.has(id) && !fixed.has(id));
  // Every weaker instrument is decided by consensus with the same positions, so the search over parts
  // gives the same answer for each: it runs once and is shared.
  const cache: {
    search?: { part: FallbackPart | null; exhaustive: boolean; stopped: boolean; withoutEach: FallbackPart[] };
  } = {};
  const options = weakerInstruments(decision.instrument).map((instrument) => {
    const whole = evaluateAs(decision, instrument, text);
    const blockers = blockersOf(whole);
    if (whole.passed) return { instrument, whole, blockers, part: null, withoutEach: [] };
    if (cache.search === undefined) {
      const rule = ruleOf(instrument, decision.body);
      const search = bestPart(decision, rule, text, droppable, control.stop);
      const withoutEach: FallbackPart[] = [];
      let stopped = search.stopped;
      if (search.part === null && !stopped) {
        for (const id of droppable) {
          if (control.stop?.()) {
            stopped = true;
            break;
          }
          withoutEach.push(partOf(decision, rule, text, [id]));
        }
      }
      cache.search = { ...search, exhaustive: search.exhaustive && !stopped, stopped, withoutEach };
    }
    return { instrument, whole, blockers, part: cache.search.part, withoutEach: cache.search.withoutEach };
  });
  return { options, exhaustive: cache.search?.exhaustive ?? true, stopped: cache.search?.stopped ?? false };
}

function bestPart(
  decision: Decision,
  rule: DecisionRule,
  text: ReadonlySet<ClauseId>,
  droppable: readonly ClauseId[],
  stop?: () => boolean,
): { part: FallbackPart | null; exhaustive: boolean; stopped: boolean } {
  let tried = 0;
  for (let k = 1; k <= droppable.length; k++) {
    let best: FallbackPart | null = null;
    for (const dropped of combinations(droppable, k)) {
      if (++tried > MAX_PARTS) return { part: best, exhaustive: false, stopped: false };
      if (stop?.()) return { part: best, exhaustive: false, stopped: true };
      const part = partOf(decision, rule, text, dropped);
      if (part.passed && (best === null || part.probability > best.probability)) best = part;
    }
    if (best) return { part: best, exhaustive: true, stopped: false };
  }
  return { part: null, exhaustive: true, stopped: false };
}

/** A part of the text under a consensus rule, without building the full evaluation (this runs 2^k times). */
function partOf(
  decision: Decision,
  rule: DecisionRule,
  text: ReadonlySet<ClauseId>,
  dropped: readonly ClauseId[],
): FallbackPart {
  const remaining = new Set([...text].filter((id) => !dropped.includes(id)));
  const predicted = predictDecisionVotes(decision, remaining);
  const probability = adoptionProbability(predicted, decision.body.members, rule);
  const certain = [...predicted.values()].every((p) => typeof p.vote === 'string');
  const blockers: MemberVote[] = [];
  for (const [member, p] of predicted) {
    if (p.vote === 'no' || (typeof p.vote !== 'string' && p.vote.no > 0))
      blockers.push(memberVoteOf(decision, member, p));
  }
  return {
    text: decision.clauses.map((c) => c.id).filter((id) => remaining.has(id)),
    dropped,
    passed: certain ? probability === 1 : probability > 0.5,
    probability,
    blockers,
  };
}

/** Members whose no (certain or possible) blocks: under consensus, every member that may vote no. */
function blockersOf(e: DecisionEvaluation): MemberVote[] {
  const blocking = new Set<MemberId>(e.outcome.objections);
  return e.votes.filter((v) => blocking.has(v.member) || (typeof v.vote !== 'string' && v.vote.no > 0));
}

function* combinations<T>(items: readonly T[], k: number, start = 0, prefix: T[] = []): Generator<T[]> {
  if (prefix.length === k) {
    yield [...prefix];
    return;
  }
  for (let i = start; i <= items.length - (k - prefix.length); i++) {
    prefix.push(items[i] as T);
    yield* combinations(items, k, i + 1, prefix);
    prefix.pop();
  }
}
