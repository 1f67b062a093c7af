import { describe, expect, it } from 'vitest';
import { draftScenario } from './draft.ts';

function scenario(text: string, date = '2019-04-19') {
  const r = draftScenario(text, { date });
  if (!r.ok) throw new Error(r.error.message);
  return r.draft;
}

const decision = (text: string, date?: string) => scenario(text, date).scenario.decisions[0]!;

describe('draftScenario: members', () => {
  it('reads capitals as their governments: "Moscow vetoed" is Russia', () => {
    expect(decision('Moscow vetoed the draft resolution, while Beijing abstained.').positions).toEqual({
      RUS: { vote: 'no' },
      CHN: { vote: 'abstain' },
    });
  });

  it('resolves "the three African members" to the elected African members on the date', () => {
    const d = decision('The three African members abstained on the draft resolution.');
    expect(Object.keys(d.positions ?? {}).sort()).toEqual(['CIV', 'GNQ', 'ZAF']);
  });

  it('resolves "the P5" and "the other members" against the Council of the date', () => {
    const d = decision('The P5 voted in favour of the draft resolution, and the other members abstained.');
    expect(Object.values(d.positions ?? {}).filter((p) => p.vote === 'yes')).toHaveLength(5);
    expect(Object.values(d.positions ?? {}).filter((p) => p.vote === 'abstain')).toHaveLength(10);
  });

  it('ignores a state that was not on the Council that day', () => {
    expect(decision('Egypt and Russia voted against the draft resolution.').positions).toEqual({ RUS: { vote: 'no' } });
  });

  it('uses the former state on an old date: "the Soviet Union vetoed" in 1950 is SUN', () => {
    expect(decision('The Soviet Union vetoed the draft resolution.', '1950-06-27').positions).toEqual({
      SUN: { vote: 'no' },
    });
  });
});

describe('draftScenario: decisions', () => {
  it('names the penholder from "British-drafted" and keeps it out of the stances', () => {
    const d = decision('Russia vetoed the British-drafted resolution.');
    expect(d.id).toBe('gbr-draft-resolution');
    expect(Object.keys(d.positions ?? {})).toEqual(['RUS']);
  });

  it('reads "on Thursday" and "last week" relative to the report’s date', () => {
    expect(decision('Russia vetoed a draft resolution on Thursday.').date).toBe('2019-04-18');
    expect(decision('China abstained on a draft resolution last week.').date).toBe('2019-04-12');
  });

  it('records a failure with too few votes as insufficient votes, with the tally', () => {
    const d = decision('The draft resolution failed with 5 votes in favour, 4 against and 6 abstentions.');
    expect(d.recorded).toEqual({ outcome: 'insufficient-votes', tally: '5-4-6' });
  });

  it('leaves a draft that was never put to a vote without a recorded outcome, and says so', () => {
    const draft = scenario('The draft resolution was never put to a vote.');
    expect(draft.scenario.decisions[0]?.recorded).toBeUndefined();
    expect(draft.citations.some((c) => c.assumption?.includes('never put to a vote'))).toBe(true);
  });

  it('reads a press statement that was issued as agreed', () => {
    expect(decision('The following Security Council press statement was issued today.').recorded).toEqual({
      outcome: 'adopted',
    });
  });

  it('reads a procedural vote on the agenda', () => {
    expect(
      decision('The provisional agenda failed to be adopted by a vote of 7 in favour, 3 against, with 5 abstentions.'),
    ).toMatchObject({
      instrument: 'procedural',
      recorded: { outcome: 'insufficient-votes', tally: '7-3-5' },
    });
  });

  it('does not take a rule of the Council for a decision', () => {
    expect(
      draftScenario('A resolution needs nine votes in favour and no vetoes by the permanent members.', {
        date: '2019-04-19',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'draft/no-decision' },
    });
  });
});

describe('draftScenario: positions', () => {
  it('reads "objected to a reference to X" as a red line rejecting that clause', () => {
    expect(
      decision('The council could not agree a presidential statement as Russia objected to a reference to the LNA.')
        .positions,
    ).toEqual({
      RUS: { rejects: ['name-lna'] },
    });
  });

  it('reads "could not agree to a text that did not mention X" as a red line requiring it', () => {
    const d = decision(
      'The United States said it could not agree to a presidential statement that did not mention the LNA.',
    );
    expect(d.positions).toEqual({ USA: { requires: ['name-lna'] } });
    expect(d.clauses?.map((c) => c.id)).toEqual(['name-lna']);
  });

  it('marks "would veto" as an assumption and ignores "is likely to veto"', () => {
    const draft = scenario('Russia said it would veto the draft resolution. China is likely to veto it.');
    expect(draft.scenario.decisions[0]?.positions).toEqual({ RUS: { vote: 'no' } });
    expect(draft.citations.find((c) => c.path.join('.') === 'decisions.0.positions.RUS.vote')?.assumption).toMatch(
      /intention/,
    );
  });

  it('shares a clause id between decisions that name the same element', () => {
    const draft = scenario(
      'On 5 April the Council agreed press elements specifically calling out the LNA. Later, Russia objected to a reference to the LNA in a presidential statement.',
    );
    const ids = draft.scenario.decisions.map((d) => d.clauses?.map((c) => c.id));
    expect(ids).toEqual([['name-lna'], ['name-lna']]);
  });
});

describe('draftScenario: the dateline', () => {
  it('takes the report’s date from a full date in its first sentences', () => {
    const draft = draftScenario('UNITED NATIONS, September 30, 2022 - Russia vetoed the draft resolution on Friday.');
    expect(draft.ok && draft.draft.scenario.date).toBe('2022-09-30');
  });

  it('asks for --date when the text gives no year', () => {
    expect(draftScenario('Russia vetoed the draft resolution on Friday.')).toMatchObject({
      ok: false,
      error: { code: 'draft/no-date' },
    });
  });
});
