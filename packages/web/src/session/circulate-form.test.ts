import { describe, expect, it } from 'vitest';
import { clauseIdFor } from './circulate-form.tsx';

describe('clauseIdFor', () => {
  it('makes a kebab-case id of the first four words', () => {
    expect(clauseIdFor('Calls for a ceasefire in Libya.', [])).toBe('calls-for-a-ceasefire');
  });

  it('numbers an id already taken', () => {
    expect(clauseIdFor('Calls for a ceasefire now', ['calls-for-a-ceasefire'])).toBe('calls-for-a-ceasefire-2');
  });

  it('falls back to "clause" for a line without letters or digits', () => {
    expect(clauseIdFor('…', [])).toBe('clause');
  });
});
