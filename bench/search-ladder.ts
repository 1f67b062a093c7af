// Issue 17's search ladder: the dense family (engine/testing denseDecision: 15 members, 5 permanent, threshold
// 9; each member values ~30 % of the clauses at −5..5, a third reject one or two clauses, a quarter require
// one, a fifth abstain on a red line, half have yesAt in −2..4, 40 % a noBelow) at 50, 100, 200 and 400
// clauses, and 193 members in 5 blocs (blocDecision, threshold 129) at 40 and 80 clauses; nine instances per
// size (five at 80 x 193), seeded by the size (seededRng(17_000 + clauses), seededRng(193) at 40, seededRng(193_000 + clauses)
// above). Both objectives: fewest changes, and best for one member (the body's first member). Each instance
// is searched by the CLI's method (auto: presolve, branch and bound, HiGHS) and by HiGHS alone on the same
// model, one search each (the rows before the ladder have warmed both up); the two optima must agree (same number of
// changes; same utility and the same changes at that utility). Wall times are medians of this process's
// clock, CPU times medians of its user + system time (the comparable numbers on a loaded machine).
import type { Decision } from '@horseshoe/engine';
import { type MilpSolver, type SearchOptions, type SearchResult, searchTexts } from '@horseshoe/engine/search';
import { blocDecision, denseDecision, seededRng } from '@horseshoe/engine/testing';
import { type BenchRow, rowFromTimes } from '../scripts/bench-lib.ts';

const CASES = 9;

/** The rungs of the ladder: name, the generator's instances, and the clause count (for the growth fit). */
interface Rung {
  readonly family: 'dense' | 'blocs';
  readonly clauses: number;
  readonly cases: readonly Decision[];
}

function denseRung(clauses: number): Rung {
  const rng = seededRng(17_000 + clauses);
  return { family: 'dense', clauses, cases: Array.from({ length: CASES }, () => denseDecision(rng, { clauses })) };
}

function blocRung(clauses: number): Rung {
  const rng = seededRng(clauses === 40 ? 193 : 193_000 + clauses);
  // Five instances at 80 clauses: HiGHS alone needs several CPU seconds on each.
  const cases = Array.from({ length: clauses > 40 ? 5 : CASES }, () =>
    blocDecision(rng, { clauses, members: 193, blocs: 5, threshold: 129 }),
  );
  return { family: 'blocs', clauses, cases };
}

type Objective = 'fewest changes' | 'best for one member';

interface Timed {
  readonly result: SearchResult;
  readonly wallMs: number;
  readonly cpuMs: number;
}

function timed(d: Decision, options: SearchOptions): Timed {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = searchTexts(d, options);
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { result, wallMs, cpuMs: (c.user + c.system) / 1000 };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function agree(a: SearchResult, b: SearchResult): boolean {
  if (a.status !== 'optimal' || b.status !== 'optimal') return a.status === b.status && a.status === 'infeasible';
  const x = a.texts[0];
  const y = b.texts[0];
  if (!x || !y) return false;
  if (x.changes !== y.changes) return false;
  return x.utility === null || y.utility === null ? x.utility === y.utility : Math.abs(x.utility - y.utility) < 1e-6;
}

/** One rung and objective: medians of both methods, the agreement check, and the CPU medians for the fit. */
function measureRung(rung: Rung, objective: Objective, milp: MilpSolver, targetMs?: number) {
  const options = (d: Decision): SearchOptions =>
    objective === 'fewest changes' ? { milp } : { milp, for: d.body.members[0] as NonNullable<SearchOptions['for']> };
  const ours: Timed[] = [];
  const highs: Timed[] = [];
  let peak = process.memoryUsage().rss;
  let agreeing = 0;
  for (const d of rung.cases) {
    const a = timed(d, options(d));
    peak = Math.max(peak, process.memoryUsage().rss);
    const b = timed(d, { ...options(d), method: 'milp' });
    peak = Math.max(peak, process.memoryUsage().rss);
    ours.push(a);
    highs.push(b);
    if (agree(a.result, b.result)) agreeing++;
  }
  const cpu = median(ours.map((t) => t.cpuMs));
  const highsCpu = median(highs.map((t) => t.cpuMs));
  const highsWall = median(highs.map((t) => t.wallMs));
  const statuses = new Map<string, number>();
  for (const t of ours) statuses.set(t.result.status, (statuses.get(t.result.status) ?? 0) + 1);
  const members = rung.family === 'dense' ? 15 : 193;
  const name = `ladder: ${rung.clauses} clauses x ${members}${rung.family === 'blocs' ? ' in 5 blocs' : ' dense'}, ${objective}`;
  const note = [
    `CPU ${cpu.toFixed(0)} ms; HiGHS alone ${highsWall.toFixed(0)} ms wall, ${highsCpu.toFixed(0)} ms CPU`,
    `optima agree ${agreeing}/${rung.cases.length}`,
    [...statuses].map(([s, n]) => `${n} ${s}`).join(', '),
  ].join('; ');
  const row = rowFromTimes(
    'search',
    name,
    ours.map((t) => t.wallMs),
    peak,
    targetMs === undefined ? { note } : { note, targetMs },
  );
  process.stderr.write(`  ${name}: ${row.medianMs.toFixed(0)} ms wall median; ${note}\n`);
  return { row, cpu, highsCpu };
}

/** Least-squares slope of log(time) on log(clauses): the growth exponent across the ladder. */
export function growthExponent(points: readonly (readonly [number, number])[]): number {
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, t]) => Math.log(Math.max(t, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? Number.NaN : num / den;
}

/** The ladder's rows (dense 50–200 and blocs 40 by default; 400 and 80 with `full`), then the growth fits. */
export function runLadder(milp: MilpSolver, full: boolean): BenchRow[] {
  const rows: BenchRow[] = [];
  const series = [
    { family: 'dense', rungs: (full ? [50, 100, 200, 400] : [50, 100, 200]).map(denseRung) },
    { family: 'blocs', rungs: (full ? [40, 80] : [40]).map(blocRung) },
  ] as const;
  for (const { family, rungs } of series) {
    for (const objective of ['fewest changes', 'best for one member'] as const) {
      const ours: [number, number][] = [];
      const highs: [number, number][] = [];
      let last: BenchRow | null = null;
      for (const rung of rungs) {
        const target = family === 'dense' && rung.clauses === 200 && objective === 'fewest changes' ? 300 : undefined;
        const m = measureRung(rung, objective, milp, target);
        ours.push([rung.clauses, m.cpu]);
        highs.push([rung.clauses, m.highsCpu]);
        last = m.row;
        rows.push(m.row);
      }
      if (last && ours.length > 1) {
        const range = `${ours[0]?.[0]}–${ours[ours.length - 1]?.[0]} clauses`;
        const fit = `growth of CPU time over ${range}: ours n^${growthExponent(ours).toFixed(1)}, HiGHS alone n^${growthExponent(highs).toFixed(1)}`;
        rows[rows.length - 1] = { ...last, note: `${last.note}; ${fit}` };
      }
    }
  }
  return rows;
}
