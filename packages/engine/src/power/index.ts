// The public API of @horseshoe/engine/power: exact voting-power indices for weighted, compound and Council games.

export {
  computePower,
  POWER_METHODS,
  type PowerMethod,
  type PowerOptions,
  type PowerResult,
} from './compute.ts';
export {
  type DecisionPivots,
  type MemberPivot,
  type PivotOptions,
  pivotProbabilities,
  pivotProbabilitiesWork,
  ruleGame,
} from './context.ts';
export {
  councilGame,
  REFORM_MODELS,
  type ReformModel,
  type ReformModelId,
  reformModelGame,
  type VetoBody,
  vetoBodyGame,
} from './council-games.ts';
export { INDEX_LABELS, INDEX_NAMES, type IndexName } from './counts.ts';
export { describeRule, normalizeGame, type PowerGame, type PowerRule, quotaFromShare } from './games.ts';
export type { IndexValues, PowerIndices } from './indices.ts';
export { formatRational, type Rational, rationalOf, rationalToNumber } from './rational.ts';
