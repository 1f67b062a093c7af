import { describe, expect, it } from 'vitest';
import { clauseId, memberId } from '../ids.ts';
import { createDecision } from './create-decision.ts';
import { evaluateAs, evaluateDecision, evaluateScenario } from './evaluate.ts';

const c = clauseId;
const m = memberId;

function voteOf(e: ReturnType<typeof evaluateDecision>, code: string) {
  return e.votes.find((v) => v.member === code)?.vote;
}

describe('evaluateDecision', () => {
  it('adopts a resolution on which every member has no position, 15 votes to none', () => {
    const e = evaluateDecision(createDecision({ clauses: ['a'] }));
    expect(e.outcome.adopted).toBe(true);
    expect(e.outcome.tally.yes).toBe(15);
    expect(e.probability).toBe(1);
    expect(e.passed).toBe(true);
  });

  it('reports a veto when a permanent member crosses a red line and nine others vote yes', () => {
    const e = evaluateDecision(createDecision({ clauses: ['blame'], positions: { RUS: { rejects: [c('blame')] } } }));
    expect(voteOf(e, 'RUS')).toBe('no');
    expect(e.votes.find((v) => v.member === 'RUS')?.reason).toEqual({ type: 'rejects', clause: 'blame', vote: 'no' });
    expect(e.outcome.reason).toBe('veto');
    expect(e.outcome.vetoes).toEqual([m('RUS')]);
    expect(e.probability).toBe(0);
  });

  it('reports insufficient votes, not a veto, when fewer than nine vote yes even with a permanent no', () => {
    const positions = Object.fromEntries(
      ['FRA', 'GBR', 'USA', 'E1', 'E2', 'E3', 'E4'].map((k) => [k, { rejects: [c('x')] }]),
    );
    const e = evaluateDecision(createDecision({ clauses: ['x'], positions }));
    expect(e.outcome.tally.yes).toBe(8);
    expect(e.outcome.reason).toBe('insufficient-votes');
    expect(e.outcome.permanentNo).toEqual([m('FRA'), m('GBR'), m('USA')]);
  });

  it('lets a member abstain on its red line without blocking the resolution', () => {
    const e = evaluateDecision(
      createDecision({ clauses: ['x'], positions: { USA: { rejects: [c('x')], onRedLine: 'abstain' } } }),
    );
    expect(voteOf(e, 'USA')).toBe('abstain');
    expect(e.outcome.adopted).toBe(true);
  });

  it('agrees a consensus text when members abstain but none votes no', () => {
    const e = evaluateDecision(
      createDecision({ instrument: 'press-statement', clauses: ['x'], positions: { E1: { yesAt: 5 } } }),
    );
    expect(voteOf(e, 'E1')).toBe('abstain');
    expect(e.outcome.adopted).toBe(true);
  });

  it('blocks a consensus text when an elected member votes no', () => {
    const e = evaluateDecision(
      createDecision({
        instrument: 'presidential-statement',
        clauses: ['x'],
        positions: { E3: { rejects: [c('x')] } },
      }),
    );
    expect(e.outcome.reason).toBe('objection');
    expect(e.outcome.objections).toEqual([m('E3')]);
  });

  it('adopts a procedural decision over the no votes of permanent members', () => {
    const positions = Object.fromEntries(['CHN', 'RUS'].map((k) => [k, { vote: 'no' as const }]));
    const e = evaluateDecision(createDecision({ instrument: 'procedural', positions }));
    expect(e.outcome.adopted).toBe(true);
    expect(e.outcome.tally.no).toBe(2);
  });

  it('evaluates a given text instead of the tabled one', () => {
    const d = createDecision({ clauses: ['a', 'b'], positions: { RUS: { rejects: [c('b')] } } });
    expect(evaluateDecision(d).outcome.adopted).toBe(false);
    const e = evaluateDecision(d, new Set([c('a')]));
    expect(e.outcome.adopted).toBe(true);
    expect(e.text).toEqual([c('a')]);
  });

  it('evaluates the same text under another instrument with the same positions', () => {
    const d = createDecision({ clauses: ['a'], positions: Object.fromEntries(E7.map((k) => [k, { yesAt: 1 }])) });
    expect(evaluateDecision(d).outcome.reason).toBe('insufficient-votes');
    const asStatement = evaluateAs(d, 'presidential-statement');
    expect(asStatement.outcome.adopted).toBe(true);
    expect(asStatement.decision.instrument).toBe('presidential-statement');
  });

  it('uses the body of the decision: a custom threshold and veto holders', () => {
    const d = createDecision({
      members: ['A', 'B', 'C'],
      permanent: ['A'],
      threshold: 2,
      positions: { B: { vote: 'no' } },
    });
    const e = evaluateDecision(d);
    expect(e.outcome.adopted).toBe(true);
    expect(e.outcome.threshold).toBe(2);
  });

  it('reports a certain outcome only when every vote is fixed', () => {
    const d = createDecision({ positions: { E1: { vote: { yes: 0.5, no: 0, abstain: 0.5, absent: 0 } } } });
    const e = evaluateDecision(d);
    expect(e.certain).toBe(false);
    expect(e.probability).toBe(1);
    expect(e.passed).toBe(true);
  });

  it('evaluates every decision of a scenario in order', () => {
    const a = createDecision({ id: 'a' });
    const b = createDecision({ id: 'b', positions: { USA: { vote: 'no' } } });
    const results = evaluateScenario({ title: 't', date: null, decisions: [a, b] });
    expect(results.map((r) => [r.decision.id, r.outcome.adopted])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});

const E7 = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'];
