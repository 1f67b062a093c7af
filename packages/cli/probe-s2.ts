import { searchTexts } from '@horseshoe/engine/search';
import { denseDecision, seededRng } from '@horseshoe/engine/testing';
import { createHighsSolver } from './src/highs-solver.ts';
const clauses = Number(process.argv[2] ?? 200);
const milp = await createHighsSolver(Date.now() + 3_600_000);
const rng = seededRng(17000 + clauses);
const cases = Array.from({ length: 9 }, () => denseDecision(rng, { clauses }));
const cpu = (f: () => unknown) => { const c0 = process.cpuUsage(); const r = f(); const c = process.cpuUsage(c0); return [r, (c.user + c.system) / 1000] as const; };
for (const d of cases) {
  const [m, mc] = cpu(() => searchTexts(d, { milp, method: 'milp' }));
  const parts = [];
  for (const B of [1000, 3000, 10000]) {
    const [b, bc] = cpu(() => searchTexts(d, { method: 'branch-and-bound', maxNodes: B } as never));
    parts.push(`B${B}: ${b.status} ${bc.toFixed(0)}ms`);
  }
  console.log(`milp ${mc.toFixed(0)}ms`, parts.join(' | '));
}
