import { councilOn } from '@horseshoe/engine';
import { type BenchRow, measure } from '../scripts/bench-lib.ts';

const DAY = 86_400_000;

function datesEvery(days: number, from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += days * DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

function councils(dates: readonly string[]): number {
  let members = 0;
  for (const date of dates) {
    const result = councilOn(date);
    if (!result.ok) throw new Error(`no council on ${date}`);
    members += result.value.members.length;
  }
  return members;
}

/** Composition lookups: one year day by day, and the whole range every 30 days. */
export async function run(): Promise<BenchRow[]> {
  const year2019 = datesEvery(1, '2019-01-01', '2019-12-31');
  const range = datesEvery(30, '1946-01-17', '2026-12-31');
  return [
    await measure('council', `councilOn, every day of 2019 (${year2019.length} dates)`, () => councils(year2019), {
      runs: 11,
    }),
    await measure('council', `councilOn, every 30 days 1946–2026 (${range.length} dates)`, () => councils(range), {
      runs: 11,
    }),
  ];
}
