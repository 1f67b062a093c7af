#!/usr/bin/env bash
# The README's test command (`npm test`) and CI's: install what is missing, then lint, typecheck,
# build (every package to dist/, then the web app: the CLI tests and the packed-install test run the
# build), run every unit, property, record and CLI test, then the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
# The session store tests run against PostgreSQL too: start it (install it as root when missing).
HORSESHOE_TEST_PG_URL=$(bash scripts/ensure-postgres.sh)
export HORSESHOE_TEST_PG_URL
mkdir -p test-artifacts
echo "== lint (biome, no warnings allowed)"
npx biome check --error-on-warnings .
echo "== typecheck (tsc, strict)"
npx tsc -p tsconfig.json
echo "== build (tsc -b: packages to JavaScript and .d.ts; vite: the web app)"
npm run build
echo "== unit, property, record and CLI tests (vitest)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest-unit.json || status=$?
echo "== packed install (npm pack, npm ci --offline into an empty folder, then the installed CLI and engine)"
npx vitest run -c vitest.packed.config.ts --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest-packed.json || status=$?
echo "== browser tests (playwright-core + Debian Chromium)"
npx vitest run -c packages/web/vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest-e2e.json || status=$?
node scripts/test-summary.mjs test-artifacts/vitest-unit.json test-artifacts/vitest-packed.json test-artifacts/vitest-e2e.json || status=$?
exit $status
