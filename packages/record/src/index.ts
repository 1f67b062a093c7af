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
  DATASET_COLUMNS,
  DATASET_FILES,
  type Dataset,
  type DatasetFile,
  type DatasetRow,
  datasetCsv,
  exportDataset,
  REPOSITORY_DATA_DIR,
  shippedDataDir,
} from './dataset.ts';
export { diffCsv, type FileChange, formatChanges, sha256 } from './dataset-diff.ts';
export { type LoadDatasetOptions, loadDataset, readDataset } from './dataset-load.ts';
export {
  type FetchOptions,
  fetchPages,
  LAST_SHIPPED_YEAR,
  MANIFEST_FILE,
  type Manifest,
  type ManifestEntry,
  type PageResult,
  type PageSpec,
  RECORD_PAGES_BASE_URL,
  recordPages,
} from './fetch-pages.ts';
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
export { type NumberGap, resolutionGaps } from './integrity.ts';
export { isVetoCode, membersFromText, VETO_CODES, type VetoCode, vetoMemberName } from './members.ts';
export { parseOutcomeCell } from './outcome-cell.ts';
export { comparePage, type PageChange } from './page-changes.ts';
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
export { checkRecordPath, openRecordDb, PARSER_VERSION, type RecordDb, SCHEMA_VERSION } from './schema.ts';
export { SOURCE_ERRORS, type SourceErrorEntry } from './source-errors.ts';
