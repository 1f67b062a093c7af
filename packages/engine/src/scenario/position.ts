import type { ClauseId } from '../ids.ts';

/** A vote a scenario can predict: the four a member can actually give on the day. */
export type CastVote = 'yes' | 'no' | 'abstain' | 'absent';

/** Every {@link CastVote}, in display order. */
export const CAST_VOTES: readonly CastVote[] = ['yes', 'no', 'abstain', 'absent'];

/** Independent probabilities of each vote; they sum to 1. */
export type VoteDistribution = Readonly<Record<CastVote, number>>;

/**
 * What a member will and will not accept (scenarios.md, Position), with every default filled in.
 * A member with the default position votes yes on every text.
 */
export interface Position {
  /** Red line: the member votes `onRedLine` on a text that contains any of these clauses. */
  readonly rejects: readonly ClauseId[];
  /** Red line: the member votes `onRedLine` on a text that lacks any of these clauses. */
  readonly requires: readonly ClauseId[];
  readonly onRedLine: 'no' | 'abstain';
  /** What including each clause is worth to the member; missing clauses are worth 0. */
  readonly values: Readonly<Record<string, number>>;
  /** Utility at or above which the member votes yes. */
  readonly yesAt: number;
  /** Utility below which the member votes no; `null`: utility alone never makes a no. */
  readonly noBelow: number | null;
  /** A fixed vote or distribution that replaces every rule above. */
  readonly vote: CastVote | VoteDistribution | null;
}

/**
 * The fields of a position a scenario file sets at one level (scenario or decision); a missing field
 * comes from the level below, then from {@link DEFAULT_POSITION}.
 */
export type PositionOverride = { readonly [TField in keyof Position]?: Position[TField] };

/** The default position: no red lines, no values, yes at utility 0. */
export const DEFAULT_POSITION: Position = {
  rejects: [],
  requires: [],
  onRedLine: 'no',
  values: {},
  yesAt: 0,
  noBelow: null,
  vote: null,
};

/** Why a member votes as it does on a text, as data; {@link describeVoteReason} words it. */
export type VoteReason =
  | { readonly type: 'fixed'; readonly vote: CastVote }
  | { readonly type: 'distribution'; readonly distribution: VoteDistribution }
  | { readonly type: 'rejects'; readonly clause: ClauseId; readonly vote: 'no' | 'abstain' }
  | { readonly type: 'requires'; readonly clause: ClauseId; readonly vote: 'no' | 'abstain' }
  | { readonly type: 'utility-yes'; readonly utility: number; readonly yesAt: number }
  | { readonly type: 'utility-no'; readonly utility: number; readonly noBelow: number }
  | { readonly type: 'utility-abstain'; readonly utility: number; readonly yesAt: number };

/** A member's predicted vote on one text: a vote, or a distribution, with its reason. */
export interface PredictedVote {
  readonly vote: CastVote | VoteDistribution;
  readonly reason: VoteReason;
}

/** The member's utility for a text: the sum of its values over the clauses in the text. */
export function utilityOf(position: Position, text: ReadonlySet<ClauseId>): number {
  let u = 0;
  for (const c of text) u += position.values[c] ?? 0;
  return u;
}

/**
 * How a member with this position votes on a text (scenarios.md, "How a member votes on a text").
 * @example predictVote(position, new Set([clauseId('ceasefire')])).vote // 'yes'
 */
export function predictVote(position: Position, text: ReadonlySet<ClauseId>): PredictedVote {
  const fixed = position.vote;
  if (fixed !== null) {
    return typeof fixed === 'string'
      ? { vote: fixed, reason: { type: 'fixed', vote: fixed } }
      : { vote: fixed, reason: { type: 'distribution', distribution: fixed } };
  }
  for (const clause of position.rejects) {
    if (text.has(clause))
      return { vote: position.onRedLine, reason: { type: 'rejects', clause, vote: position.onRedLine } };
  }
  for (const clause of position.requires) {
    if (!text.has(clause))
      return { vote: position.onRedLine, reason: { type: 'requires', clause, vote: position.onRedLine } };
  }
  const utility = utilityOf(position, text);
  if (utility >= position.yesAt)
    return { vote: 'yes', reason: { type: 'utility-yes', utility, yesAt: position.yesAt } };
  if (position.noBelow !== null && utility < position.noBelow) {
    return { vote: 'no', reason: { type: 'utility-no', utility, noBelow: position.noBelow } };
  }
  return { vote: 'abstain', reason: { type: 'utility-abstain', utility, yesAt: position.yesAt } };
}

/**
 * The reason for a vote in words a diplomat would use.
 * @example describeVoteReason({ type: 'rejects', clause: 'name-lna', vote: 'no' }) // "crosses its red line: rejects clause `name-lna`"
 */
export function describeVoteReason(reason: VoteReason): string {
  switch (reason.type) {
    case 'fixed':
      return `fixed vote: ${reason.vote}`;
    case 'distribution':
      return `uncertain: ${formatDistribution(reason.distribution)}`;
    case 'rejects':
      return `crosses its red line: rejects clause \`${reason.clause}\``;
    case 'requires':
      return `crosses its red line: requires clause \`${reason.clause}\``;
    case 'utility-yes':
      return `utility ${fmt(reason.utility)} ≥ yesAt ${fmt(reason.yesAt)}`;
    case 'utility-no':
      return `utility ${fmt(reason.utility)} < noBelow ${fmt(reason.noBelow)}`;
    case 'utility-abstain':
      return `utility ${fmt(reason.utility)} < yesAt ${fmt(reason.yesAt)}`;
    default: {
      const never: never = reason;
      throw new Error(`unexpected reason ${JSON.stringify(never)}`);
    }
  }
}

/** "yes 60%, no 40%" over the non-zero entries. */
export function formatDistribution(d: VoteDistribution): string {
  return (Object.entries(d) as [CastVote, number][])
    .filter(([, p]) => p > 0)
    .map(([v, p]) => `${v} ${fmt(p * 100)}%`)
    .join(', ');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}
