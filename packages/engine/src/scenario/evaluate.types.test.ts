import { describe, expectTypeOf, it } from 'vitest';
import { type ClauseId, clauseId, type MemberId } from '../ids.ts';
import type { Outcome } from '../rules/outcome.ts';
import { createDecision } from './create-decision.ts';
import { type DecisionEvaluation, evaluateDecision } from './evaluate.ts';
import { fallbackFor } from './fallback.ts';
import type { PredictedVote } from './position.ts';
import { predictDecisionVotes } from './predict.ts';

describe('scenario evaluation types', () => {
  it('returns typed evaluations, votes and fallbacks', () => {
    const d = createDecision({ clauses: ['a'] });
    expectTypeOf(evaluateDecision(d)).toEqualTypeOf<DecisionEvaluation>();
    expectTypeOf(evaluateDecision(d).outcome).toEqualTypeOf<Outcome>();
    expectTypeOf(predictDecisionVotes(d)).toEqualTypeOf<ReadonlyMap<MemberId, PredictedVote>>();
    expectTypeOf(fallbackFor(d).options[0]?.part?.dropped).toEqualTypeOf<readonly ClauseId[] | undefined>();
  });

  it('takes texts as sets of branded clause ids only', () => {
    const d = createDecision({ clauses: ['a'] });
    evaluateDecision(d, new Set([clauseId('a')]));
    // @ts-expect-error plain strings are not clause ids
    evaluateDecision(d, new Set(['a']));
    // @ts-expect-error a text is a set, not a list
    predictDecisionVotes(d, [clauseId('a')]);
  });
});
