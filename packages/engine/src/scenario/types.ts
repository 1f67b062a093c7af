import type { ClauseId, IsoDate, MemberId } from '../ids.ts';
import type { Instrument } from '../rules/instrument.ts';
import type { OutcomeReason } from '../rules/outcome.ts';
import type { CastVote, Position, PositionOverride } from './position.ts';
import type { StrategyName } from './strategy.ts';

/**
 * The engine's view of a scenario after loading: every default filled in, every decision resolved
 * to its own body (composition on its date, or the custom body) and each member's effective position
 * (scenario-level position overridden field by field by the decision's). Loading and validation live
 * in `@horseshoe/protocol`; everything here is already valid.
 */

/** A candidate paragraph of a text. */
export interface Clause {
  readonly id: ClauseId;
  readonly text: string | null;
  /** A fixed clause can never be dropped from the text. */
  readonly fixed: boolean;
}

/** The voting body a decision is taken in: the Council on a date, or a custom body. */
export interface Body {
  /** Member codes in display order (permanent members first for the Council). */
  readonly members: readonly MemberId[];
  /** Members holding a veto (a subset of `members`). */
  readonly permanent: readonly MemberId[];
  /** Affirmative votes required for `resolution` and `procedural` decisions. */
  readonly threshold: number;
  /** Display names by code (the code itself for custom bodies without names). */
  readonly names: Readonly<Record<string, string>>;
  /** The date whose composition this is; `null` for a custom body. */
  readonly date: IsoDate | null;
}

/** One text under one instrument, ready to evaluate. */
export interface Decision {
  readonly id: string;
  readonly instrument: Instrument;
  readonly clauses: readonly Clause[];
  /** The text as tabled (default: every clause). */
  readonly tabled: readonly ClauseId[];
  readonly body: Body;
  /** Each member's effective position for this decision; a member missing here has the default position. */
  readonly positions: ReadonlyMap<MemberId, Position>;
  /**
   * The fields the decision itself sets for each member (its `positions` in the file), before the
   * scenario-level position fills the rest; absent: {@link positions} are the decision's own.
   */
  readonly overrides?: ReadonlyMap<MemberId, PositionOverride>;
  /** How the real vote went, when the decision models a recorded one (case files); absent otherwise. */
  readonly recorded?: RecordedResult;
  /**
   * The negotiation strategy of each member that the file names one for (`strategy:` in its position,
   * the decision's overriding the scenario's); absent or missing: the default strategy.
   */
  readonly strategies?: ReadonlyMap<MemberId, StrategyName>;
}

/** The recorded result of a real decision: its outcome, its count, and the votes the record names. */
export interface RecordedResult {
  /** The document symbol, e.g. `S/2022/155`. */
  readonly symbol: string | null;
  readonly outcome: OutcomeReason;
  /** The announced count (`yes-no-abstain`), when the record gives one. */
  readonly tally: { readonly yes: number; readonly no: number; readonly abstain: number } | null;
  /** The votes the record names, by member. */
  readonly votes: ReadonlyMap<MemberId, CastVote>;
}

/** A loaded scenario. */
export interface Scenario {
  readonly title: string;
  readonly date: IsoDate | null;
  readonly decisions: readonly Decision[];
  /** Scenario-level positions by the code the file uses, applying to every decision the member sits in. */
  readonly positions?: ReadonlyMap<string, PositionOverride>;
}
