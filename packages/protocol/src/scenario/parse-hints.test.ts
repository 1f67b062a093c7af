import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { didYouMean } from './suggest.ts';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const LIBYA = readFileSync(path.join(ROOT, 'cases/libya-2019.yaml'), 'utf8');

function errorsOf(text: string) {
  const r = parseScenario(text, 'libya-2019.yaml');
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parseScenario: errors a person can act on', () => {
  it('reports one indentation slip as one error at its line, not one per line after it', () => {
    const slipped = LIBYA.replace('\ntitle: Libya', '\n title: Libya');
    const line = LIBYA.split('\n').findIndex((l) => l.startsWith('title: Libya')) + 1;
    const errors = errorsOf(slipped);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(line + 1);
    expect(errors[0]?.message).toContain('the rest of the file is checked once this is fixed');
  });

  it('reports a misaligned key in a position of a decision as one error', () => {
    const slipped = LIBYA.replace('        yesAt: 1', '       yesAt: 1');
    expect(slipped).not.toBe(LIBYA);
    expect(errorsOf(slipped)).toHaveLength(1);
  });

  it('suggests "requires" for "require" in a position', () => {
    const errors = errorsOf(LIBYA.replace('    requires: [name-lna]', '    require: [name-lna]'));
    expect(errors.map((e) => e.message)).toEqual(['unknown field "require" (did you mean "requires"?)']);
  });

  it('suggests field names of a decision, a clause and the top level', () => {
    const misspelt = errorsOf(
      LIBYA.replace('  - id: formal-statement\n    instrument:', '  - id: formal-statement\n    instrumnt:'),
    );
    expect(misspelt.find((e) => e.message.includes('instrumnt'))?.message).toBe(
      'unknown field "instrumnt" (did you mean "instrument"?)',
    );
    expect(errorsOf(LIBYA.replace('        fixed: true', '        fxed: true'))[0]?.message).toContain(
      '(did you mean "fixed"?)',
    );
    const top = errorsOf(LIBYA.replace('title: Libya', 'tittle: Libya'));
    expect(top.map((e) => e.message)).toContain('unknown field "tittle" (did you mean "title"?)');
  });

  it('suggests nothing for a word far from every field', () => {
    expect(didYouMean('weather', ['rejects', 'requires', 'values'])).toBe('');
  });
});
