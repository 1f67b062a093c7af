import { describe, expect, it } from 'vitest';
import { editText, formatOf } from './edit-text.ts';

const YAML = `# Sources: a comment that must survive
title: Test
decisions:
  - id: d1 # the first decision
    instrument: resolution
    clauses: [{ id: a }, { id: b }]
`;

describe('editText on YAML', () => {
  it('sets a nested field and keeps the comments of the file', () => {
    const out = editText(YAML, 'yaml', (e) => e.set(['decisions', 0, 'instrument'], 'press-elements'));
    expect(out).toContain('# Sources: a comment that must survive');
    expect(out).toContain('# the first decision');
    expect(out).toContain('instrument: press-elements');
  });

  it('writes a list of clause ids on one line', () => {
    const out = editText(YAML, 'yaml', (e) => e.set(['decisions', 0, 'tabled'], ['a']));
    expect(out).toMatch(/tabled: \[ a \]/);
  });

  it('creates the maps on the way to a member position', () => {
    const out = editText(YAML, 'yaml', (e) => e.set(['decisions', 0, 'positions', 'RUS', 'vote'], 'no'));
    expect(out).toMatch(/positions:\s+RUS:\s+vote: no/);
  });

  it('removes a field and leaves the rest alone', () => {
    const out = editText(YAML, 'yaml', (e) => e.remove(['decisions', 0, 'instrument']));
    expect(out).not.toContain('instrument');
    expect(out).toContain('id: d1');
  });

  it('reads values back as plain data', () => {
    let seen: unknown;
    editText(YAML, 'yaml', (e) => {
      seen = e.get(['decisions', 0, 'clauses']);
    });
    expect(seen).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('refuses to edit a file that does not parse', () => {
    expect(() => editText('title: [open\n', 'yaml', () => {})).toThrow(/does not parse/);
  });
});

describe('editText on JSON', () => {
  const JSON_TEXT = '{"title":"T","decisions":[{"id":"d1","instrument":"resolution"}]}';

  it('sets a nested field and creates the maps on the way', () => {
    const out = editText(JSON_TEXT, 'json', (e) => e.set(['decisions', 0, 'positions', 'USA', 'yesAt'], 2));
    expect(JSON.parse(out).decisions[0].positions).toEqual({ USA: { yesAt: 2 } });
  });

  it('removes a key', () => {
    const out = editText(JSON_TEXT, 'json', (e) => e.remove(['decisions', 0, 'instrument']));
    expect(JSON.parse(out).decisions[0]).toEqual({ id: 'd1' });
  });
});

describe('formatOf', () => {
  it('tells JSON files from YAML files by their extension', () => {
    expect(formatOf('case.JSON')).toBe('json');
    expect(formatOf('libya-2019.yaml')).toBe('yaml');
    expect(formatOf('pasted')).toBe('yaml');
  });
});
