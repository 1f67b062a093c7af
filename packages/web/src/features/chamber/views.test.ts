import { clauseId, createDecision, evaluateDecision } from '@horseshoe/engine';
import { describe, expect, it } from 'vitest';
import { percent, seatsOf, tallyOf, verdictOf } from './views.ts';

const p5 = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'];

describe('views of an evaluation', () => {
  it('counts seats by the vote they show, with distributions as uncertain', () => {
    const e = evaluateDecision(
      createDecision({
        positions: {
          RUS: { vote: 'no' },
          E1: { vote: 'abstain' },
          E2: { vote: { yes: 0.5, no: 0, abstain: 0.5, absent: 0 } },
        },
      }),
    );
    expect(tallyOf(e)).toEqual({
      counts: { yes: 12, no: 1, abstain: 1, absent: 0, uncertain: 1 },
      threshold: 9,
      seats: 15,
    });
  });

  it('shows a distribution with all its weight on one vote as that vote', () => {
    const e = evaluateDecision(
      createDecision({ positions: { E1: { vote: { yes: 0, no: 0, abstain: 1, absent: 0 } } } }),
    );
    expect(tallyOf(e).counts.abstain).toBe(1);
    expect(tallyOf(e).counts.uncertain).toBe(0);
  });

  it('has no threshold under a consensus instrument', () => {
    expect(tallyOf(evaluateDecision(createDecision({ instrument: 'press-statement' }))).threshold).toBeNull();
  });

  it('names each verdict as the Council would', () => {
    const cases: [Parameters<typeof createDecision>[0], string][] = [
      [{}, 'Adopted'],
      [{ instrument: 'press-elements' }, 'Agreed'],
      [{ positions: { RUS: { vote: 'no' } } }, 'Vetoed'],
      [{ instrument: 'press-elements', positions: { E3: { vote: 'no' } } }, 'Blocked'],
      [
        {
          positions: Object.fromEntries(
            ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'].map((m) => [m, { vote: 'abstain' as const }]),
          ),
        },
        'Not adopted',
      ],
      [{ positions: { USA: { vote: { yes: 0.5, no: 0.5, abstain: 0, absent: 0 } } } }, 'Likely to fail'],
      [{ positions: { USA: { vote: { yes: 0.9, no: 0.1, abstain: 0, absent: 0 } } } }, 'Likely to pass'],
    ];
    for (const [spec, verdict] of cases) expect(verdictOf(evaluateDecision(createDecision(spec)))).toBe(verdict);
  });

  it('marks the permanent members and carries the engine’s reason as a sentence', () => {
    const seats = seatsOf(
      evaluateDecision(createDecision({ clauses: ['x'], positions: { RUS: { rejects: [clauseId('x')] } } })),
    );
    expect(seats.filter((s) => s.permanent).map((s) => s.code)).toEqual(p5);
    expect(seats.find((s) => s.code === 'RUS')?.reason).toBe('RUS votes no: the text includes “x”, which it rejects.');
  });

  it('writes probabilities as percentages to one decimal', () => {
    expect(percent(0.625)).toBe('62.5%');
    expect(percent(1)).toBe('100%');
    expect(percent(1 / 3)).toBe('33.3%');
  });
});
