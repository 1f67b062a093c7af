import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateScenario } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { draftScenario } from './draft.ts';
import { renderDraft } from './render.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const REPORT = readFileSync(path.join(ROOT, 'packages/drafting/fixtures/libya-april-2019-press-report.txt'), 'utf8');
const CASE = readFileSync(path.join(ROOT, 'cases/libya-2019.yaml'), 'utf8');

function drafted() {
  const r = draftScenario(REPORT, { date: '2019-04-19' });
  if (!r.ok) throw new Error(r.error.message);
  return r.draft;
}

function outcomes(yaml: string, file: string) {
  const parsed = parseScenario(yaml, file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return evaluateScenario(parsed.scenario)
    .map((e) => ({ instrument: e.decision.instrument, passed: e.passed, reason: e.outcome.reason }))
    .sort((a, b) => a.instrument.localeCompare(b.instrument));
}

describe('the founding report (Libya, April 2019)', () => {
  it('drafts the press elements, a formal statement and the British draft resolution', () => {
    const decisions = drafted().scenario.decisions;
    expect(decisions.map((d) => d.instrument).sort()).toEqual([
      'presidential-statement',
      'press-elements',
      'resolution',
    ]);
    expect(decisions.find((d) => d.instrument === 'press-elements')?.recorded?.outcome).toBe('adopted');
    expect(decisions.find((d) => d.instrument === 'resolution')?.id).toBe('gbr-draft-resolution');
  });

  it('reads Russia rejecting the reference to the LNA and the United States requiring its forces named', () => {
    const statement = drafted().scenario.decisions.find((d) => d.instrument === 'presidential-statement');
    expect(statement?.positions?.RUS?.rejects).toEqual(['name-lna']);
    expect(statement?.positions?.USA?.requires).toEqual(['name-haftars-forces']);
  });

  it('reads the United States and Russia not supporting the draft resolution', () => {
    const draft = drafted().scenario.decisions.find((d) => d.instrument === 'resolution');
    expect(draft?.positions?.USA?.vote).toBe('abstain');
    expect(draft?.positions?.RUS?.rejects).toEqual(['blame-haftar']);
  });

  it('marks the formal statement read as a presidential statement as an assumption', () => {
    const d = drafted();
    const cite = d.citations.find((c) => c.path.join('.') === 'decisions.2.instrument');
    expect(cite?.assumption).toMatch(/formal statement/);
  });

  it('evaluates to the same three outcomes as the hand-written case', () => {
    const yaml = renderDraft(drafted());
    expect(outcomes(yaml, 'drafted.yaml')).toEqual(outcomes(CASE, 'cases/libya-2019.yaml'));
  });

  it('quotes the sentence behind every field and lists the sentences it did not use', () => {
    const yaml = renderDraft(drafted());
    expect(yaml).toContain('# [s31] "In the following days, the council was unable, however, to issue a more formal');
    expect(yaml).toContain('# ASSUMPTION: "could not support" read as an abstention');
    expect(yaml).toMatch(/not turned into fields[\s\S]*It was not immediately clear if Britain would persist/);
  });
});
