import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Decision, memberId } from '@horseshoe/engine';
import { compareWithSearch, negotiate, seededRng } from '@horseshoe/engine/negotiation';
import { parseScenario } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { comparisonWords } from './comparison-words.ts';

const FILE = path.resolve(fileURLToPath(import.meta.url), '../../../../../../cases/libya-2019.yaml');
const parsed = parseScenario(readFileSync(FILE, 'utf8'), 'libya-2019.yaml');
const libya = (id: string) => (parsed.ok ? parsed.scenario.decisions.find((d) => d.id === id) : undefined) as Decision;
const GBR = memberId('GBR');

function wordsFor(d: Decision): string[] {
  const result = negotiate({ decision: d, penholder: GBR, rng: seededRng(1) });
  const c = compareWithSearch(d, GBR, { passed: result.passed, utility: result.penholderUtility });
  return comparisonWords(d, GBR, result, c);
}

describe('the end of the talks against the exact search, in words', () => {
  it('names the penholder’s best passing text by its clauses’ text, and the gap', () => {
    expect(wordsFor(libya('uk-draft-resolution'))).toEqual([
      'A passing text existed.',
      'The best passing text for United Kingdom of Great Britain and Northern Ireland (the penholder): “Calls for a ceasefire in Libya”, worth 0 to it.',
      'The talks reached a text worth as much to United Kingdom of Great Britain and Northern Ireland: no gap.',
    ]);
  });

  it('says why no text of the formal statement can pass, from the clashing red lines', () => {
    const [line, ...rest] = wordsFor(libya('formal-statement'));
    expect(rest).toEqual([]);
    expect(line).toMatch(/^No text of this decision can pass: .*“Names the Libyan National Army”/);
  });
});
