// The public API of @horseshoe/protocol: schemas at the edges, and the scenario file loader.

// First: schemas must never compile code (a strict Content-Security-Policy forbids eval).
import './jitless.ts';

export { hiddenCharacter, IdSchema } from './hidden-characters.ts';
export {
  CaseFileNameSchema,
  CaseListSchema,
  CaseParamsSchema,
  type CaseSummary,
  CaseSummarySchema,
  NoQuerySchema,
  type RecordDecision,
  RecordDecisionListSchema,
  RecordDecisionSchema,
  type RecordSearchQuery,
  RecordSearchQuerySchema,
  type RecordStatsBody,
  RecordStatsSchema,
  type ServerConfig,
  ServerConfigSchema,
  scenarioTitle,
} from './http/bodies.ts';
export {
  API_ERROR_STATUS,
  type ApiError,
  type ApiErrorCode,
  ApiErrorCodeSchema,
  ApiErrorSchema,
  requestProblem,
} from './http/errors.ts';
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
export * from './session/index.ts';
