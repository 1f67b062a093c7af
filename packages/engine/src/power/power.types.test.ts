import { describe, expectTypeOf, it } from 'vitest';
import { computePower, type IndexName, type PowerGame, type PowerResult, type Rational } from './index.ts';

describe('the public types of @horseshoe/engine/power', () => {
  it('returns a Result of PowerResult from computePower', () => {
    const r = computePower({ players: ['a'], rule: { type: 'weighted', quota: 1, weights: [1] } });
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<PowerResult>();
    expectTypeOf<PowerResult['indices']['holler']>().toMatchTypeOf<
      { available: true; values: readonly Rational[] } | { available: false; reason: string }
    >();
  });

  it('accepts only the three kinds of rule', () => {
    const game: PowerGame = {
      players: ['a', 'b'],
      rule: { type: 'any', rules: [{ type: 'weighted', quota: 1, weights: [1, 1] }] },
    };
    expectTypeOf(game.rule.type).toEqualTypeOf<'weighted' | 'all' | 'any'>();
    // Never called: only the compiler looks at it.
    const wrong = () =>
      // @ts-expect-error a rule has no `majority` kind
      computePower({ players: ['a'], rule: { type: 'majority', quota: 1 } });
    expectTypeOf(wrong).toBeFunction();
  });

  it('names every index by a closed union', () => {
    expectTypeOf<'johnston'>().toMatchTypeOf<IndexName>();
    // @ts-expect-error there is no `nucleolus` index
    const bad: IndexName = 'nucleolus';
    void bad;
  });
});
