import { searchTexts } from '@horseshoe/engine/search';
import { denseDecision, seededRng } from '@horseshoe/engine/testing';
import { createHighsSolver } from './src/highs-solver.ts';
const clauses = Number(process.argv[2] ?? 200);
const method = (process.argv[3] ?? 'auto') as 'auto' | 'milp' | 'branch-and-bound';
const milp = await createHighsSolver(Date.now() + 3_600_000);
const rng = seededRng(17000 + clauses);
const cases = Array.from({ length: 9 }, () => denseDecision(rng, { clauses }));
for (const d of cases) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const r = searchTexts(d, { milp, method });
  const ms = performance.now() - t0; const c = process.cpuUsage(c0);
  console.log(method, clauses, r.status, r.texts[0]?.changes ?? '-', ms.toFixed(0), 'ms cpu', ((c.user + c.system) / 1000).toFixed(0), 'nodes', r.nodes);
}
