import { evaluateDecision, memberId, predictDecisionVotes } from '@horseshoe/engine';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from './parse.ts';

// The rules of shared/docs/scenarios.md, one case per line, each loaded from a scenario file.
// A case: member P's position (YAML flow), the tabled text (of clauses a, b, c), P's expected vote.

function loadOne(text: string) {
  const r = parseScenario(text, 'contract.yaml');
  if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
  const d = r.scenario.decisions[0];
  if (!d) throw new Error('no decision');
  return d;
}

function voteOf(position: string, tabled: string): unknown {
  const d = loadOne(`title: t
body: { members: [P, Q], threshold: 1 }
positions: { P: ${position} }
decisions:
  - { id: d, instrument: resolution, clauses: [{ id: a }, { id: b }, { id: c }], tabled: [${tabled}] }
`);
  return predictDecisionVotes(d).get(memberId('P'))?.vote;
}

const VOTES: readonly (readonly [string, string, string, unknown])[] = [
  ['a member with an empty position votes yes', '{}', 'a, b', 'yes'],
  ['a rejected clause in the text crosses the red line: no', '{ rejects: [a] }', 'a, b', 'no'],
  ['a rejected clause not in the text is no red line', '{ rejects: [c] }', 'a, b', 'yes'],
  ['a required clause missing from the text crosses the red line', '{ requires: [c] }', 'a, b', 'no'],
  [
    'onRedLine abstain turns a crossed red line into an abstention',
    '{ requires: [c], onRedLine: abstain }',
    'a',
    'abstain',
  ],
  ['a red line beats any utility', '{ rejects: [a], values: { a: 10 } }', 'a', 'no'],
  ['utility at yesAt gives yes', '{ values: { a: 2, b: -1 }, yesAt: 1 }', 'a, b', 'yes'],
  ['utility below yesAt without noBelow gives abstain, never no', '{ values: { a: -5 } }', 'a', 'abstain'],
  ['utility below noBelow gives no', '{ values: { a: -5 }, noBelow: -1 }', 'a', 'no'],
  ['utility at noBelow but below yesAt gives abstain', '{ values: { a: -1 }, noBelow: -1 }', 'a', 'abstain'],
  ['values of clauses outside the text do not count', '{ values: { c: -9 }, noBelow: 0 }', 'a, b', 'yes'],
  ['missing values count 0 against yesAt', '{ values: { a: 1 }, yesAt: 1 }', 'b', 'abstain'],
  ['a fixed vote replaces every rule', '{ rejects: [a], vote: yes }', 'a', 'yes'],
  ['a fixed absence is a vote of its own', '{ vote: absent }', 'a', 'absent'],
  [
    'a distribution replaces every rule',
    '{ rejects: [a], vote: { no: 1 } }',
    'a',
    { yes: 0, no: 1, abstain: 0, absent: 0 },
  ],
];

describe('scenarios.md: how a member votes on a text', () => {
  it.each(VOTES)('%s', (_name, position, tabled, expected) => {
    expect(voteOf(position, tabled)).toEqual(expected);
  });

  it('tables every clause by default', () => {
    expect(voteOf('{ requires: [a, b, c] }', 'a, b, c')).toBe('yes');
    const d = loadOne(
      'title: t\nbody: { members: [P], threshold: 1 }\npositions: { P: { requires: [c] } }\ndecisions: [{ id: d, instrument: resolution, clauses: [{ id: c }] }]\n',
    );
    expect(predictDecisionVotes(d).get(memberId('P'))?.vote).toBe('yes');
  });
});

function outcomeOf(decisionYaml: string, header = 'title: t\ndate: 2019-04-18\n') {
  return evaluateDecision(loadOne(`${header}decisions:\n  - ${decisionYaml}\n`));
}

