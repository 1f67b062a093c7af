import type { ClauseId, MemberId } from '../ids.ts';
import type { StrategyName } from '../negotiation/strategies.ts';
import type { Instrument } from '../rules/instrument.ts';
import type { Position } from '../scenario/position.ts';

/** A clause of a session's text: an id unique within its draft, and its words. */
export interface SessionClause {
  readonly id: ClauseId;
  readonly text: string;
}

/** `add` a clause, `delete` one, or `replace` one by another (sessions.md, `propose-amendment`). */
export type AmendmentOp = 'add' | 'delete' | 'replace';

/** Who may see a stated position: its own seat alone, or everyone. */
export type PositionVisibility = 'private' | 'public';

/** A vote a seat casts (sessions.md, `cast-vote`). A seat that does not vote is counted `absent`. */
export type SessionVoteValue = 'yes' | 'no' | 'abstain';

/** What every command carries. */
interface CommandBase {
  /** Chosen by the client; the store uses it for idempotency. The reducer ignores it. */
  readonly commandId: string;
  /**
   * Optimistic concurrency (sessions.md, 409 "version conflict"): when given, the command is refused
   * with `session/version-conflict` unless the session is at exactly this version.
   */
  readonly expectedVersion?: number;
}

/** `circulate-draft`: a seat (it becomes the penholder) or the chair circulates a text. */
export interface CirculateDraftCommand extends CommandBase {
  readonly type: 'circulate-draft';
  readonly draftId: string;
  readonly instrument: Instrument;
  readonly clauses: readonly SessionClause[];
  /** Extension: candidate clauses held in reserve, not in the text (advice may suggest adding them). */
  readonly reserve?: readonly SessionClause[];
  /** Extension: clauses of the text the penholder will never drop (advice never suggests removing them). */
  readonly fixed?: readonly ClauseId[];
}

/**
 * `propose-amendment`: a seat proposes to `add` `clause` (after `clauseId` when given, else at the end),
 * `delete` `clauseId`, or `replace` `clauseId` by `clause`.
 */
export interface ProposeAmendmentCommand extends CommandBase {
  readonly type: 'propose-amendment';
  readonly draftId: string;
  readonly amendmentId: string;
  readonly op: AmendmentOp;
  readonly clauseId?: ClauseId;
  readonly clause?: SessionClause;
}

/** `accept-amendment`: the penholder takes an amendment into the text. */
export interface AcceptAmendmentCommand extends CommandBase {
  readonly type: 'accept-amendment';
  readonly draftId: string;
  readonly amendmentId: string;
}

/**
 * `state-position`: a seat states its own position (scenarios.md Position, defaults filled), on one
 * draft or, without `draftId`, on every draft that has no position of its own.
 */
export interface StatePositionCommand extends CommandBase {
  readonly type: 'state-position';
  readonly position: Position;
  readonly visibility: PositionVisibility;
  readonly draftId?: string;
}

/** `object`: a seat objects to a text (a consensus text cannot be adopted while it stands). */
export interface ObjectCommand extends CommandBase {
  readonly type: 'object';
  readonly draftId: string;
  readonly reason: string;
}

/** `withdraw-objection`: the seat that objected withdraws its objection. */
export interface WithdrawObjectionCommand extends CommandBase {
  readonly type: 'withdraw-objection';
  readonly draftId: string;
}

/** `put-under-silence`: the penholder or the chair puts a text under silence until `until` (ISO date-time). */
export interface PutUnderSilenceCommand extends CommandBase {
  readonly type: 'put-under-silence';
  readonly draftId: string;
  readonly until: string;
}

/** `break-silence`: a seat breaks silence; the text goes back to negotiation. */
export interface BreakSilenceCommand extends CommandBase {
  readonly type: 'break-silence';
  readonly draftId: string;
  readonly reason: string;
}

/** `adopt-by-consensus`: the chair takes a consensus text (presidential or press statement, press elements). */
export interface AdoptByConsensusCommand extends CommandBase {
  readonly type: 'adopt-by-consensus';
  readonly draftId: string;
}

