import { parseScenario } from '@horseshoe/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftScenario } from './draft.ts';
import { MAX_CHARS } from './input.ts';
import { renderDraft } from './render.ts';

// Any text gives a scenario that loads, or a clear error; never an exception.

const COUNCIL_WORDS = [
  'Russia',
  'vetoed',
  'the draft resolution',
  'China',
  'abstained',
  'the United States',
  'voted against',
  'press statement',
  'was adopted',
  '11 in favour',
  'objected to a reference to the LNA',
  'the P5',
  'the A3',
  'could not support',
  'procedural vote',
  'failed to adopt',
  'on Thursday',
  'the other members',
  '(',
  ')',
  ',',
  '.',
  '\n',
  'calling for a ceasefire',
  'British-drafted',
  'three against (China, Russian Federation and Venezuela)',
  'Moscow',
  'Washington',
  'the E10',
  'formal statement',
  'never put to a vote',
  'none against',
  '“',
  '’s',
];

function check(text: string, date = '2019-04-19'): void {
  const r = draftScenario(text, { date });
  if (!r.ok) {
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.error.code).toMatch(/^draft\//);
    return;
  }
  const parsed = parseScenario(renderDraft(r.draft), 'fuzz.yaml');
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
}

describe('draftScenario on any input', () => {
  it('gives a loadable scenario or a clear error for random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (t) => check(t)),
      { numRuns: 150 },
    );
  });

  it('gives a loadable scenario or a clear error for random sequences of Council wording', () => {
    const words = fc.array(fc.constantFrom(...COUNCIL_WORDS), { maxLength: 60 }).map((w) => w.join(' '));
    fc.assert(fc.property(words, fc.constantFrom('1950-06-27', '1990-08-06', '2019-04-19', '2024-03-28'), check), {
      numRuns: 200,
    });
  });

  it('refuses empty and blank text with an error saying so', () => {
    for (const t of ['', '   \n\t '])
      expect(draftScenario(t, { date: '2019-04-19' })).toMatchObject({ ok: false, error: { code: 'draft/empty' } });
  });

  it('refuses binary input (random bytes decoded as UTF-8)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 512 }), (bytes) => {
        const withNul = new Uint8Array([...bytes, 0]);
        const r = draftScenario(new TextDecoder().decode(withNul), { date: '2019-04-19' });
        expect(r).toMatchObject({ ok: false, error: { code: 'draft/not-text' } });
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a 5 MB text at once instead of reading it', () => {
    const big = 'Russia vetoed the draft resolution. '.repeat(Math.ceil(5_000_000 / 36));
    const r = draftScenario(big, { date: '2019-04-19' });
    expect(r).toMatchObject({ ok: false, error: { code: 'draft/too-long' } });
    expect(big.length).toBeGreaterThan(MAX_CHARS);
  });

  it('reads a text just under the limit and still gives a loadable scenario', () => {
    const line = 'Russia vetoed the draft resolution, while China abstained.\n';
    check(line.repeat(Math.floor(MAX_CHARS / line.length)));
  });

  it('refuses a date outside the record with the reason', () => {
    expect(draftScenario('Russia vetoed the draft resolution.', { date: '1900-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'draft/bad-date' },
    });
  });
});
