// The public API of @horseshoe/protocol: schemas at the edges, and the scenario file loader.

export {
  parseRecordQuery,
  type RecordDecision,
  RecordDecisionSchema,
  type RecordQuery,
  RecordQuerySchema,
  type RecordSearch,
  RecordSearchSchema,
} from './http/record-query.ts';
export {
  formatPowerGameFileError,
  type PowerGameFile,
  type PowerGameFileError,
  PowerGameFileSchema,
  type PowerRuleFile,
  parsePowerGameFile,
} from './power-game.ts';
export type { CouncilResolver } from './scenario/bodies.ts';
export { type FieldPath, formatPath } from './scenario/locate.ts';
export { formatScenarioError, type ParseScenarioResult, parseScenario, type ScenarioError } from './scenario/parse.ts';
export {
  type BodyFile,
  BodySchema,
  ClauseSchema,
  type DecisionFile,
  type DecisionFileInput,
  DecisionSchema,
  DistributionSchema,
  type PositionFile,
  type PositionFileInput,
  PositionSchema,
  type RecordedFile,
  RecordedSchema,
  type ScenarioFile,
  type ScenarioFileInput,
  ScenarioFileSchema,
} from './scenario/schema.ts';
