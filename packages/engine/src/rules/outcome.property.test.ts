import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberId } from '../ids.ts';
import { createTestCouncil } from '../testing/notation.ts';
import type { DecisionRule } from './instrument.ts';
import { decideVotes } from './outcome.ts';
import { VOTE_VALUES, type VoteValue } from './vote.ts';

const bodies = [createTestCouncil(15), createTestCouncil(11)];

/** A body, a rule over it and one vote per member. */
const meeting = fc
  .record({
    bodyIndex: fc.integer({ min: 0, max: 1 }),
    ruleType: fc.constantFrom('substantive', 'procedural', 'consensus'),
    votes: fc.array(fc.constantFrom(...VOTE_VALUES), { minLength: 15, maxLength: 15 }),
  })
  .map(({ bodyIndex, ruleType, votes }) => {
    const body = bodies[bodyIndex] ?? createTestCouncil();
    const rule: DecisionRule =
      ruleType === 'substantive'
        ? { type: 'substantive', threshold: body.threshold, vetoHolders: body.permanent }
        : ruleType === 'procedural'
          ? { type: 'procedural', threshold: body.threshold }
          : { type: 'consensus', instrument: 'presidential-statement' };
    const map = new Map<MemberId, VoteValue>(body.members.map((m, i) => [m, votes[i] ?? 'absent']));
    return { body, rule, votes: map };
  });

describe('engine invariants', () => {
  it('adding a yes vote never turns an adopted text into a failed one', () => {
    fc.assert(
      fc.property(meeting, fc.nat(), ({ body, rule, votes }, pick) => {
        const before = decideVotes(votes, body.members, rule);
        const member = body.members[pick % body.members.length];
        if (!member) return;
        const after = decideVotes(new Map(votes).set(member, 'yes'), body.members, rule);
        if (before.adopted) expect(after.adopted).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a permanent member switching from no to abstain never turns an adopted text into a failed one', () => {
    fc.assert(
      fc.property(meeting, fc.nat(), ({ body, rule, votes }, pick) => {
        const member = body.permanent[pick % body.permanent.length];
        if (!member || votes.get(member) !== 'no') return;
        const before = decideVotes(votes, body.members, rule);
        const after = decideVotes(new Map(votes).set(member, 'abstain'), body.members, rule);
        if (before.adopted) expect(after.adopted).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('outcomes do not depend on the order of members', () => {
    fc.assert(
      fc.property(meeting, fc.array(fc.nat(), { minLength: 15, maxLength: 15 }), ({ body, rule, votes }, keys) => {
        const shuffled = body.members
          .map((m, i) => ({ m, k: keys[i] ?? 0 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.m);
        const reversedVotes = new Map([...votes.entries()].reverse());
        const a = decideVotes(votes, body.members, rule);
        const b = decideVotes(reversedVotes, shuffled, rule);
        expect(b.adopted).toBe(a.adopted);
        expect(b.reason).toBe(a.reason);
        expect(b.tally).toEqual(a.tally);
        expect([...b.vetoes].sort()).toEqual([...a.vetoes].sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('a veto is reported only when the threshold was reached, and only permanent members veto', () => {
    fc.assert(
      fc.property(meeting, ({ body, rule, votes }) => {
        const o = decideVotes(votes, body.members, rule);
        if (o.reason === 'veto') {
          expect(o.tally.yes).toBeGreaterThanOrEqual(body.threshold);
          expect(o.vetoes.length).toBeGreaterThan(0);
        } else {
          expect(o.vetoes).toEqual([]);
        }
        for (const v of o.vetoes) expect(body.permanent).toContain(v);
        const t = o.tally;
        expect(t.yes + t.no + t.abstain + t.absent + t.notParticipating).toBe(body.members.length);
      }),
      { numRuns: 2000 },
    );
  });
});