/** `open-vote`: the chair puts a resolution or procedural draft, or an amendment to one, to the vote. */
export interface OpenVoteCommand extends CommandBase {
  readonly type: 'open-vote';
  readonly voteId: string;
  /** The draft voted on (optional when `amendmentId` is given: the amendment names its draft). */
  readonly draftId?: string;
  readonly amendmentId?: string;
}

/** `cast-vote`: a seat votes for itself while the vote is open; a later cast replaces an earlier one. */
export interface CastVoteCommand extends CommandBase {
  readonly type: 'cast-vote';
  readonly voteId: string;
  readonly vote: SessionVoteValue;
}

/** `close-vote`: the chair closes a vote; the engine decides it. */
export interface CloseVoteCommand extends CommandBase {
  readonly type: 'close-vote';
  readonly voteId: string;
}

/** `explain-vote`: a seat that voted explains its vote. */
export interface ExplainVoteCommand extends CommandBase {
  readonly type: 'explain-vote';
  readonly voteId: string;
  readonly text: string;
}

/** `inscribe-speaker`: a seat puts itself on the list of speakers. */
export interface InscribeSpeakerCommand extends CommandBase {
  readonly type: 'inscribe-speaker';
}

/** `give-floor`: the chair gives the floor to `seat`, or to the next inscribed speaker. */
export interface GiveFloorCommand extends CommandBase {
  readonly type: 'give-floor';
  readonly seat?: MemberId;
}

/** `set-timer`: the chair starts a timer of `seconds` (replacing a running one). */
export interface SetTimerCommand extends CommandBase {
  readonly type: 'set-timer';
  readonly seconds: number;
}

/** Extension (Rule 35): the penholder (or the chair, for its own text) withdraws a draft before it is decided. */
export interface WithdrawDraftCommand extends CommandBase {
  readonly type: 'withdraw-draft';
  readonly draftId: string;
}

/** Extension: the seat that proposed an amendment withdraws it before it is accepted or voted. */
export interface WithdrawAmendmentCommand extends CommandBase {
  readonly type: 'withdraw-amendment';
  readonly draftId: string;
  readonly amendmentId: string;
}

/** Extension: the chair ends the session; every later command is refused. */
export interface EndSessionCommand extends CommandBase {
  readonly type: 'end-session';
}

/**
 * Extension (issue 15): the chair hands an empty seat to an AI delegation playing `strategy` (default
 * `boulware`). Empty: no person has acted for the seat (see docs/sessions.md, "AI seats").
 */
export interface AssignAiCommand extends CommandBase {
  readonly type: 'assign-ai';
  readonly seat: MemberId;
  readonly strategy?: StrategyName;
}

/** Extension (issue 15): the chair takes a seat back from its AI delegation; the seat is empty again. */
export interface ReleaseAiCommand extends CommandBase {
  readonly type: 'release-ai';
  readonly seat: MemberId;
}

/** Every command of sessions.md version 1, and the extensions. A closed union. */
export type SessionCommand =
  | CirculateDraftCommand
  | ProposeAmendmentCommand
  | AcceptAmendmentCommand
  | StatePositionCommand
  | ObjectCommand
  | WithdrawObjectionCommand
  | PutUnderSilenceCommand
  | BreakSilenceCommand
  | AdoptByConsensusCommand
  | OpenVoteCommand
  | CastVoteCommand
  | CloseVoteCommand
  | ExplainVoteCommand
  | InscribeSpeakerCommand
  | GiveFloorCommand
  | SetTimerCommand
  | WithdrawDraftCommand
  | WithdrawAmendmentCommand
  | EndSessionCommand
  | AssignAiCommand
  | ReleaseAiCommand;

/** The `type` of a command. */
export type SessionCommandType = SessionCommand['type'];

/** Every command type, in the order of sessions.md, then the extensions. */
export const SESSION_COMMAND_TYPES: readonly SessionCommandType[] = [
  'circulate-draft',
  'propose-amendment',
  'accept-amendment',
  'state-position',
  'object',
  'withdraw-objection',
  'put-under-silence',
  'break-silence',
  'adopt-by-consensus',
  'open-vote',
  'cast-vote',
  'close-vote',
  'explain-vote',
  'inscribe-speaker',
  'give-floor',
  'set-timer',
  'withdraw-draft',
  'withdraw-amendment',
  'end-session',
  'assign-ai',
  'release-ai',
];
