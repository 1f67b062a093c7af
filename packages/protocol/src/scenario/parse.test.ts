import { clauseId, type Decision, memberId, predictDecisionVotes } from '@horseshoe/engine';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from './parse.ts';

function load(text: string) {
  const r = parseScenario(text, 'test.yaml');
  if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
  return r.scenario;
}

function errorsOf(text: string) {
  const r = parseScenario(text, 'test.yaml');
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

function decision(text: string, index = 0): Decision {
  const d = load(text).decisions[index];
  if (!d) throw new Error(`no decision ${index}`);
  return d;
}

const vote = (d: Decision, code: string) => predictDecisionVotes(d).get(memberId(code))?.vote;

const BODY = `
title: t
body: { members: [A, B, C, D, E], permanent: [A], threshold: 3 }
`;

describe('parseScenario: defaults', () => {
  it('fills every default: all clauses tabled, no position means a yes', () => {
    const d = decision(`${BODY}decisions:\n  - { id: d, instrument: resolution, clauses: [{ id: x }, { id: y }] }\n`);
    expect(d.tabled).toEqual([clauseId('x'), clauseId('y')]);
    expect(d.clauses.map((c) => c.fixed)).toEqual([false, false]);
    expect(d.positions.size).toBe(0);
    expect(vote(d, 'C')).toBe('yes');
  });

  it('fills the default fields of a partial position', () => {
    const d = decision(
      `${BODY}positions: { B: { rejects: [x] } }\ndecisions:\n  - { id: d, instrument: resolution, clauses: [{ id: x }] }\n`,
    );
    expect(d.positions.get(memberId('B'))).toEqual({
      rejects: ['x'],
      requires: [],
      onRedLine: 'no',
      values: {},
      yesAt: 0,
      noBelow: null,
      vote: null,
    });
  });

  it('reads the same scenario from JSON', () => {
    const json = JSON.stringify({
      title: 't',
      body: { members: ['A', 'B'], threshold: 2 },
      positions: { B: { rejects: ['x'] } },
      decisions: [{ id: 'd', instrument: 'procedural', clauses: [{ id: 'x' }] }],
    });
    const r = parseScenario(json, 'test.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(vote(r.scenario.decisions[0] as Decision, 'B')).toBe('no');
  });
});

describe('parseScenario: positions', () => {
  it('overrides a scenario-level position field by field for one decision only', () => {
    const s = load(`${BODY}positions:
  B: { rejects: [x], onRedLine: abstain, yesAt: 2 }
decisions:
  - id: one
    instrument: resolution
    clauses: [{ id: x }]
    positions: { B: { onRedLine: no } }
  - id: two
    instrument: resolution
    clauses: [{ id: x }]
`);
    const [one, two] = s.decisions as [Decision, Decision];
    expect(one.positions.get(memberId('B'))).toMatchObject({ rejects: ['x'], onRedLine: 'no', yesAt: 2 });
    expect(two.positions.get(memberId('B'))).toMatchObject({ rejects: ['x'], onRedLine: 'abstain', yesAt: 2 });
  });

  it('applies a scenario-level clause only in the decisions that define it', () => {
    const s = load(`${BODY}positions: { B: { requires: [x] } }
decisions:
  - { id: one, instrument: resolution, clauses: [{ id: x }, { id: y }], tabled: [y] }
  - { id: two, instrument: resolution, clauses: [{ id: y }] }
`);
    expect(vote(s.decisions[0] as Decision, 'B')).toBe('no');
    expect(vote(s.decisions[1] as Decision, 'B')).toBe('yes');
  });

  it('lets a decision clear a scenario-level noBelow and vote with null', () => {
    const d = decision(`${BODY}positions: { B: { noBelow: 1, vote: no } }
decisions:
  - { id: d, instrument: resolution, positions: { B: { noBelow: null, vote: null } } }
`);
    expect(d.positions.get(memberId('B'))).toMatchObject({ noBelow: null, vote: null });
  });

  it('reads a distribution, missing votes counting 0', () => {
    const d = decision(
      `${BODY}decisions:\n  - { id: d, instrument: resolution, positions: { B: { vote: { yes: 0.25, abstain: 0.75 } } } }\n`,
    );
    expect(vote(d, 'B')).toEqual({ yes: 0.25, no: 0, abstain: 0.75, absent: 0 });
  });

  it('accepts a distribution that sums to 1 within 1e-9', () => {
    const r = parseScenario(
      `${BODY}decisions:\n  - { id: d, instrument: resolution, positions: { B: { vote: { yes: 0.1, no: 0.2, abstain: 0.7000000001 } } } }\n`,
      'f.yaml',
    );
    expect(r.ok).toBe(true);
  });
});

describe('parseScenario: the Council on a date', () => {
  const COUNCIL = 'title: t\ndate: 2019-04-18\n';

  it('resolves the fifteen members and the threshold on the date', () => {
    const d = decision(`${COUNCIL}decisions: [{ id: d, instrument: resolution }]\n`);
    expect(d.body.members).toHaveLength(15);
    expect(d.body.threshold).toBe(9);
    expect(d.body.permanent).toEqual(['CHN', 'FRA', 'RUS', 'GBR', 'USA'].map(memberId));
    expect(d.body.members).toContain(memberId('CIV'));
  });

  it('uses a decision’s own date for its composition and threshold', () => {
    const d = decision(`${COUNCIL}decisions: [{ id: d, instrument: resolution, date: 1950-06-27 }]\n`);
    expect(d.body.members).toHaveLength(11);
    expect(d.body.threshold).toBe(7);
  });

  it('accepts RUS for the USSR seat and CHN for the China seat before 1971', () => {
    const d = decision(
      `title: t\ndate: 1960-05-26\npositions: { RUS: { vote: no }, CHN: { vote: abstain } }\ndecisions: [{ id: d, instrument: resolution }]\n`,
    );
    expect(vote(d, 'SUN')).toBe('no');
    expect(vote(d, 'CHN')).toBe('abstain');
  });
});

describe('parseScenario: errors', () => {
  it('names an unknown clause id in a decision-level position, with its line and column', () => {
    const errors = errorsOf(`${BODY}decisions:
  - id: d
    instrument: resolution
    clauses: [{ id: x }]
    positions:
      B: { rejects: [x, nope] }
`);
    expect(errors).toEqual([
      {
        file: 'test.yaml',
        line: 9,
        column: 25,
        path: 'decisions[0].positions.B.rejects[1]',
        message: 'unknown clause id "nope": decision "d" defines "x"',
      },
    ]);
  });

  it('names a scenario-level clause id that no decision defines', () => {
    const errors = errorsOf(
      `${BODY}positions:\n  B:\n    values: { ghost: 2 }\ndecisions: [{ id: d, instrument: resolution }]\n`,
    );
    expect(errors.map((e) => [e.line, e.path, e.message])).toEqual([
      [6, 'positions.B.values.ghost', 'unknown clause id "ghost": no decision defines it'],
    ]);
  });

  it('names a member code that is not on the Council on the decision’s date', () => {
    const errors = errorsOf(
      'title: t\ndate: 2019-04-18\ndecisions:\n  - id: d\n    instrument: resolution\n    positions: { ITA: { vote: no } }\n',
    );
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [6, 18, 'ITA was not a member of the Security Council on 2019-04-18'],
    ]);
  });

  it('names a scenario-level code that sits on no decision’s Council, with every date', () => {
    const errors = errorsOf(
      'title: t\ndate: 2019-04-18\npositions: { ITA: { vote: no } }\ndecisions:\n  - { id: a, instrument: resolution }\n  - { id: b, instrument: resolution, date: 1990-02-03 }\n',
    );
    expect(errors.map((e) => [e.line, e.path, e.message])).toEqual([
      [
        3,
        'positions.ITA',
        "ITA was not a member of the Security Council on any decision's date (2019-04-18, 1990-02-03)",
      ],
    ]);
  });

  it('applies a scenario-level position where the member sits and ignores it elsewhere', () => {
    const s = load(
      'title: t\ndate: 2019-04-18\npositions: { BEL: { vote: no } }\ndecisions:\n  - { id: a, instrument: press-statement }\n  - { id: b, instrument: press-statement, date: 2018-04-10 }\n',
    );
    expect(vote(s.decisions[0] as Decision, 'BEL')).toBe('no');
    expect((s.decisions[1] as Decision).body.members).not.toContain(memberId('BEL'));
  });

  it('names a code that is not a member of a custom body', () => {
    const errors = errorsOf(`${BODY}decisions: [{ id: d, instrument: resolution, positions: { Z: { vote: no } } }]\n`);
    expect(errors[0]?.message).toBe('Z is not a member of the body (members: A, B, C, D, E)');
  });

  it('rejects unknown keys everywhere, naming each', () => {
    const errors = errorsOf(
      `${BODY}colour: red\ndecisions:\n  - { id: d, instrument: resolution, clauses: [{ id: x, weight: 2 }], positions: { B: { reject: [x] } } }\n`,
    );
    expect(errors.map((e) => e.message)).toEqual([
      'unknown field "colour"',
      'unknown field "weight"',
      'unknown field "reject" (did you mean "rejects"?)',
    ]);
  });

  it('requires a date unless a body is given', () => {
    const errors = errorsOf('title: t\ndecisions: [{ id: d, instrument: resolution }]\n');
    expect(errors[0]?.message).toMatch(/date is required unless body is given/);
  });

  it('rejects a distribution that does not sum to 1', () => {
    const errors = errorsOf(
      `${BODY}positions: { B: { vote: { yes: 0.5, no: 0.4 } } }\ndecisions: [{ id: d, instrument: resolution }]\n`,
    );
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['positions.B.vote', 'the probabilities sum to 0.9, not 1'],
    ]);
  });

  it('rejects a custom body whose permanent members are not members, or whose threshold is too high', () => {
    const errors = errorsOf(
      'title: t\nbody: { members: [A, B], permanent: [C], threshold: 3 }\ndecisions: [{ id: d, instrument: resolution }]\n',
    );
    expect(errors.map((e) => e.path)).toEqual(['body.permanent[0]', 'body.threshold']);
  });

  it('rejects custom member codes with characters other than letters, digits, - and _', () => {
    const errors = errorsOf(
      'title: t\nbody: { members: [A, "B C"], threshold: 1 }\ndecisions: [{ id: d, instrument: resolution }]\n',
    );
    expect(errors.map((e) => e.path)).toEqual(['body.members[1]']);
  });

  it('reports duplicate decision ids, duplicate clause ids and unknown tabled clauses', () => {
    const errors = errorsOf(`${BODY}decisions:
  - { id: d, instrument: resolution, clauses: [{ id: x }, { id: x }], tabled: [y] }
  - { id: d, instrument: resolution }
`);
    expect(errors.map((e) => e.path)).toEqual([
      'decisions[0].clauses[1].id',
      'decisions[0].tabled[0]',
      'decisions[1].id',
    ]);
  });

  it('reports schema errors and reference errors of one file together', () => {
    const errors = errorsOf(`${BODY}positions: { B: { rejects: [ghost] } }
decisions:
  - { id: d, instrument: motion }
  - { id: e, instrument: resolution, positions: { B: { requires: [nope] } } }
`);
    // The scenario-level reference is not checked while decision 0 is malformed (its clauses are unknown).
    expect(errors.map((e) => e.path)).toEqual(['decisions[0].instrument', 'decisions[1].positions.B.requires[0]']);
  });

  it('reports a YAML syntax error at its line', () => {
    const errors = errorsOf('title: t\ndecisions: [\n  { id: d\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.line >= 1 && e.column >= 1 && e.path === '')).toBe(true);
  });

  it('reports a missing required field at the object that lacks it', () => {
    const errors = errorsOf(`${BODY}decisions:\n  - id: d\n`);
    expect(errors).toEqual([
      { file: 'test.yaml', line: 5, column: 5, path: 'decisions[0].instrument', message: 'required field is missing' },
    ]);
  });

  it('formats an error as file:line:column: field: message', () => {
    expect(formatScenarioError({ file: 'a.yaml', line: 3, column: 7, path: 'title', message: 'bad' })).toBe(
      'a.yaml:3:7: title: bad',
    );
  });
});