describe('scenarios.md: outcomes', () => {
  it('adopts a resolution with 9 of 15 and no permanent no', () => {
    const no6 =
      '{ BEL: { vote: no }, CIV: { vote: no }, DOM: { vote: no }, GNQ: { vote: abstain }, DEU: { vote: absent }, IDN: { vote: abstain } }';
    const e = outcomeOf(`{ id: d, instrument: resolution, positions: ${no6} }`);
    expect(e.outcome.tally.yes).toBe(9);
    expect(e.outcome.adopted).toBe(true);
  });

  it('needs 7 of 11 before 1966', () => {
    const e = outcomeOf(
      '{ id: d, instrument: resolution, positions: { RUS: { vote: abstain }, CHN: { vote: absent }, FRA: { vote: abstain }, GBR: { vote: abstain } } }',
      'title: t\ndate: 1960-05-26\n',
    );
    expect(e.decision.body.members).toHaveLength(11);
    expect(e.outcome.tally.yes).toBe(7);
    expect(e.outcome.adopted).toBe(true);
  });

  it('calls a failure a veto only when the threshold was reached', () => {
    const veto = outcomeOf('{ id: d, instrument: resolution, positions: { USA: { vote: no } } }');
    expect(veto.outcome.reason).toBe('veto');
    const short = outcomeOf(
      '{ id: d, instrument: resolution, positions: { USA: { vote: no }, BEL: { vote: no }, CIV: { vote: no }, DOM: { vote: no }, GNQ: { vote: no }, DEU: { vote: no }, IDN: { vote: no } } }',
    );
    expect(short.outcome.reason).toBe('insufficient-votes');
    expect(short.outcome.permanentNo).toEqual(['USA']);
  });

  it('applies no veto to a procedural decision', () => {
    const e = outcomeOf('{ id: d, instrument: procedural, positions: { CHN: { vote: no }, RUS: { vote: no } } }');
    expect(e.outcome.adopted).toBe(true);
  });

  it('agrees a consensus instrument iff no member votes no, abstentions included', () => {
    for (const instrument of ['presidential-statement', 'press-statement', 'press-elements']) {
      expect(
        outcomeOf(`{ id: d, instrument: ${instrument}, positions: { PER: { vote: abstain } } }`).outcome.adopted,
      ).toBe(true);
      expect(outcomeOf(`{ id: d, instrument: ${instrument}, positions: { PER: { vote: no } } }`).outcome.adopted).toBe(
        false,
      );
    }
  });

  it('uses a custom body’s members, veto holders and threshold', () => {
    const header = 'title: t\nbody: { members: [A, B, C, D], permanent: [A], threshold: 3 }\n';
    expect(outcomeOf('{ id: d, instrument: resolution, positions: { D: { vote: no } } }', header).outcome.adopted).toBe(
      true,
    );
    expect(outcomeOf('{ id: d, instrument: resolution, positions: { A: { vote: no } } }', header).outcome.reason).toBe(
      'veto',
    );
    expect(
      outcomeOf('{ id: d, instrument: resolution, positions: { C: { vote: abstain }, D: { vote: abstain } } }', header)
        .outcome.reason,
    ).toBe('insufficient-votes');
  });
});

describe('scenarios.md: distributions are independent and the probability exact', () => {
  const header = 'title: t\nbody: { members: [A, B, C, D], permanent: [A], threshold: 3 }\n';

  it('multiplies independent chances: P(A not no) × P(at least 2 of B, C, D yes)', () => {
    // A: yes .9 / no .1. B, C: yes .5 / abstain .5. D: yes for certain.
    // Adopted iff A votes yes (.9) and at least one of B, C votes yes (1 - .25 = .75): .675.
    const e = outcomeOf(
      '{ id: d, instrument: resolution, positions: { A: { vote: { yes: 0.9, no: 0.1 } }, B: { vote: { yes: 0.5, abstain: 0.5 } }, C: { vote: { yes: 0.5, abstain: 0.5 } } } }',
      header,
    );
    expect(e.probability).toBeCloseTo(0.675, 12);
    expect(e.certain).toBe(false);
  });

  it('lets only the veto holder’s no block a resolution, and anyone’s no block a statement', () => {
    // B: no .4, else yes. Resolution: A, C, D yes already make 3: P = 1. Statement: P(B not no) = .6.
    const positions = '{ B: { vote: { yes: 0.6, no: 0.4 } } }';
    expect(outcomeOf(`{ id: d, instrument: resolution, positions: ${positions} }`, header).probability).toBeCloseTo(
      1,
      12,
    );
    expect(
      outcomeOf(`{ id: d, instrument: press-statement, positions: ${positions} }`, header).probability,
    ).toBeCloseTo(0.6, 12);
  });

  it('computes the exact probability over the full Council: three uncertain elected votes for the ninth yes', () => {
    // DEU, IDN, KWT, PER, POL and ZAF abstain, leaving exactly 9 possible yes votes: the P5 and GNQ for
    // certain, BEL, CIV and DOM with .8 each. Adopted iff all three vote yes: .8^3 = .512.
    const e = outcomeOf(
      `{ id: d, instrument: resolution, positions: { DEU: { vote: abstain }, IDN: { vote: abstain }, KWT: { vote: abstain }, PER: { vote: abstain }, POL: { vote: abstain }, ZAF: { vote: abstain },
         BEL: { vote: { yes: 0.8, absent: 0.2 } }, CIV: { vote: { yes: 0.8, abstain: 0.2 } }, DOM: { vote: { yes: 0.8, no: 0.2 } } } }`,
    );
    expect(e.probability).toBeCloseTo(0.512, 12);
    expect(e.passed).toBe(true);
  });
});
