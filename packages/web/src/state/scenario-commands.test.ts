import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clauseId, type ScenarioCommand } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { replayCommands, replayFrom } from './scenario-commands.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const parsed = parseScenario(readFileSync(path.join(ROOT, 'cases/libya-2019.yaml'), 'utf8'), 'libya-2019.yaml');
if (!parsed.ok) throw new Error('cases/libya-2019.yaml does not load');
const base = parsed.scenario;
const toggle = (included: boolean): ScenarioCommand => ({
  type: 'toggle-clause',
  decision: 'formal-statement',
  clause: clauseId('name-lna'),
  included,
});
const unknown: ScenarioCommand = { type: 'set-instrument', decision: 'no-such-decision', instrument: 'procedural' };

describe('replayFrom', () => {
  it('continues the last replay when commands were only added, with the same result as replaying them all', () => {
    const first = [toggle(false)];
    const last = { base, commands: first, result: replayCommands(base, first) };
    const more = [...first, toggle(true), unknown, toggle(false)];
    const continued = replayFrom(last, base, more);
    const whole = replayCommands(base, more);
    expect(continued.scenario.decisions.map((d) => d.tabled)).toEqual(whole.scenario.decisions.map((d) => d.tabled));
    expect(continued.applied).toEqual(whole.applied);
    expect(continued.refused.map((r) => r.command)).toEqual([unknown]);
  });

  it('keeps the decisions a command did not touch as the same objects', () => {
    const r = replayFrom(null, base, [toggle(false)]);
    const changed = base.decisions.findIndex((d) => d.id === 'formal-statement');
    r.scenario.decisions.forEach((d, i) => {
      if (i === changed) expect(d).not.toBe(base.decisions[i]);
      else expect(d).toBe(base.decisions[i]);
    });
  });

  it('replays from the base when a command was taken away (undo)', () => {
    const two = [toggle(false), toggle(true)];
    const last = { base, commands: two, result: replayCommands(base, two) };
    const undone = replayFrom(last, base, two.slice(0, 1));
    expect(undone.applied).toEqual([toggle(false)]);
    const statement = undone.scenario.decisions.find((d) => d.id === 'formal-statement');
    expect(statement?.tabled).not.toContain('name-lna');
  });
});
