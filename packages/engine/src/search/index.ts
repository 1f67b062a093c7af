// The public API of @horseshoe/engine/search: exact search over the texts of a decision.

export { type BruteForceResult, bruteForceSearch } from './brute-force.ts';
export { type Constraints, type Requirement, ruleConstraints } from './model.ts';
export {
  describeText,
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
