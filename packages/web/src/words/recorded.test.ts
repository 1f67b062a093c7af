import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateDecision } from '@horseshoe/engine';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { compareWithRecord } from './recorded.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');

function caseDecision(file: string, index: number, edit: (text: string) => string = (t) => t) {
  const r = parseScenario(edit(readFileSync(path.join(ROOT, 'cases', file), 'utf8')), file);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const decision = r.scenario.decisions[index];
  if (!decision) throw new Error(`no decision ${index} in ${file}`);
  return evaluateDecision(decision);
}

describe('predicted beside recorded', () => {
  it('says the blocked formal statement of April 2019 agrees with the record, Russia objecting', () => {
    const c = compareWithRecord(caseDecision('libya-2019.yaml', 1));
    expect(c).toEqual({
      recorded: 'Recorded: Blocked; Russian Federation objected.',
      agrees: true,
      verdict: 'The prediction agrees with the record.',
    });
  });

  it('says what differs when a position no longer gives the recorded result', () => {
    const c = compareWithRecord(
      caseDecision('libya-2019.yaml', 1, (t) => t.replace('rejects: [name-lna, blame-lna]', 'rejects: [blame-lna]')),
    );
    expect(c?.agrees).toBe(false);
    expect(c?.verdict).toBe(
      'The prediction differs: the model predicts “Agreed”; votes differ: Russian Federation (recorded no, predicted yes).',
    );
  });

  it('has nothing to compare for the draft that was never put to a vote', () => {
    expect(compareWithRecord(caseDecision('libya-2019.yaml', 2))).toBeNull();
  });

  it('agrees with the record on every decision of every case in the library', () => {
    for (const file of [
      'res-2334-2016.yaml',
      'syria-2011-10-04.yaml',
      'syria-2016-10-08.yaml',
      'ukraine-2022-02-25.yaml',
    ]) {
      const r = parseScenario(readFileSync(path.join(ROOT, 'cases', file), 'utf8'), file);
      if (!r.ok) throw new Error(file);
      for (const d of r.scenario.decisions) {
        const c = compareWithRecord(evaluateDecision(d));
        if (c) expect(c.verdict, `${file} ${d.id}`).toBe('The prediction agrees with the record.');
      }
    }
  });
});
