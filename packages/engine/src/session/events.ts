import type { ClauseId, IsoDate, MemberId } from '../ids.ts';
import type { StrategyName } from '../negotiation/strategies.ts';
import type { Instrument } from '../rules/instrument.ts';
import type { OutcomeSummary } from '../rules/outcome-summary.ts';
import type { VoteValue } from '../rules/vote.ts';
import type { Position } from '../scenario/position.ts';
import type { ActorName } from './actors.ts';
import type { AmendmentOp, PositionVisibility, SessionClause, SessionVoteValue } from './commands.ts';

/** What every event carries: `seq` 1, 2, 3 … per session with no gaps, the time, and who acted. */
interface EventBase {
  readonly seq: number;
  /** ISO date-time (UTC, `…Z`): the `now` the reducer was given. */
  readonly at: string;
  readonly actor: ActorName;
  /**
   * Extension (issue 15): present on the events of a seat held by an AI delegation (`actor` is then that
   * seat, `seat:CODE`); absent on every event a person, the chair or the system caused.
   */
  readonly ai?: AiMarker;
}

/** The mark of an AI delegation's event: the strategy it played. */
export interface AiMarker {
  readonly strategy: StrategyName;
}

/** A member of the session's body. */
export interface SessionMember {
  readonly code: MemberId;
  readonly name: string;
  /** Holds a veto on substantive decisions. */
  readonly permanent: boolean;
}

/** The body a session decides in: the Council on the session's date, or a scenario's custom body. */
export interface SessionBody {
  readonly members: readonly SessionMember[];
  /** Affirmative votes required for resolutions and procedural decisions. */
  readonly threshold: number;
  /** True for a scenario's custom body (a committee, as in Model UN). */
  readonly custom: boolean;
}

/** Extension, always `seq` 1: the session, its body and its date (the log alone rebuilds the state). */
export interface SessionCreatedEvent extends EventBase {
  readonly type: 'session-created';
  readonly sessionId: string;
  readonly title: string;
  readonly date: IsoDate;
  readonly body: SessionBody;
}

/** A text was circulated. Drafts from a scenario carry its other candidate clauses and its fixed ones. */
export interface DraftCirculatedEvent extends EventBase {
  readonly type: 'draft-circulated';
  readonly draftId: string;
  readonly instrument: Instrument;
  readonly clauses: readonly SessionClause[];
  /** The seat that holds the pen; `null` when the chair circulated the text. */
  readonly penholder: MemberId | null;
  /** Candidate clauses not in the text (a scenario's untabled clauses). */
  readonly reserve?: readonly SessionClause[];
  /** Clauses that can never be dropped (a scenario's `fixed`). */
  readonly fixed?: readonly ClauseId[];
}

/** An amendment was proposed. */
export interface AmendmentProposedEvent extends EventBase {
  readonly type: 'amendment-proposed';
  readonly draftId: string;
  readonly amendmentId: string;
  readonly op: AmendmentOp;
  readonly clauseId?: ClauseId;
  readonly clause?: SessionClause;
}

/** The text changed: an amendment accepted by the penholder, or adopted in a vote. */
export interface DraftRevisedEvent extends EventBase {
  readonly type: 'draft-revised';
  readonly draftId: string;
  readonly amendmentId: string;
  /** `accepted` by the penholder, or `adopted` in a vote. */
  readonly by: 'accepted' | 'adopted';
  /** The draft's version after the change (1 at circulation). */
  readonly draftVersion: number;
  /** The whole text after the change. */
  readonly clauses: readonly SessionClause[];
}

/** A seat stated a position (or, with actor `system`, a scenario gave it one at creation). */
export interface PositionStatedEvent extends EventBase {
  readonly type: 'position-stated';
  readonly member: MemberId;
  readonly position: Position;
  readonly visibility: PositionVisibility;
  readonly draftId?: string;
}

/** A seat objected to a text. */
export interface ObjectionRaisedEvent extends EventBase {
  readonly type: 'objection-raised';
  readonly draftId: string;
  readonly reason: string;
}

/** A seat withdrew its objection. */
export interface ObjectionWithdrawnEvent extends EventBase {
  readonly type: 'objection-withdrawn';
  readonly draftId: string;
}

/** A text was put under silence until `until`. */
export interface SilenceStartedEvent extends EventBase {
  readonly type: 'silence-started';
  readonly draftId: string;
  readonly until: string;
}

/**
 * `until` passed with no break (actor `system`). A consensus text is then agreed: `outcome` is the
 * engine's consensus outcome; for a text that is voted, silence only fixes the text (`outcome` null).
 */
export interface SilencePassedEvent extends EventBase {
  readonly type: 'silence-passed';
  readonly draftId: string;
  readonly until: string;
  readonly outcome: OutcomeSummary | null;
}

/** A seat broke silence: the text goes back to negotiation. */
export interface SilenceBrokenEvent extends EventBase {
  readonly type: 'silence-broken';
  readonly draftId: string;
  readonly reason: string;
}

/** The chair took a consensus text and no objection stood. */
export interface ConsensusAdoptedEvent extends EventBase {
  readonly type: 'consensus-adopted';
  readonly draftId: string;
  readonly outcome: OutcomeSummary;
}

