// The public API of @horseshoe/record: the UN Library's tables in SQLite, replayed and counted.

export {
  compareVetoLists,
  type VetoComparisonReport,
  type VetoDifference,
  type VetoEntry,
  type VetoListComparison,
} from './compare.ts';
export { RESOLUTION_CORRECTIONS, type ResolutionCorrection } from './corrections.ts';
export { readCsv, writeCsv } from './csv.ts';
export {
  type FileReport,
  type ImportIssue,
  type ImportOptions,
  type ImportReport,
  importIssues,
  importRecord,
  RecordInputError,
  type RecordTotals,
  recordTotals,
  type SourceKind,
} from './import.ts';
export { isVetoCode, membersFromText, VETO_CODES, type VetoCode, vetoMemberName } from './members.ts';
export { parseOutcomeCell } from './outcome-cell.ts';
export {
  type DecadeVetoes,
  type DecisionRow,
  libyaTimeline,
  OUTCOME_FILTERS,
  type OutcomeFilter,
  type RecordStats,
  recordStats,
  type SearchFilter,
  searchDecisions,
  type UnanimityYear,
  type YearVetoes,
} from './query.ts';
export {
  type CheckReport,
  checkRecord,
  type Disagreement,
  type RecordedOutcome,
  replayVote,
} from './replay.ts';
export { openRecordDb, PARSER_VERSION, type RecordDb } from './schema.ts';
export { SOURCE_ERRORS, type SourceErrorEntry } from './source-errors.ts';