describe('a recorded tally', () => {
  it('is checked against the seats by the engine and reported at its line', () => {
    const text = [
      'title: Too many votes',
      'date: 1960-01-05',
      'decisions:',
      '  - id: d1',
      '    instrument: resolution',
      '    recorded: { outcome: adopted, tally: 9-2-1 }',
      '',
    ].join('\n');
    const r = parseScenario(text, 'too-many.yaml');
    expect(r.ok ? null : r.errors[0]).toMatchObject({
      line: 6,
      path: 'decisions[0].recorded.tally',
      message: '9-2-1: 9+2+1 = 12 votes, but the Council had 11 members on 1960-01-05',
    });
  });
});

describe('the decision to open on (open:)', () => {
  it('keeps the id of the decision the author chose', () => {
    const text = `${BODY}open: two\ndecisions:\n  - { id: one, instrument: resolution }\n  - { id: two, instrument: procedural }\n`;
    expect(load(text).open).toBe('two');
  });

  it('is absent when the file does not choose', () => {
    expect(load(`${BODY}decisions:\n  - { id: one, instrument: resolution }\n`).open).toBeUndefined();
  });

  it('names a decision that does not exist at its line, with the ids there are', () => {
    const text = `${BODY}open: three\ndecisions:\n  - { id: one, instrument: resolution }\n`;
    expect(errorsOf(text)).toEqual([
      {
        file: 'test.yaml',
        line: 4,
        column: 7,
        path: 'open',
        message: 'no decision "three" to open on (decisions: "one")',
      },
    ]);
  });
});
