import { memberId } from '@horseshoe/engine';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from './parse.ts';

// `strategy:` in a position (a Horseshoe extension, docs/scenarios.md): the negotiation strategy of
// that member's AI delegation.

const FILE = `title: t
body: { members: [A, B, C], permanent: [A], threshold: 2 }
positions:
  A: { strategy: hard-liner }
  B: { strategy: conceder, rejects: [x] }
decisions:
  - id: d
    instrument: resolution
    clauses: [{ id: x }]
    positions:
      B: { strategy: tit-for-tat }
  - id: e
    instrument: resolution
    clauses: [{ id: x }]
`;

describe('scenario strategies', () => {
  it('gives each decision the strategies its file names, the decision’s overriding the scenario’s', () => {
    const r = parseScenario(FILE, 'test.yaml');
    if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
    const [d, e] = r.scenario.decisions;
    expect(d?.strategies).toEqual(
      new Map([
        [memberId('A'), 'hard-liner'],
        [memberId('B'), 'tit-for-tat'],
      ]),
    );
    expect(e?.strategies?.get(memberId('B'))).toBe('conceder');
    expect(e?.strategies?.has(memberId('C'))).toBe(false);
  });

  it('a strategy does not change the position: the decision’s position keeps its red line', () => {
    const r = parseScenario(FILE, 'test.yaml');
    if (!r.ok) throw new Error('expected a scenario');
    expect(r.scenario.decisions[0]?.positions.get(memberId('B'))?.rejects).toEqual(['x']);
  });

  it('an unknown strategy is an error naming the file, line and field', () => {
    const r = parseScenario(FILE.replace('strategy: conceder', 'strategy: stubborn'), 'test.yaml');
    if (r.ok) throw new Error('expected errors');
    expect(r.errors.map((x) => [x.file, x.line, x.path])).toEqual([['test.yaml', 5, 'positions.B.strategy']]);
    expect(r.errors[0]?.message).toContain('hard-liner');
  });
});
