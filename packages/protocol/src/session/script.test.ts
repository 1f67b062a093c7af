import { createDecision } from '@horseshoe/engine';
import { describe, expect, it } from 'vitest';
import { formatScenarioError } from '../scenario/parse.ts';
import { parseSessionScript, type ScenarioLoader } from './script.ts';

const scenario = {
  title: 'c',
  date: null,
  decisions: [
    createDecision({
      id: 'motion',
      members: ['A', 'B'],
      threshold: 2,
      clauses: [{ id: 'core', text: 'Core.', fixed: true }, 'extra'],
      tabled: ['core'],
    }),
  ],
};
const loader: ScenarioLoader = (name) =>
  name === 'c.yaml' ? { ok: true, scenario } : { ok: false, message: `cannot read ${name}` };

function parse(text: string) {
  return parseSessionScript(text, 's.yaml', loader);
}

describe('parseSessionScript', () => {
  it('reads steps with actors, defaults each time to the step before, and numbers commandIds by step', () => {
    const r = parse(
      'title: t\ndate: 2019-04-18\nstart: 2019-04-18T09:00:00Z\nsteps:\n  - { at: 2019-04-18T10:00:00Z, actor: chair, type: set-timer, seconds: 60 }\n  - { actor: "seat:FRA", type: inscribe-speaker }\n  - { at: 2019-04-18T11:00:00Z, tick: true }\n',
    );
    if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
    expect(r.script.steps.map((s) => [s.line, s.at, s.actor, s.command?.commandId ?? null])).toEqual([
      [5, '2019-04-18T10:00:00Z', { type: 'chair' }, 'step-1'],
      [6, '2019-04-18T10:00:00.000Z', { type: 'seat', member: 'FRA' }, 'step-2'],
      [7, '2019-04-18T11:00:00Z', null, null],
    ]);
    expect([r.script.start, r.script.circulateScenario, r.script.scenarioPositions]).toEqual([
      '2019-04-18T09:00:00.000Z',
      true,
      'private',
    ]);
  });

  it('takes a circulated text, its reserve and fixed clauses from the scenario', () => {
    const r = parse(
      'title: t\ndate: 2019-04-18\nscenario: c.yaml\nscenarioDrafts: on-step\nsteps:\n  - { actor: chair, type: circulate-draft, draftId: motion, fromScenario: true }\n',
    );
    if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
    expect(r.script.circulateScenario).toBe(false);
    expect(r.script.steps[0]?.command).toEqual({
      commandId: 'step-1',
      type: 'circulate-draft',
      draftId: 'motion',
      instrument: 'resolution',
      clauses: [{ id: 'core', text: 'Core.' }],
      reserve: [{ id: 'extra', text: 'extra' }],
      fixed: ['core'],
    });
  });

  it('reports every error with its line, column and field', () => {
    const r = parse(
      'title: t\ndate: 2019-04-18\nscenario: d.yaml\nsteps:\n  - { at: 2019-04-18T10:00:00Z, actor: chair, type: set-timer, seconds: 60 }\n  - { at: 2019-04-18T09:00:00Z, actor: chair, type: end-session }\n  - { actor: chair, type: circulate-draft, draftId: x, fromScenario: true }\n  - { actor: chair, tick: true }\n',
    );
    expect(r.ok ? [] : r.errors.map(formatScenarioError)).toEqual([
      's.yaml:3:11: scenario: cannot read d.yaml',
      's.yaml:6:11: steps[1].at: 2019-04-18T09:00:00Z is earlier than the step before (2019-04-18T10:00:00.000Z)',
      's.yaml:7:70: steps[2].fromScenario: the script names no scenario (scenario: FILE)',
      's.yaml:8:27: steps[3].tick: a tick step has no actor and no command',
    ]);
  });

  it('reports an unknown top-level field at its key', () => {
    const r = parse('title: t\ndate: 2019-04-18\ncolour: red\nsteps: []\n');
    expect(r.ok ? [] : r.errors.map(formatScenarioError)).toEqual(['s.yaml:3:1: colour: unknown field "colour"']);
  });
});
