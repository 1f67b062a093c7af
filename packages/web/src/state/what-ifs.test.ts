import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clauseId, evaluateDecision, type Scenario } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import {
  editPosition,
  resetPosition,
  type ScenarioText,
  setDecisionDate,
  setInstrument,
  setTabled,
  toggleClause,
} from './what-ifs.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const LIBYA: ScenarioText = { text: readFileSync(path.join(ROOT, 'cases/libya-2019.yaml'), 'utf8'), format: 'yaml' };
const FORMAL = 1;
const UK_DRAFT = 2;

function load(text: string): Scenario {
  const r = parseScenario(text, 'test.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join('\n'));
  return r.scenario;
}

function outcomeOf(text: string, index: number) {
  const decision = load(text).decisions[index];
  if (!decision) throw new Error(`no decision ${index}`);
  return evaluateDecision(decision).outcome;
}

const libya = load(LIBYA.text);

describe('what-ifs rewrite the scenario file', () => {
  it('drops a clause from the tabled text and keeps the sources in the comments', () => {
    const text = toggleClause(LIBYA, libya, FORMAL, clauseId('name-lna'), false);
    expect(load(text).decisions[FORMAL]?.tabled).toEqual(['de-escalate']);
    expect(text).toContain('# Sources');
  });

  it('moves the formal statement’s blocker from Russia to the United States when the LNA clause is dropped', () => {
    expect(outcomeOf(LIBYA.text, FORMAL).objections).toEqual(['RUS']);
    const text = toggleClause(LIBYA, libya, FORMAL, clauseId('name-lna'), false);
    expect(outcomeOf(text, FORMAL).objections).toEqual(['USA']);
  });

  it('puts a dropped clause back in the decision’s clause order', () => {
    const without = toggleClause(LIBYA, libya, FORMAL, clauseId('name-lna'), false);
    const back = toggleClause({ ...LIBYA, text: without }, load(without), FORMAL, clauseId('name-lna'), true);
    expect(load(back).decisions[FORMAL]?.tabled).toEqual(['de-escalate', 'name-lna']);
  });

  it('switches the instrument, so the same votes are decided by another rule', () => {
    const text = setInstrument(LIBYA, UK_DRAFT, 'procedural');
    expect(load(text).decisions[UK_DRAFT]?.instrument).toBe('procedural');
    expect(outcomeOf(text, UK_DRAFT).adopted).toBe(true);
  });

  it('writes a member’s vote as a per-decision override and the tally follows', () => {
    const text = editPosition(LIBYA, UK_DRAFT, 'RUS', { field: 'vote', value: 'abstain' });
    const outcome = outcomeOf(text, UK_DRAFT);
    expect(outcome.tally.abstain).toBe(2);
    expect(outcome.adopted).toBe(true);
    expect(outcomeOf(text, FORMAL).objections).toEqual(['RUS']);
  });

  it('writes a distribution that the loader accepts', () => {
    const text = editPosition(LIBYA, UK_DRAFT, 'RUS', {
      field: 'vote',
      value: { yes: 0.25, no: 0.5, abstain: 0.25, absent: 0 },
    });
    const decision = load(text).decisions[UK_DRAFT];
    expect(decision && evaluateDecision(decision).probability).toBeCloseTo(0.5, 12);
  });

  it('resets a member to its scenario-level position', () => {
    const edited = editPosition(LIBYA, UK_DRAFT, 'RUS', { field: 'vote', value: 'yes' });
    const reset = resetPosition({ ...LIBYA, text: edited }, UK_DRAFT, 'RUS');
    expect(outcomeOf(reset, UK_DRAFT).reason).toBe('veto');
  });

  it('replaces the tabled text with a text found by the search', () => {
    const text = setTabled(LIBYA, UK_DRAFT, ['ceasefire']);
    expect(outcomeOf(text, UK_DRAFT).adopted).toBe(true);
  });
});

describe('setDecisionDate', () => {
  const file: ScenarioText = {
    format: 'yaml',
    text: [
      'title: Date test',
      'date: 2019-04-18',
      'positions:',
      '  DEU: { yesAt: 1 }',
      'decisions:',
      '  - id: d1',
      '    instrument: resolution',
      '    positions:',
      '      ZAF: { vote: abstain }',
      '      RUS: { vote: no }',
      '',
    ].join('\n'),
  };

  it('takes the decision to the Council of the new date', () => {
    const change = setDecisionDate(file, load(file.text), 0, '2022-03-01');
    const body = load(change.text).decisions[0]?.body;
    expect(body?.date).toBe('2022-03-01');
    expect(body?.members).toContain('IND');
    expect(body?.members).not.toContain('DEU');
  });

  it('removes the positions of members who were not on the Council that day and names them', () => {
    const change = setDecisionDate(file, load(file.text), 0, '2022-03-01');
    expect([...change.dropped].sort()).toEqual(['DEU', 'ZAF']);
    expect(change.text).toContain('RUS: { vote: no }');
  });

  it('keeps every position when the members all sat on the new date', () => {
    const change = setDecisionDate(file, load(file.text), 0, '2020-06-01');
    expect(change.dropped).toEqual([]);
    expect(load(change.text).decisions[0]?.positions.size).toBe(3);
  });

  it('drops nothing for a date without a Council, and the loader names the date at its line', () => {
    const change = setDecisionDate(file, load(file.text), 0, '1940-01-01');
    expect(change.dropped).toEqual([]);
    const r = parseScenario(change.text, 'test.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 11, path: 'decisions[0].date' });
  });
});
