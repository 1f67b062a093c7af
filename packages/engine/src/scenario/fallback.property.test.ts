import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseId } from '../ids.ts';
import type { Instrument } from '../rules/instrument.ts';
import { createDecision } from './create-decision.ts';
import { evaluateAs, evaluateDecision } from './evaluate.ts';
import { fallbackFor } from './fallback.ts';
import type { Position } from './position.ts';

const CLAUSES = ['a', 'b', 'c', 'd'];
const MEMBERS = ['A', 'B', 'C', 'D', 'E'];

const position: fc.Arbitrary<Partial<Position>> = fc.record(
  {
    rejects: fc.subarray(CLAUSES).map((xs) => xs.map(clauseId)),
    requires: fc.subarray(CLAUSES).map((xs) => xs.map(clauseId)),
    onRedLine: fc.constantFrom('no' as const, 'abstain' as const),
    values: fc.dictionary(fc.constantFrom(...CLAUSES), fc.integer({ min: -2, max: 2 })),
    yesAt: fc.integer({ min: -1, max: 2 }),
  },
  { requiredKeys: [] },
);

const decisions = fc
  .record({
    instrument: fc.constantFrom<Instrument>('resolution', 'presidential-statement', 'press-statement'),
    fixed: fc.subarray(CLAUSES),
    positions: fc.dictionary(fc.constantFrom(...MEMBERS), position, { maxKeys: 5 }),
    threshold: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ instrument, fixed, positions, threshold }) =>
    createDecision({
      instrument,
      members: MEMBERS,
      permanent: ['A', 'B'],
      threshold,
      clauses: CLAUSES.map((id) => ({ id, fixed: fixed.includes(id) })),
      positions,
    }),
  );

describe('fallbackFor on random decisions', () => {
  it('offers a part only if it passes under that instrument, never drops a fixed clause, and drops as few as possible', () => {
    fc.assert(
      fc.property(decisions, (d) => {
        if (evaluateDecision(d).passed) return;
        for (const option of fallbackFor(d).options) {
          if (option.whole.passed) {
            expect(option.part).toBeNull();
            continue;
          }
          // A consensus text fails only on an objection, so someone blocks it.
          expect(option.blockers.length).toBeGreaterThan(0);
          const part = option.part;
          if (part === null) {
            // No part passes: in particular no single clause can be dropped to make it pass.
            for (const p of option.withoutEach) expect(p.passed).toBe(false);
            continue;
          }
          expect(evaluateAs(d, option.instrument, new Set(part.text)).passed).toBe(true);
          for (const c of d.clauses) if (c.fixed) expect(part.dropped).not.toContain(c.id);
          if (part.dropped.length > 1) {
            for (const single of part.dropped) {
              const without = new Set(d.tabled.filter((id) => id !== single));
              expect(evaluateAs(d, option.instrument, without).passed).toBe(false);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
