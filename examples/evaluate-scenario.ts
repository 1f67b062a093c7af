// Evaluates a scenario with the library API: load a file with @horseshoe/protocol, then ask the engine
// how every member votes, whether each text passes, how likely it is, and what a failed text could
// pass as. Run it after `npm run build`: npx tsx examples/evaluate-scenario.ts [FILE]   (default: cases/libya-2019.yaml)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeVoteReason, evaluateScenario, fallbackFor, instrumentNoun } from '@horseshoe/engine';
import { formatScenarioError, parseScenario } from '@horseshoe/protocol';

const file = process.argv[2] ?? path.resolve(import.meta.dirname, '../cases/libya-2019.yaml');
const loaded = parseScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) {
  for (const e of loaded.errors) console.error(formatScenarioError(e));
  process.exit(2);
}

for (const e of evaluateScenario(loaded.scenario)) {
  console.log(
    `${e.decision.id} (${instrumentNoun(e.decision.instrument)}): ${e.outcome.reason}, P(pass) = ${e.probability}`,
  );
  for (const v of e.votes) {
    if (v.vote !== 'yes') console.log(`  ${v.member} ${JSON.stringify(v.vote)}: ${describeVoteReason(v.reason)}`);
  }
  if (!e.passed) {
    for (const option of fallbackFor(e.decision).options) {
      const part = option.part ? `passes without ${option.part.dropped.join(', ')}` : 'no part passes';
      console.log(`  as ${instrumentNoun(option.instrument)}: ${option.whole.passed ? 'passes' : part}`);
    }
  }
}
