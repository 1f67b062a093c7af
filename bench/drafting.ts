// Benchmarks of drafting a scenario from a report (issue 16). Run: npx tsx scripts/bench.ts drafting
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { draftScenario, MAX_CHARS, renderDraft } from '@horseshoe/drafting';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../packages/drafting/fixtures');

export async function run(): Promise<BenchRow[]> {
  const report = readFileSync(path.join(FIXTURES, 'libya-april-2019-press-report.txt'), 'utf8');
  // The longest input drafting reads: the founding report repeated up to the limit.
  const longest = report.repeat(Math.floor(MAX_CHARS / report.length));
  const tooLong = 'x'.repeat(5_000_000);
  draftScenario(report, { date: '2019-04-19' }); // loads wink-nlp's model once
  return [
    await measure(
      'drafting',
      'draft the founding report (6.6 kB) and render its YAML',
      () => {
        const r = draftScenario(report, { date: '2019-04-19' });
        if (r.ok) renderDraft(r.draft);
      },
      { runs: 11 },
    ),
    await measure(
      'drafting',
      `draft the longest input read (${(longest.length / 1000).toFixed(0)} kB, the report repeated)`,
      () => {
        const r = draftScenario(longest, { date: '2019-04-19' });
        if (r.ok) renderDraft(r.draft);
      },
      { runs: 3 },
    ),
    await measure('drafting', 'refuse a 5 MB input (too long)', () => draftScenario(tooLong, { date: '2019-04-19' }), {
      runs: 11,
    }),
  ];
}
