import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cursorPlace, type SchemaNode, suggestionsAt } from './schema-complete.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../../..');
const SCHEMA = JSON.parse(
  readFileSync(path.join(ROOT, 'packages/protocol/scenario.schema.json'), 'utf8'),
) as SchemaNode;

/** The suggestions at the `|` in the text. */
function at(textWithCursor: string): string[] {
  const pos = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const place = cursorPlace(text, pos);
  return place ? suggestionsAt(SCHEMA, place).map((s) => s.label) : [];
}

describe('completion from the scenario JSON Schema', () => {
  it('offers the top-level keys not yet written', () => {
    expect(at('title: A vote\n|')).toEqual(['date', 'body', 'positions', 'decisions', 'open']);
    expect(at('title: A vote\nde|')).toEqual(['decisions']);
  });

  it("offers a member position's fields under positions and a member code", () => {
    expect(at('positions:\n  RUS:\n    req|')).toEqual(['requires']);
    expect(at('positions:\n  RUS:\n    rejects: [a]\n    |')).toEqual([
      'requires',
      'onRedLine',
      'values',
      'yesAt',
      'noBelow',
      'vote',
      'strategy',
    ]);
  });

  it("offers the instruments as the value of a decision's instrument", () => {
    expect(at('date: 2019-04-18\ndecisions:\n  - id: d1\n    instrument: pr|')).toEqual([
      'procedural',
      'presidential-statement',
      'press-statement',
      'press-elements',
    ]);
  });

  it('reads a list written at its key own column', () => {
    expect(at('decisions:\n- id: d1\n  instrument: re|')).toEqual(['resolution']);
  });

  it('offers the vote values of a fixed vote, inside a decision too', () => {
    expect(at('positions:\n  CHN:\n    vote: ab|')).toEqual(['abstain', 'absent']);
    expect(at('decisions:\n  - id: d1\n    positions:\n      RUS:\n        onRedLine: |')).toEqual(['no', 'abstain']);
  });

  it("offers a decision's fields after the first one and for a new list item", () => {
    expect(at('decisions:\n  - id: d1\n    cl|')).toEqual(['clauses']);
    expect(at('decisions:\n  - id: d1\n    instrument: resolution\n  - |')).toContain('instrument');
  });

  it('offers the fields of a clause inside the clause list', () => {
    expect(at('decisions:\n  - id: d1\n    clauses:\n      - id: a\n        f|')).toEqual(['fixed']);
  });

  it('offers nothing inside a comment or a flow collection', () => {
    expect(at('# ti|')).toEqual([]);
    expect(at('body: { mem|')).toEqual([]);
  });
});
