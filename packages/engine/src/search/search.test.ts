import { describe, expect, it } from 'vitest';
import { memberId } from '../ids.ts';
import { decisionFrom } from '../testing/decisions.ts';
import { randomDecision, seededRng } from '../testing/random-decision.ts';
import { bruteForceSearch } from './brute-force.ts';
import { searchTexts } from './search.ts';

describe('searchTexts against brute force', () => {
  it('finds the fewest changes that brute force finds, on 3000 random decisions', () => {
    const rng = seededRng(4);
    let feasible = 0;
    for (let i = 0; i < 3000; i++) {
      const d = randomDecision(rng, { clauses: 2 + (i % 13) });
      const brute = bruteForceSearch(d);
      const result = searchTexts(d);
      const best = result.texts[0];
      expect(result.status === 'infeasible', `case ${i}`).toBe(brute.changes === null);
      if (brute.changes === null) continue;
      feasible++;
      expect(best?.changes, `case ${i}`).toBe(brute.changes);
      expect(best?.outcome.adopted).toBe(true);
    }
    expect(feasible).toBeGreaterThan(300);
  });

  it('finds the highest utility for a member that brute force finds, on 2000 random decisions', () => {
    const rng = seededRng(7);
    for (let i = 0; i < 2000; i++) {
      const d = randomDecision(rng, { clauses: 2 + (i % 13) });
      const member = d.body.members[i % d.body.members.length] ?? memberId('P1');
      const brute = bruteForceSearch(d, member);
      const best = searchTexts(d, { for: member }).texts[0];
      expect(best?.utility ?? null, `case ${i}`).toBe(brute.utility);
      expect(best?.changes ?? null, `case ${i}`).toBe(brute.changesAtUtility);
    }
  });
});

describe('searchTexts', () => {
  it('keeps the tabled text when it already passes', () => {
    const d = decisionFrom({ clauses: ['a', 'b'], tabled: ['a'] });
    expect(searchTexts(d).texts[0]?.clauses).toEqual(['a']);
  });
});
