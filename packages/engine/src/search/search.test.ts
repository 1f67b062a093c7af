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

describe('searchTexts with --top', () => {
  it('returns the K best distinct texts that brute force ranks, on 500 random decisions', () => {
    const rng = seededRng(9);
    for (let i = 0; i < 500; i++) {
      const d = randomDecision(rng, { clauses: 2 + (i % 9) });
      const member = d.body.members[i % 15] ?? memberId('P1');
      const top = 1 + (i % 5);
      const brute = bruteForceSearch(d, i % 2 === 0 ? undefined : member);
      const r = searchTexts(d, { top, ...(i % 2 === 0 ? {} : { for: member }) });
      const key = (x: { changes: number; utility: number | null }) => [-(x.utility ?? 0), x.changes];
      const expected = brute.all
        .map(key)
        .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number))
        .slice(0, top);
      expect(r.texts.map(key), `case ${i}`).toEqual(expected);
      expect(new Set(r.texts.map((t) => t.clauses.join())).size).toBe(r.texts.length);
      expect(r.texts.every((t) => t.outcome.adopted)).toBe(true);
    }
  });
});

describe('searchTexts under a time limit', () => {
  it('reports time-limit with a bound no better than the proven optimum', () => {
    const rng = seededRng(60);
    let stopped = 0;
    for (let i = 0; i < 20; i++) {
      const d = randomDecision(rng, { clauses: 60, instrument: 'resolution', fixedVotes: 0 });
      const full = searchTexts(d);
      const cut = searchTexts(d, { maxNodes: 512 });
      if (cut.status !== 'time-limit') continue;
      stopped++;
      const optimum = full.texts[0]?.changes;
      if (optimum !== undefined && cut.bound !== null) expect(cut.bound).toBeLessThanOrEqual(optimum);
      const found = cut.texts[0];
      if (found && optimum !== undefined) expect(found.changes).toBeGreaterThanOrEqual(optimum);
    }
    expect(stopped).toBeGreaterThan(0);
  });
});

describe('searchTexts progress', () => {
  it('reports progress with a growing node count on a long search', () => {
    const rng = seededRng(60);
    const seen: number[] = [];
    for (let i = 0; i < 20 && seen.length === 0; i++) {
      const d = randomDecision(rng, { clauses: 60, instrument: 'resolution', fixedVotes: 0 });
      searchTexts(d, { maxNodes: 50_000, onProgress: (p) => seen.push(p.nodes) });
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n, i) => i === 0 || n > (seen[i - 1] ?? 0))).toBe(true);
  });
});

describe('searchTexts', () => {
  it('keeps the tabled text when it already passes', () => {
    const d = decisionFrom({ clauses: ['a', 'b'], tabled: ['a'] });
    expect(searchTexts(d).texts[0]?.clauses).toEqual(['a']);
  });
});
