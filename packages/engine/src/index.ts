// The public API of @horseshoe/engine. Optional parts live in subpaths (./power, ./search, ./session, ./testing).

export { councilRule } from './council/council-rule.ts';
export {
  councilOn,
  isCouncilDate,
  resolveMember,
  resolveMemberCode,
} from './council/membership.ts';
export {
  DECLINED_SEATS,
  type DeclinedSeat,
  ELECTED_TERMS,
  type ElectedTerm,
  PERMANENT_SEATS,
  VACANCIES,
} from './council/membership-data.ts';
export {
  isPermanentState,
  PERMANENT_SEAT_CODES,
  PERMANENT_STATES,
  type PermanentState,
} from './council/permanent-members.ts';
export {
  nextPresident,
  type Presidency,
  type PresidencyBasis,
  presidencyIn,
  presidencyOn,
} from './council/presidency.ts';
export {
  type Council,
  type CouncilMember,
  type CouncilOptions,
  DEFAULT_THRESHOLD_SWITCH,
  FIRST_DATE,
  LAST_DATE,
  memberCodes,
  type PermanentSeat,
  permanentCodes,
  type SeatHolder,
  type SeatId,
} from './council/seats.ts';
export { alphabeticalKey, isKnownMemberCode, memberName } from './council/states.ts';
export { assertNever, type EngineError, type EngineErrorCode, fail, ok, type Result } from './errors.ts';
export {
  type Brand,
  type ClauseId,
  clauseId,
  hiddenCharacter,
  type IsoDate,
  isIsoDate,
  isoDate,
  type MemberId,
  memberId,
  yearOf,
} from './ids.ts';
export {
  type AgendaDraft,
  type AgendaItem,
  type Amendment,
  orderAmendments,
  orderVotes,
  type PrecedenceMotion,
  runVotingSequence,
  type StepResult,
  type VotingStep,
} from './rules/amendments.ts';
export {
  CONSENSUS_INSTRUMENTS,
  type ConsensusInstrument,
  type DecisionRule,
  INSTRUMENTS,
  type Instrument,
  instrumentNoun,
  isConsensusInstrument,
  ruleFor,
} from './rules/instrument.ts';
export {
  countWords,
  decideTally,
  decideVotes,
  type ExplainOptions,
  listWords,
  type Outcome,
  type OutcomeReason,
} from './rules/outcome.ts';
export { type OutcomeSummary, outcomeSummary } from './rules/outcome-summary.ts';
export { decideWithPreliminary, type PreliminaryPath, type PreliminaryResult } from './rules/preliminary.ts';
export {
  applyProviso,
  type CharterBasis,
  type ProvisoPolicy,
  type ProvisoWarning,
  provisoApplies,
} from './rules/proviso.ts';
export {
  addWorkingDays,
  applySilence,
  type SilenceCommand,
  type SilenceEvent,
  type SilenceState,
} from './rules/silence.ts';
export { type Counts, type TallyOptions, tallyFrom } from './rules/tally-from.ts';
export { GA_76_262_FROM, type GaVetoDebateDue, gaVetoFollowUp } from './rules/veto-follow-up.ts';
export { isVoteValue, type Tally, tallyVotes, VOTE_VALUES, type Votes, type VoteValue } from './rules/vote.ts';
export {
  applyScenarioCommand,
  type PositionFieldEdit,
  type ScenarioCommand,
  type ScenarioEvent,
  type ScenarioTransition,
} from './scenario/commands.ts';
export { createDecision, type DecisionSpec } from './scenario/create-decision.ts';
export {
  type DecisionEvaluation,
  decisionRule,
  evaluateAs,
  evaluateDecision,
  evaluateScenario,
  type MemberVote,
  ruleOf,
} from './scenario/evaluate.ts';
export {
  type Fallback,
  type FallbackOption,
  type FallbackPart,
  fallbackFor,
  MAX_PARTS,
  weakerInstruments,
} from './scenario/fallback.ts';
export {
  CAST_VOTES,
  type CastVote,
  DEFAULT_POSITION,
  describeVoteReason,
  formatDistribution,
  type Position,
  type PositionOverride,
  type PredictedVote,
  predictVote,
  utilityOf,
  type VoteDistribution,
  type VoteReason,
} from './scenario/position.ts';
export { positionOf, predictDecisionVotes, tabledText } from './scenario/predict.ts';
export { adoptionProbability, blockingMembers, distributionOf, modalVote } from './scenario/probability.ts';
export { compareWithRecord, type RecordComparison, type VoteMismatch } from './scenario/record.ts';
export {
  councilBody,
  DISTRIBUTION_TOLERANCE,
  distributionProblem,
  fullDistribution,
  memberOfBody,
  membersOf,
  mergePosition,
  POSITION_FIELDS,
  positionsFor,
} from './scenario/resolve.ts';
export { isStrategyName, STRATEGY_NAMES, type StrategyName } from './scenario/strategy.ts';
export type { Body, Clause, Decision, RecordedResult, Scenario } from './scenario/types.ts';
