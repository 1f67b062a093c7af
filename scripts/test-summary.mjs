// Prints one closing line over every vitest JSON report: "Tests: N passed, N failed, N skipped".
// Exits non-zero when a report is missing, a test failed or was skipped, or no test ran.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report ${file}`);
    missing++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  // A file that failed without a failed test (it did not load, or a hook threw) counts once; a failed
  // test is not counted again through its describe block or file.
  for (const file of r.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) failed++;
  }
  if (r.success === false && (r.numFailedTests ?? 0) === 0 && (r.numFailedTestSuites ?? 0) === 0) {
    // An unhandled error outside any test still fails the run.
    failed++;
  }
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(missing > 0 || failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
