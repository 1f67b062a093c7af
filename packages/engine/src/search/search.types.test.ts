import { describe, expectTypeOf, it } from 'vitest';
import { type MemberId, memberId } from '../ids.ts';
import { decisionFrom } from '../testing/decisions.ts';
import { type FoundText, type SearchObjective, type SearchResult, type SearchStatus, searchTexts } from './index.ts';

describe('the public types of @horseshoe/engine/search', () => {
  it('returns a SearchResult whose status is a closed union', () => {
    const r = searchTexts(decisionFrom({ clauses: ['a'] }));
    expectTypeOf(r).toEqualTypeOf<SearchResult>();
    expectTypeOf(r.status).toEqualTypeOf<SearchStatus>();
    expectTypeOf<SearchStatus>().toEqualTypeOf<'optimal' | 'infeasible' | 'time-limit'>();
    expectTypeOf(r.texts).toEqualTypeOf<readonly FoundText[]>();
  });

  it('names the objective member by a branded id', () => {
    expectTypeOf<Extract<SearchObjective, { type: 'utility' }>['member']>().toEqualTypeOf<MemberId>();
    const d = decisionFrom({ clauses: ['a'] });
    const wrong = () =>
      // @ts-expect-error `for` takes a MemberId, not a plain string
      searchTexts(d, { for: 'USA' });
    expectTypeOf(wrong).toBeFunction();
    expectTypeOf(searchTexts(d, { for: memberId('P1') }).texts[0]?.utility).toEqualTypeOf<number | null | undefined>();
  });

  it('accepts only the three methods', () => {
    const d = decisionFrom({ clauses: ['a'] });
    const wrong = () =>
      // @ts-expect-error there is no `greedy` method: the search is exact
      searchTexts(d, { method: 'greedy' });
    expectTypeOf(wrong).toBeFunction();
  });
});
