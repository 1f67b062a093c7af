import type { ClauseId, IsoDate, MemberId } from '../ids.ts';
import type { StrategyName } from '../negotiation/strategies.ts';
import type { Instrument } from '../rules/instrument.ts';
import type { OutcomeSummary } from '../rules/outcome-summary.ts';
import type { SilenceState } from '../rules/silence.ts';
import type { VoteValue } from '../rules/vote.ts';
import type { Position } from '../scenario/position.ts';
import type { AmendmentOp, PositionVisibility, SessionClause, SessionVoteValue } from './commands.ts';
import type { SessionBody } from './events.ts';

/** An amendment and what became of it. */
export interface SessionAmendment {
  readonly id: string;
  readonly draftId: string;
  readonly op: AmendmentOp;
  readonly clauseId: ClauseId | null;
  readonly clause: SessionClause | null;
  readonly proposer: MemberId;
  /**
   * `proposed` (pending); `accepted` by the penholder; `adopted` or `rejected` in a vote;
   * `withdrawn` by its proposer; `lapsed` when its draft was decided or withdrawn first.
   */
  readonly status: 'proposed' | 'accepted' | 'adopted' | 'rejected' | 'withdrawn' | 'lapsed';
}

/** An objection standing against a text. */
export interface SessionObjection {
  readonly member: MemberId;
  readonly reason: string;
}

/** A text on the table. */
export interface SessionDraft {
  readonly id: string;
  readonly instrument: Instrument;
  /** The seat that holds the pen; `null`: the chair circulated it and holds it. */
  readonly penholder: MemberId | null;
  /** The text as it stands. */
  readonly clauses: readonly SessionClause[];
  /** Candidate clauses not in the text: a scenario's untabled clauses, deleted and replaced ones. */
  readonly reserve: readonly SessionClause[];
  /** Clauses that can never be dropped. */
  readonly fixed: readonly ClauseId[];
  /** 1 at circulation, +1 at each revision. */
  readonly version: number;
  /** `circulated` (on the table), `adopted` (by vote, consensus or silence), `not-adopted` (voted down), `withdrawn`. */
  readonly status: 'circulated' | 'adopted' | 'not-adopted' | 'withdrawn';
  readonly amendments: readonly SessionAmendment[];
  readonly objections: readonly SessionObjection[];
  /** The silence procedure (rules/silence.ts); `silence-broken` goes back to `draft` at the next silence. */
  readonly silence: SilenceState;
  /** The outcome that decided the draft, or the last consensus-blocked outcome; `null` before. */
  readonly outcome: OutcomeSummary | null;
}

/** A vote, open or closed. */
export interface SessionVote {
  readonly id: string;
  readonly draftId: string;
  readonly amendmentId: string | null;
  /** The clause ids of the text voted on. */
  readonly text: readonly ClauseId[];
  readonly status: 'open' | 'closed';
  /** Votes cast so far (a recast replaces). */
  readonly casts: Readonly<Record<string, SessionVoteValue>>;
  /** Set at close: every seat's vote, `absent` for those that did not vote. */
  readonly votes: Readonly<Record<string, VoteValue>> | null;
  readonly outcome: OutcomeSummary | null;
  readonly explanations: readonly { readonly member: MemberId; readonly text: string }[];
}

/** A stated position: the latest statement of one member on one draft (or on every draft, `draftId` null). */
export interface StatedPosition {
  readonly member: MemberId;
  readonly draftId: string | null;
  readonly position: Position;
  readonly visibility: PositionVisibility;
  /** The seq of the event that stated it. */
  readonly seq: number;
}

/** Extension (issue 15): a seat the chair handed to an AI delegation. */
export interface AiSeat {
  readonly member: MemberId;
  readonly strategy: StrategyName;
  /** The seq of the `ai-assigned` event. */
  readonly seq: number;
}

/**
 * Extension (issue 15): a seat a person has acted for (any event of `seat:CODE` without the AI mark), so
 * it is not empty and cannot be handed to an AI delegation. `private`: its only acts so far are private
 * positions (other roles are not told of it).
 */
export interface SeatClaim {
  readonly member: MemberId;
  readonly visibility: PositionVisibility;
}

/** The whole state of a session: every field, private positions included (see `viewFor` for a role's view). */
export interface SessionState {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate;
  /** The seq of the last event (0 before the first). */
  readonly version: number;
  readonly status: 'open' | 'ended';
  readonly body: SessionBody;
  /** In order of circulation (Rule 32(1)). */
  readonly drafts: readonly SessionDraft[];
  /** In order of opening; at most one is open. */
  readonly votes: readonly SessionVote[];
  readonly positions: readonly StatedPosition[];
  /** The list of speakers, in order. */
  readonly speakers: readonly MemberId[];
  /** The seat that last had the floor. */
  readonly floor: MemberId | null;
  readonly timer: { readonly seconds: number; readonly endsAt: string } | null;
  /** Extension (issue 15): the seats held by AI delegations, in order of assignment. */
  readonly ai: readonly AiSeat[];
  /** Extension (issue 15): the seats a person has acted for. */
  readonly claimed: readonly SeatClaim[];
  /** Extension (issue 15): each AI seat's agent memory (`ai-noted`), seen by no role (the server's own). */
  readonly aiMemory: Readonly<Record<string, unknown>>;
  /** Extension (issue 15): how many events in a row, up to the last, AI delegations caused (their guard). */
  readonly aiRun: number;
}

/** A refusal status (sessions.md, "Refusals"): bad command, role, unknown thing, or the state forbids it. */
export type RefusalStatus = 400 | 403 | 404 | 409;

/** Every refusal code of the reducer. */
export type SessionRefusalCode =
  | 'session/invalid'
  | 'session/forbidden'
  | 'session/unknown-draft'
  | 'session/unknown-amendment'
  | 'session/unknown-vote'
  | 'session/unknown-clause'
  | 'session/ended'
  | 'session/version-conflict'
  | 'session/duplicate-id'
  | 'session/not-penholder'
  | 'session/under-silence'
  | 'session/not-under-silence'
  | 'session/silence-passed'
  | 'session/draft-decided'
  | 'session/wrong-instrument'
  | 'session/objection-stands'
  | 'session/no-objection'
  | 'session/vote-closed'
  | 'session/vote-in-progress'
  | 'session/amendments-pending'
  | 'session/amendment-order'
  | 'session/amendment-decided'
  | 'session/amendment-lapsed'
  | 'session/not-proposer'
  | 'session/did-not-vote'
  | 'session/already-inscribed'
  | 'session/no-speaker'
  | 'session/seat-claimed'
  | 'session/seat-held-by-ai'
  | 'session/not-ai';

/**
 * Why a command was refused. A refused command appends nothing. `message` names the role and the
 * command for 403, the field for 400 (also in `field`, written like `clause.id`).
 */
export interface SessionRefusal {
  readonly code: SessionRefusalCode;
  readonly status: RefusalStatus;
  readonly message: string;
  readonly field?: string;
}
