// The public API of @horseshoe/engine/search: exact search over the texts of a decision.

export {
  ALTERNATIVE_INSTRUMENTS,
  type BestInterest,
  bestInterest,
  type InstrumentOption,
} from './best-interest.ts';
export { type BruteForceResult, bruteForceSearch } from './brute-force.ts';
export { describeElement, type PositionElement } from './elements.ts';
export { type Deadlock, explainDeadlock, type Unwinnable } from './explain.ts';
export { type Blocker, type BlockerEdit, type KeyHolders, keyHolders, type PivotalMember } from './key-holders.ts';
export type { MilpAnswer, MilpSolveOptions, MilpSolver } from './milp-solve.ts';
export { type Constraints, type Requirement, ruleConstraints } from './model.ts';
export {
  BRANCH_AND_BOUND_FIRST_MAX_CLAUSES,
  BRANCH_AND_BOUND_NODE_BUDGET,
  BRANCH_AND_BOUND_PROBE_WORK,
  describeText,
  existsText,
  type FoundText,
  type SearchObjective,
  type SearchOptions,
  type SearchResult,
  type SearchStatus,
  searchTexts,
  searchUnder,
} from './search.ts';
export type { SearchProgress, SolveControl } from './solve.ts';
export { countedVote, type MemberVote, type TextVotes, votesOnText } from './text-votes.ts';
