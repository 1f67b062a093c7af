import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clauseId, evaluateDecision, memberId, type Scenario, type ScenarioCommand } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { replayCommands } from './scenario-commands.ts';
import { type ScenarioText, writeScenarioText } from './write-text.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const LIBYA: ScenarioText = { text: readFileSync(path.join(ROOT, 'cases/libya-2019.yaml'), 'utf8'), format: 'yaml' };
const RUS = memberId('RUS');

function load(text: string, name = 'test.yaml'): Scenario {
  const r = parseScenario(text, name);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join('\n'));
  return r.scenario;
}

/** Applies the commands, writes them into the text and loads the text again. */
function written(file: ScenarioText, commands: ScenarioCommand[]) {
  const base = load(file.text);
  const replayed = replayCommands(base, commands);
  expect(replayed.refused).toEqual([]);
  const text = writeScenarioText(file, base, replayed.scenario);
  return { text, shown: replayed.scenario, reloaded: load(text) };
}

/** What a decision decides, in the fields that matter, for comparing the shown and the saved scenario. */
function summary(s: Scenario) {
  return s.decisions.map((d) => ({
    tabled: d.tabled,
    instrument: d.instrument,
    date: d.body.date,
    members: d.body.members,
    positions: [...d.positions],
    outcome: evaluateDecision(d).outcome.reason,
  }));
}

const libya = load(LIBYA.text);
const formal = libya.decisions[1]!.id;
const draft = libya.decisions[2]!.id;

describe('writeScenarioText', () => {
  it('writes a dropped clause as the tabled text and keeps the sources in the comments', () => {
    const { text, reloaded } = written(LIBYA, [
      { type: 'toggle-clause', decision: formal, clause: clauseId('name-lna'), included: false },
    ]);
    expect(reloaded.decisions[1]?.tabled).toEqual(['de-escalate']);
    expect(text).toContain('# Sources');
  });

  it('saves a file that loads to exactly the scenario shown, for every kind of what-if', () => {
    const { shown, reloaded } = written(LIBYA, [
      { type: 'set-instrument', decision: draft, instrument: 'procedural' },
      { type: 'set-position', decision: draft, member: RUS, edit: { field: 'yesAt', value: 2 } },
      { type: 'set-position', decision: formal, member: RUS, edit: { field: 'rejects', value: [] } },
      {
        type: 'set-vote-distribution',
        decision: draft,
        member: memberId('USA'),
        distribution: { yes: 0.25, no: 0.5, abstain: 0.25, absent: 0 },
      },
      { type: 'set-tabled', decision: draft, clauses: [clauseId('ceasefire')] },
    ]);
    expect(summary(reloaded)).toEqual(summary(shown));
  });

  it('removes a reset member’s decision-level override from the file', () => {
    const base = load(LIBYA.text);
    const edited = written(LIBYA, [
      { type: 'set-position', decision: draft, member: RUS, edit: { field: 'vote', value: 'yes' } },
    ]);
    const file = { ...LIBYA, text: edited.text };
    const reset = written(file, [{ type: 'reset-position', decision: draft, member: RUS }]);
    expect(summary(reset.reloaded)).toEqual(summary(base));
  });
});

describe('writeScenarioText on a date change', () => {
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

  it('writes the date and removes the positions of members not on the Council that day', () => {
    const { text, reloaded, shown } = written(file, [{ type: 'set-date', decision: 'd1', date: '2022-03-01' }]);
    expect(reloaded.decisions[0]?.body.members).toContain('IND');
    expect(text).not.toContain('DEU');
    expect(text).not.toContain('ZAF');
    expect(text).toContain('RUS: { vote: no }');
    expect(summary(reloaded)).toEqual(summary(shown));
  });
});
