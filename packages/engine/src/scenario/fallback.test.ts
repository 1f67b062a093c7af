import { describe, expect, it } from 'vitest';
import { clauseId } from '../ids.ts';
import { createDecision } from './create-decision.ts';
import { fallbackFor, weakerInstruments } from './fallback.ts';

const c = clauseId;

describe('weakerInstruments', () => {
  it('falls back from a resolution to the three consensus instruments, strongest first', () => {
    expect(weakerInstruments('resolution')).toEqual(['presidential-statement', 'press-statement', 'press-elements']);
  });

  it('falls back from a presidential statement to a press statement and press elements', () => {
    expect(weakerInstruments('presidential-statement')).toEqual(['press-statement', 'press-elements']);
  });

  it('offers nothing below press elements, nor for a procedural motion', () => {
    expect(weakerInstruments('press-elements')).toEqual([]);
    expect(weakerInstruments('procedural')).toEqual([]);
  });
});

describe('fallbackFor', () => {
  it('agrees the whole text as a statement when the resolution only lacked votes and nobody votes no', () => {
    const positions = Object.fromEntries(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'].map((k) => [k, { yesAt: 1 }]));
    const f = fallbackFor(createDecision({ clauses: ['a'], positions }));
    expect(f.options.map((o) => [o.instrument, o.whole.passed])).toEqual([
      ['presidential-statement', true],
      ['press-statement', true],
      ['press-elements', true],
    ]);
    expect(f.options[0]?.part).toBeNull();
  });

  it('finds the part that passes by dropping the clause a permanent member rejects', () => {
    const d = createDecision({
      clauses: [{ id: 'ceasefire', fixed: true }, 'blame'],
      positions: { RUS: { rejects: [c('blame')] }, USA: { vote: 'abstain' } },
    });
    const option = fallbackFor(d).options[0];
    expect(option?.whole.passed).toBe(false);
    expect(option?.blockers.map((b) => b.member)).toEqual(['RUS']);
    expect(option?.part?.dropped).toEqual([c('blame')]);
    expect(option?.part?.text).toEqual([c('ceasefire')]);
  });

  it('never drops a fixed clause', () => {
    const d = createDecision({
      instrument: 'presidential-statement',
      clauses: [{ id: 'core', fixed: true }],
      positions: { RUS: { rejects: [c('core')] } },
    });
    const option = fallbackFor(d).options[0];
    expect(option?.part).toBeNull();
    expect(option?.withoutEach).toEqual([]);
  });

  it('reports, when no part passes, who blocks the text without each clause', () => {
    const d = createDecision({
      instrument: 'presidential-statement',
      clauses: [{ id: 'de-escalate', fixed: true }, 'name-lna'],
      positions: { RUS: { rejects: [c('name-lna')] }, USA: { requires: [c('name-lna')] } },
    });
    const option = fallbackFor(d).options[0];
    expect(option?.instrument).toBe('press-statement');
    expect(option?.blockers.map((b) => b.member)).toEqual(['RUS']);
    expect(option?.part).toBeNull();
    expect(option?.withoutEach.map((p) => [p.dropped, p.blockers.map((b) => b.member)])).toEqual([
      [[c('name-lna')], ['USA']],
    ]);
  });

  it('prefers dropping fewer clauses', () => {
    const d = createDecision({ clauses: ['a', 'b', 'c'], positions: { FRA: { rejects: [c('b')] }, E1: { yesAt: 9 } } });
    expect(fallbackFor(d).options[0]?.part?.dropped).toEqual([c('b')]);
  });
});

describe('fallbackFor under a stop check (the CLI time limit)', () => {
  // Twenty clauses a permanent member votes no on unless all are gone: the search tries many parts.
  const clauses = Array.from({ length: 20 }, (_, i) => `k${i}`);
  const blocked = () =>
    createDecision({
      clauses,
      positions: { RUS: { values: Object.fromEntries(clauses.map((k) => [k, -1])), yesAt: 0, noBelow: 0 } },
    });

  it('stops, reports that it stopped and claims no exhaustive answer', () => {
    const f = fallbackFor(blocked(), undefined, { stop: () => true });
    expect(f.stopped).toBe(true);
    expect(f.exhaustive).toBe(false);
  });

  it('is not stopped when the check never fires', () => {
    const f = fallbackFor(blocked(), undefined, { stop: () => false });
    expect(f.stopped).toBe(false);
  });
});
