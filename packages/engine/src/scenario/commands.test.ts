import { describe, expect, it } from 'vitest';
import { councilOn } from '../council/membership.ts';
import { clauseId, memberId } from '../ids.ts';
import { applyScenarioCommand, type ScenarioCommand } from './commands.ts';
import { createDecision } from './create-decision.ts';
import { evaluateDecision } from './evaluate.ts';
import type { PositionOverride } from './position.ts';
import { councilBody, positionsFor } from './resolve.ts';
import type { Decision, Scenario } from './types.ts';

const RUS = memberId('RUS');
const USA = memberId('USA');

/** A draft on the Council of 18 April 2019: Russia rejects naming the LNA, the United States requires it. */
function libyaLike(): Scenario {
  const council = councilOn('2019-04-18');
  if (!council.ok) throw new Error('no Council');
  const body = councilBody(council.value);
  const base = createDecision({
    id: 'draft',
    clauses: ['ceasefire', { id: 'name-lna' }, { id: 'preamble', fixed: true }],
  });
  const scenarioLevel = new Map<string, PositionOverride>([
    ['RUS', { rejects: [clauseId('name-lna')] }],
    ['DEU', { values: { ceasefire: 1 } }],
  ]);
  const overrides = new Map<typeof RUS, PositionOverride>([[USA, { requires: [clauseId('name-lna')] }]]);
  const decision: Decision = {
    ...base,
    body,
    overrides,
    positions: positionsFor(body, base.clauses, scenarioLevel, overrides),
  };
  return { title: 'Libya-like', date: body.date, decisions: [decision], positions: scenarioLevel };
}

function apply(scenario: Scenario, command: ScenarioCommand) {
  const r = applyScenarioCommand(scenario, command);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.value;
}

const draftOf = (s: Scenario) => s.decisions[0]!;
const outcomeOf = (s: Scenario) => evaluateDecision(draftOf(s)).outcome;

