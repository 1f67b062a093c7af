import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateDecision } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { firstDecision } from './first-decision.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');

function evaluationsOf(text: string) {
  const r = parseScenario(text, 'case.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.scenario.decisions.map((d) => evaluateDecision(d));
}

describe('the decision a case opens on', () => {
  it('opens the Libya case on the vetoed British draft, not the agreed press elements', () => {
    const evaluations = evaluationsOf(readFileSync(path.join(ROOT, 'cases/libya-2019.yaml'), 'utf8'));
    expect(evaluations[firstDecision(evaluations)]?.decision.id).toBe('uk-draft-resolution');
  });

  it('opens on the first decision when every decision passes unanimously', () => {
    const text = [
      'title: All agreed',
      'body: { members: [A, B, C], permanent: [A], threshold: 2 }',
      'decisions:',
      '  - { id: one, instrument: resolution }',
      '  - { id: two, instrument: resolution }',
    ].join('\n');
    expect(firstDecision(evaluationsOf(text))).toBe(0);
  });

  it('prefers a failing decision to a passing one with more dissent', () => {
    const text = [
      'title: Mixed',
      'body: { members: [A, B, C, D, E], permanent: [A], threshold: 2 }',
      'positions: { B: { vote: abstain }, C: { vote: abstain } }',
      'decisions:',
      '  - { id: passes, instrument: resolution }',
      '  - { id: blocked, instrument: press-statement, positions: { B: { vote: no }, C: { vote: yes } } }',
    ].join('\n');
    expect(evaluationsOf(text)[firstDecision(evaluationsOf(text))]?.decision.id).toBe('blocked');
  });

  it('opens on the decision the file names in open:, even when another is more contested', () => {
    const text = [
      'title: Chosen',
      'body: { members: [A, B, C], permanent: [A], threshold: 2 }',
      'open: agreed',
      'decisions:',
      '  - { id: vetoed, instrument: resolution, positions: { A: { vote: no } } }',
      '  - { id: agreed, instrument: resolution }',
    ].join('\n');
    const r = parseScenario(text, 'case.yaml');
    if (!r.ok) throw new Error(r.errors[0]?.message);
    const evaluations = r.scenario.decisions.map((d) => evaluateDecision(d));
    expect(firstDecision(evaluations)).toBe(0);
    expect(firstDecision(evaluations, r.scenario.open)).toBe(1);
  });
});
