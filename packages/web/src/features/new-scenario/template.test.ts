import { evaluateDecision, INSTRUMENTS } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { clauseIdsFor, scenarioTemplate } from './template.ts';

function load(text: string) {
  const r = parseScenario(text, 'new-scenario.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return r.scenario;
}

describe('the new scenario template', () => {
  it('loads and evaluates for every instrument: every member votes yes until it has a position', () => {
    for (const instrument of INSTRUMENTS) {
      const s = load(
        scenarioTemplate({
          title: 'My draft',
          date: '2019-04-18',
          instrument,
          clauses: ['Calls for a ceasefire.', ''],
        }),
      );
      const d = s.decisions[0];
      expect(d?.clauses.map((c) => c.text)).toEqual(['Calls for a ceasefire.']);
      expect(d && evaluateDecision(d).passed).toBe(true);
    }
  });

  it('keeps texts with quotes, colons and hashes intact', () => {
    const text = 'Recalls "resolution 1970": #1 priority';
    const s = load(
      scenarioTemplate({ title: 'A: "b" #c', date: '2011-02-26', instrument: 'resolution', clauses: [text] }),
    );
    expect(s.title).toBe('A: "b" #c');
    expect(s.decisions[0]?.clauses[0]?.text).toBe(text);
  });

  it('explains positions in comments', () => {
    const t = scenarioTemplate({ title: 't', date: '2019-04-18', instrument: 'resolution', clauses: [] });
    expect(t).toContain('#     rejects: [clause-id]');
    expect(load(t).decisions[0]?.clauses).toEqual([]);
  });

  it('makes clause ids from the texts, unique', () => {
    expect(clauseIdsFor(['Calls for a ceasefire in Libya.', 'Calls for a ceasefire in Libya!', '…'])).toEqual([
      'calls-for-a-ceasefire',
      'calls-for-a-ceasefire-2',
      'clause-3',
    ]);
  });
});
