// Type tests of the public API: the lines marked @ts-expect-error must not compile (checked by tsc).
import { describe, expect, it } from 'vitest';
import {
  clauseId,
  type DecisionRule,
  decideTally,
  decideVotes,
  isoDate,
  type MemberId,
  memberId,
  type Outcome,
  ruleFor,
} from './index.ts';

describe('public API types', () => {
  it('keeps member codes, clause ids and dates apart', () => {
    const fra: MemberId = memberId('FRA');
    // @ts-expect-error a plain string is not a MemberId
    const bad: MemberId = 'FRA';
    // @ts-expect-error a clause id is not a member code
    const alsoBad: MemberId = clauseId('name-lna');
    expect([fra, bad, alsoBad]).toHaveLength(3);
    expect(isoDate('2019-04-18')).toBe('2019-04-18');
  });

  it('accepts only the closed set of decision rules', () => {
    const rule: DecisionRule = ruleFor('resolution', { threshold: 9, vetoHolders: [memberId('RUS')] });
    // @ts-expect-error 'unanimous' is not a decision rule
    const badRule: DecisionRule = { type: 'unanimous', threshold: 15 };
    expect(rule.type).toBe('substantive');
    expect(badRule.type).toBe('unanimous');
  });

  it('returns an Outcome whose reason is a closed union', () => {
    const o: Outcome = decideVotes(new Map(), [memberId('FRA')], { type: 'procedural', threshold: 1 });
    const reasons: Outcome['reason'][] = ['adopted', 'veto', 'insufficient-votes', 'objection'];
    expect(reasons).toContain(o.reason);
    // @ts-expect-error a tally needs every count
    decideTally({ yes: 9, no: 0 }, [], { type: 'procedural', threshold: 9 });
  });
});
