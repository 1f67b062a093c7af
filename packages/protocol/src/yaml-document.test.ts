import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from './yaml-document.ts';

describe('parseYamlDocument', () => {
  it('reports a duplicate key at the line of the second key', () => {
    const { doc, lineCounter } = parseYamlDocument('a: 1\nb:\n  c: 1\n  c: 2\n');
    const e = doc.errors[0];
    expect(e?.code).toBe('DUPLICATE_KEY');
    expect(lineCounter.linePos(e?.pos[0] ?? -1)).toEqual({ line: 4, col: 3 });
  });

  it('reports a duplicate key in a JSON object', () => {
    const { doc } = parseYamlDocument('{"x": {"k": 1, "k": 2}}');
    expect(doc.errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY']);
  });

  it('accepts keys that differ in type, as yaml does (1 and "1")', () => {
    const { doc } = parseYamlDocument('{1: a, "1": b}');
    expect(doc.errors).toEqual([]);
    expect(doc.toJS()).toEqual({ 1: 'b' });
  });

  it('reads a map of 20,000 distinct keys with no error', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `"c${i}": ${i}`);
    const { doc } = parseYamlDocument(`{${keys.join(', ')}}`);
    expect(doc.errors).toEqual([]);
    expect(Object.keys(doc.toJS() as object)).toHaveLength(20_000);
  });
});
