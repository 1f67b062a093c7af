import { describe, expect, it } from 'vitest';
import { textChanges } from './text-changes.ts';

const a = { id: 'a', text: 'A.' };
const b = { id: 'b', text: 'B.' };
const c = { id: 'c', text: 'C.' };

describe('textChanges', () => {
  it('marks nothing on a first reading', () => {
    expect(textChanges(null, [a, b]).map((x) => x.change)).toEqual(['same', 'same']);
  });

  it('marks a clause added since last seen as new and a reworded one as changed', () => {
    const out = textChanges([a, b], [{ id: 'a', text: 'A, amended.' }, b, c]);
    expect(out.map((x) => [x.id, x.change])).toEqual([
      ['a', 'changed'],
      ['b', 'same'],
      ['c', 'new'],
    ]);
  });

  it('shows a removed clause where it stood', () => {
    expect(textChanges([a, b, c], [a, c]).map((x) => [x.id, x.change])).toEqual([
      ['a', 'same'],
      ['b', 'removed'],
      ['c', 'same'],
    ]);
    expect(textChanges([a, b], [b]).map((x) => [x.id, x.change])).toEqual([
      ['a', 'removed'],
      ['b', 'same'],
    ]);
  });
});
