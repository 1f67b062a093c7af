import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateScenario } from '@horseshoe/engine';
import { parseScenario, type ScenarioFileInput } from '@horseshoe/protocol';
import { describe, expect, it } from 'vitest';
import { draftScenario } from './draft.ts';
import { renderDraft } from './render.ts';

// Real reports with extractions written by hand (fixtures/expected.json); precision and recall of the
// drafted (member, stance) pairs, instruments, outcomes and tallies over all of them.

interface Fixture {
  readonly file: string;
  /** Added after the patterns were tuned, and drafted before any change: an honest sample. */
  readonly heldOut?: boolean;
  readonly date: string;
  readonly expected: Record<'instruments' | 'outcomes' | 'tallies' | 'stances', string[]>;
}

const DIR = path.resolve(import.meta.dirname, '../fixtures');
const FIXTURES = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Fixture[];
type Kind = keyof Fixture['expected'];
const KINDS: readonly Kind[] = ['instruments', 'outcomes', 'tallies', 'stances'];

function draft(f: Fixture) {
  const r = draftScenario(readFileSync(path.join(DIR, f.file), 'utf8'), { date: f.date });
  if (!r.ok) throw new Error(`${f.file}: ${r.error.message}`);
  return r.draft;
}

/** The items of a drafted scenario, in the vocabulary of expected.json. */
function itemsOf(s: ScenarioFileInput): Fixture['expected'] {
  const out: Fixture['expected'] = { instruments: [], outcomes: [], tallies: [], stances: [] };
  for (const d of s.decisions) {
    out.instruments.push(d.instrument);
    if (d.recorded) out.outcomes.push(`${d.instrument}/${d.recorded.outcome}`);
    if (d.recorded?.tally) out.tallies.push(`${d.instrument}/${d.recorded.tally}`);
    for (const [member, p] of Object.entries(d.positions ?? {})) {
      if (typeof p.vote === 'string') out.stances.push(`${d.instrument}/${member}/${p.vote}`);
      if (p.rejects?.length) out.stances.push(`${d.instrument}/${member}/rejects`);
      if (p.requires?.length) out.stances.push(`${d.instrument}/${member}/requires`);
    }
  }
  return out;
}

/** Matches of two multisets. */
function matches(got: readonly string[], want: readonly string[]): number {
  const left = [...want];
  let n = 0;
  for (const g of got) {
    const i = left.indexOf(g);
    if (i >= 0) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

describe('drafting real reports', () => {
  for (const f of FIXTURES) {
    it(`drafts ${path.basename(f.file)} into a scenario that loads and evaluates`, () => {
      const yaml = renderDraft(draft(f), f.file);
      const parsed = parseScenario(yaml, f.file);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      if (parsed.ok) expect(evaluateScenario(parsed.scenario).length).toBe(parsed.scenario.decisions.length);
    });
  }

  it('reaches 0.9 precision and 0.8 recall over instruments, outcomes, tallies and stances', () => {
    const totals = { got: 0, want: 0, hit: 0 };
    const heldOut = { got: 0, want: 0, hit: 0 };
    const byKind = new Map<Kind, { got: number; want: number; hit: number }>();
    const misses: string[] = [];
    for (const f of FIXTURES) {
      const got = itemsOf(draft(f).scenario);
      for (const k of KINDS) {
        const hit = matches(got[k], f.expected[k]);
        const row = byKind.get(k) ?? { got: 0, want: 0, hit: 0 };
        row.got += got[k].length;
        row.want += f.expected[k].length;
        row.hit += hit;
        byKind.set(k, row);
        totals.got += got[k].length;
        totals.want += f.expected[k].length;
        totals.hit += hit;
        if (f.heldOut) {
          heldOut.got += got[k].length;
          heldOut.want += f.expected[k].length;
          heldOut.hit += hit;
        }
        const extra = got[k].filter((g) => !f.expected[k].includes(g));
        const missing = f.expected[k].filter((w) => !got[k].includes(w));
        if (extra.length + missing.length > 0) {
          misses.push(`${path.basename(f.file)} ${k}: extra [${extra.join(', ')}] missing [${missing.join(', ')}]`);
        }
      }
    }
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
    const rows = [...byKind].map(
      ([k, r]) =>
        `${k.padEnd(12)} precision ${ratio(r.hit, r.got).toFixed(3)}  recall ${ratio(r.hit, r.want).toFixed(3)}  (${r.hit} of ${r.got} drafted, ${r.want} expected)`,
    );
    const precision = ratio(totals.hit, totals.got);
    const recall = ratio(totals.hit, totals.want);
    console.log(
      [
        `Drafting ${FIXTURES.length} reports:`,
        ...rows,
        `${'all'.padEnd(12)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (${totals.hit} of ${totals.got} drafted, ${totals.want} expected)`,
        `${'held out'.padEnd(12)} precision ${ratio(heldOut.hit, heldOut.got).toFixed(3)}  recall ${ratio(heldOut.hit, heldOut.want).toFixed(3)}  (${FIXTURES.filter((f) => f.heldOut).length} reports added after tuning; included in "all")`,
        ...misses.map((m) => `  ${m}`),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
