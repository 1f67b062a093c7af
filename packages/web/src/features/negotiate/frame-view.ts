import {
  type ClauseId,
  type Decision,
  type DecisionEvaluation,
  evaluateDecision,
  type OutcomeSummary,
  type VoteValue,
} from '@horseshoe/engine';
import type { NegotiationStep } from '@horseshoe/engine/negotiation';

// What the stepper shows at each step of a negotiation (issue 15, item 4), built by `framesOf`.

/** A ballot the chair held: what was voted on and how it went. */
export interface BallotView {
  /** The amendment voted on; null for the text itself. */
  readonly amendmentId: string | null;
  readonly votes: Readonly<Record<string, VoteValue>>;
  readonly outcome: OutcomeSummary;
}

/** One step of the stepper. */
export interface NegotiationFrame {
  /** The frame's place in the talks, "f0", "f1", … (a key for lists). */
  readonly id: string;
  readonly round: number;
  /** "Opening", "Round 2", "The decision". */
  readonly stage: string;
  /** A member code, or `chair`. */
  readonly actor: string;
  /** The engine's command (`propose-amendment`, …); a ballot is `vote`. */
  readonly action: string;
  /** What happened, in plain words. */
  readonly words: string;
  /** The text on the table after the frame. */
  readonly text: readonly ClauseId[];
  /** Clauses the frame added to or deleted from the text. */
  readonly added: readonly ClauseId[];
  readonly deleted: readonly ClauseId[];
  readonly ballot: BallotView | null;
  /** The engine's steps the frame shows (several for a ballot). */
  readonly steps: readonly NegotiationStep[];
}

/** The decision with `text` on the table, evaluated by the engine (what the chamber shows at a frame). */
export function evaluationAt(decision: Decision, text: readonly ClauseId[]): DecisionEvaluation {
  return evaluateDecision({ ...decision, tabled: text });
}

/** The stage of a round: round 0 opens the talks, the round after the last is the decision. */
export function stageOf(round: number, rounds: number): string {
  if (round === 0) return 'Opening';
  return round > rounds ? 'The decision' : `Round ${round}`;
}
