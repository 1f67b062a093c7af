import { searchTexts, type MilpSolver } from '@horseshoe/engine/search';
import { denseDecision, seededRng } from '@horseshoe/engine/testing';
import { createHighsSolver } from './src/highs-solver.ts';
const clauses = Number(process.argv[2] ?? 200);
const inner = await createHighsSolver(Date.now() + 3_600_000);
let solveMs = 0; let solves = 0; let lpChars = 0;
const milp: MilpSolver = { solve(lp, o) { const t = performance.now(); lpChars += lp.length; solves++; try { return inner.solve(lp, o); } finally { solveMs += performance.now() - t; } } };
const rng = seededRng(17000 + clauses);
const cases = Array.from({ length: 9 }, () => denseDecision(rng, { clauses }));
for (let rep = 0; rep < 2; rep++) for (const d of cases) {
  solveMs = 0; solves = 0; lpChars = 0;
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const r = searchTexts(d, { milp, method: 'milp' });
  const ms = performance.now() - t0; const c = process.cpuUsage(c0);
  console.log(rep, r.status, r.texts[0]?.changes, `total ${ms.toFixed(0)} cpu ${((c.user + c.system) / 1000).toFixed(0)} highs ${solveMs.toFixed(0)} solves ${solves} lp ${lpChars}`);
}