describe('applyScenarioCommand', () => {
  it('drops a clause from the text, and the veto it caused goes with it', () => {
    const s = libyaLike();
    expect(outcomeOf(s).reason).toBe('veto');
    const next = apply(s, { type: 'toggle-clause', decision: 'draft', clause: clauseId('name-lna'), included: false });
    expect(draftOf(next.scenario).tabled).toEqual(['ceasefire', 'preamble']);
    expect(next.events).toEqual([{ type: 'tabled-changed', decision: 'draft', tabled: ['ceasefire', 'preamble'] }]);
  });

  it('puts a clause back in the decision’s clause order', () => {
    const without = apply(libyaLike(), {
      type: 'toggle-clause',
      decision: 'draft',
      clause: clauseId('ceasefire'),
      included: false,
    });
    const back = apply(without.scenario, {
      type: 'toggle-clause',
      decision: 'draft',
      clause: clauseId('ceasefire'),
      included: true,
    });
    expect(draftOf(back.scenario).tabled).toEqual(['ceasefire', 'name-lna', 'preamble']);
  });

  it('refuses to drop a fixed clause and leaves the scenario as it was', () => {
    const r = applyScenarioCommand(libyaLike(), {
      type: 'toggle-clause',
      decision: 'draft',
      clause: clauseId('preamble'),
      included: false,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe('scenario/fixed-clause');
  });

  it('names the clauses a decision defines when asked for one it does not', () => {
    const r = applyScenarioCommand(libyaLike(), { type: 'set-tabled', decision: 'draft', clauses: [clauseId('nope')] });
    expect(r.ok ? null : r.errors[0]?.message).toMatch(/unknown clause id "nope".*"ceasefire"/);
  });

  it('names the decisions when a command names one the scenario lacks', () => {
    const r = applyScenarioCommand(libyaLike(), {
      type: 'set-instrument',
      decision: 'other',
      instrument: 'procedural',
    });
    expect(r.ok ? null : r.errors[0]).toMatchObject({ code: 'scenario/unknown-decision' });
  });

  it('replaces the tabled text with the clauses a search found', () => {
    const next = apply(libyaLike(), {
      type: 'set-tabled',
      decision: 'draft',
      clauses: [clauseId('preamble'), clauseId('ceasefire')],
    });
    expect(draftOf(next.scenario).tabled).toEqual(['ceasefire', 'preamble']);
  });

  it('switches the instrument, so the same votes are decided by another rule', () => {
    const next = apply(libyaLike(), { type: 'set-instrument', decision: 'draft', instrument: 'procedural' });
    expect(draftOf(next.scenario).instrument).toBe('procedural');
    expect(outcomeOf(next.scenario).adopted).toBe(true);
  });

  it('moves a decision to another date and drops the positions of members who did not sit that day', () => {
    const next = apply(libyaLike(), { type: 'set-date', decision: 'draft', date: '2022-03-01' });
    const d = draftOf(next.scenario);
    expect(d.body.date).toBe('2022-03-01');
    expect(d.body.members).toContain('IND');
    expect(next.events).toContainEqual({ type: 'positions-dropped', decision: 'draft', members: ['DEU'] });
    expect(next.scenario.positions?.has('DEU')).toBe(false);
    expect(d.positions.get(RUS)?.rejects).toEqual(['name-lna']);
  });

  it('reads the threshold and the enlargement from the Council of the new date', () => {
    const next = apply(libyaLike(), { type: 'set-date', decision: 'draft', date: '1960-05-01' });
    expect(draftOf(next.scenario).body.members).toHaveLength(11);
    expect(draftOf(next.scenario).body.threshold).toBe(7);
    expect(draftOf(next.scenario).body.permanent).toContain('SUN');
  });

  it('refuses a date outside the Council’s range and keeps the scenario', () => {
    const r = applyScenarioCommand(libyaLike(), { type: 'set-date', decision: 'draft', date: '1940-01-01' });
    expect(r.ok ? null : r.errors[0]?.code).toBe('date/out-of-range');
  });

  it('refuses to give a custom body a Council date', () => {
    const custom: Scenario = { title: 'c', date: null, decisions: [createDecision({ id: 'draft' })] };
    const r = applyScenarioCommand(custom, { type: 'set-date', decision: 'draft', date: '2019-04-18' });
    expect(r.ok ? null : r.errors[0]?.code).toBe('scenario/custom-body-date');
  });

  it('changes one field of a member’s position and keeps the fields it inherits', () => {
    const next = apply(libyaLike(), {
      type: 'set-position',
      decision: 'draft',
      member: RUS,
      edit: { field: 'yesAt', value: 2 },
    });
    const rus = draftOf(next.scenario).positions.get(RUS);
    expect(rus?.yesAt).toBe(2);
    expect(rus?.rejects).toEqual(['name-lna']);
    expect(next.events).toEqual([{ type: 'position-changed', decision: 'draft', member: RUS }]);
  });

  it('fixes a member’s vote, and the outcome follows', () => {
    const next = apply(libyaLike(), {
      type: 'set-position',
      decision: 'draft',
      member: RUS,
      edit: { field: 'vote', value: 'abstain' },
    });
    expect(outcomeOf(next.scenario).adopted).toBe(true);
  });

  it('refuses a red line on a clause the decision does not define', () => {
    const r = applyScenarioCommand(libyaLike(), {
      type: 'set-position',
      decision: 'draft',
      member: RUS,
      edit: { field: 'rejects', value: [clauseId('nope')] },
    });
    expect(r.ok ? null : r.errors[0]?.code).toBe('position/invalid');
  });

  it('refuses a position for a state that does not sit on the Council that day', () => {
    const r = applyScenarioCommand(libyaLike(), { type: 'reset-position', decision: 'draft', member: memberId('IND') });
    expect(r.ok ? null : r.errors[0]?.code).toBe('member/not-on-council');
  });

  it('sets a vote distribution and the adoption probability follows', () => {
    const next = apply(libyaLike(), {
      type: 'set-vote-distribution',
      decision: 'draft',
      member: RUS,
      distribution: { yes: 0.25, no: 0.5, abstain: 0.25, absent: 0 },
    });
    expect(evaluateDecision(draftOf(next.scenario)).probability).toBeCloseTo(0.5, 12);
  });

  it('refuses shares that do not sum to 1 and says what they sum to', () => {
    const r = applyScenarioCommand(libyaLike(), {
      type: 'set-vote-distribution',
      decision: 'draft',
      member: RUS,
      distribution: { yes: 0.5, no: 0.2, abstain: 0, absent: 0 },
    });
    expect(r.ok ? null : r.errors[0]?.message).toMatch(/RUS: the probabilities sum to 0.7, not 1/);
  });

  it('resets a member to its scenario-level position', () => {
    const edited = apply(libyaLike(), {
      type: 'set-position',
      decision: 'draft',
      member: RUS,
      edit: { field: 'vote', value: 'yes' },
    });
    const reset = apply(edited.scenario, { type: 'reset-position', decision: 'draft', member: RUS });
    expect(draftOf(reset.scenario).positions.get(RUS)?.vote).toBeNull();
    expect(outcomeOf(reset.scenario).reason).toBe('veto');
  });

  it('never changes the scenario it was given', () => {
    const s = libyaLike();
    const before = JSON.stringify(draftOf(s), (_, v) => (v instanceof Map ? [...v] : v));
    apply(s, { type: 'set-date', decision: 'draft', date: '2022-03-01' });
    apply(s, { type: 'set-position', decision: 'draft', member: RUS, edit: { field: 'yesAt', value: 3 } });
    expect(JSON.stringify(draftOf(s), (_, v) => (v instanceof Map ? [...v] : v))).toBe(before);
  });
});