/** The chair tried to take a consensus text; `objectors` blocked it. The draft stays on the table. */
export interface ConsensusBlockedEvent extends EventBase {
  readonly type: 'consensus-blocked';
  readonly draftId: string;
  readonly objectors: readonly MemberId[];
  readonly outcome: OutcomeSummary;
}

/** The chair opened a vote on a draft (the text as it stands) or on an amendment to it. */
export interface VoteOpenedEvent extends EventBase {
  readonly type: 'vote-opened';
  readonly voteId: string;
  readonly draftId: string;
  readonly amendmentId?: string;
  /** The clause ids of the text put to the vote (for an amendment: the draft's text as it stands). */
  readonly text: readonly ClauseId[];
}

/** A seat cast (or recast) its vote. */
export interface VoteCastEvent extends EventBase {
  readonly type: 'vote-cast';
  readonly voteId: string;
  readonly vote: SessionVoteValue;
}

/** The chair closed a vote; the engine decided it (`outcome` as `horseshoe outcome --json` prints it). */
export interface VoteClosedEvent extends EventBase {
  readonly type: 'vote-closed';
  readonly voteId: string;
  readonly draftId: string;
  readonly amendmentId?: string;
  /** Every seat's vote; a seat that did not vote is `absent`. */
  readonly votes: Readonly<Record<string, VoteValue>>;
  readonly outcome: OutcomeSummary;
}

/** A seat that voted explained its vote. */
export interface VoteExplainedEvent extends EventBase {
  readonly type: 'vote-explained';
  readonly voteId: string;
  readonly text: string;
}

/** A seat put itself on the list of speakers; `speakers` is the list after. */
export interface SpeakerInscribedEvent extends EventBase {
  readonly type: 'speaker-inscribed';
  readonly speakers: readonly MemberId[];
}

/** The chair gave the floor to `seat`; `speakers` is the list after (the seat taken off it). */
export interface FloorGivenEvent extends EventBase {
  readonly type: 'floor-given';
  readonly seat: MemberId;
  readonly speakers: readonly MemberId[];
}

/** The chair started a timer ending at `endsAt`. */
export interface TimerStartedEvent extends EventBase {
  readonly type: 'timer-started';
  readonly seconds: number;
  readonly endsAt: string;
}

/** The timer ran out (actor `system`). */
export interface TimerEndedEvent extends EventBase {
  readonly type: 'timer-ended';
  readonly endsAt: string;
}

/** Extension: a draft was withdrawn before it was decided (Rule 35). */
export interface DraftWithdrawnEvent extends EventBase {
  readonly type: 'draft-withdrawn';
  readonly draftId: string;
}

/** Extension: an amendment was withdrawn by its proposer. */
export interface AmendmentWithdrawnEvent extends EventBase {
  readonly type: 'amendment-withdrawn';
  readonly draftId: string;
  readonly amendmentId: string;
}

/** Extension: the chair ended the session. */
export interface SessionEndedEvent extends EventBase {
  readonly type: 'session-ended';
}

/** Extension (issue 15): the chair handed `seat` to an AI delegation playing `strategy`. */
export interface AiAssignedEvent extends EventBase {
  readonly type: 'ai-assigned';
  readonly seat: MemberId;
  readonly strategy: StrategyName;
}

/** Extension (issue 15): the chair took `seat` back from its AI delegation. */
export interface AiReleasedEvent extends EventBase {
  readonly type: 'ai-released';
  readonly seat: MemberId;
}

/**
 * Extension (issue 15): what the AI delegation of `seat` keeps between its turns (its agent's memory, plain
 * JSON), so that every server process, and a restarted one, plays it the same. Seen only by that seat and
 * `system`: the memory may hold the seat's private position.
 */
export interface AiNotedEvent extends EventBase {
  readonly type: 'ai-noted';
  readonly seat: MemberId;
  readonly memory: unknown;
}

/** Every event of a session's log. A closed union. */
export type SessionEvent =
  | SessionCreatedEvent
  | DraftCirculatedEvent
  | AmendmentProposedEvent
  | DraftRevisedEvent
  | PositionStatedEvent
  | ObjectionRaisedEvent
  | ObjectionWithdrawnEvent
  | SilenceStartedEvent
  | SilencePassedEvent
  | SilenceBrokenEvent
  | ConsensusAdoptedEvent
  | ConsensusBlockedEvent
  | VoteOpenedEvent
  | VoteCastEvent
  | VoteClosedEvent
  | VoteExplainedEvent
  | SpeakerInscribedEvent
  | FloorGivenEvent
  | TimerStartedEvent
  | TimerEndedEvent
  | DraftWithdrawnEvent
  | AmendmentWithdrawnEvent
  | SessionEndedEvent
  | AiAssignedEvent
  | AiReleasedEvent
  | AiNotedEvent;

/** The `type` of an event. */
export type SessionEventType = SessionEvent['type'];

/** Distributes `Omit` over a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event before the reducer stamps it with `seq` and `at`. */
export type UnstampedEvent = DistributiveOmit<SessionEvent, 'seq' | 'at'>;
