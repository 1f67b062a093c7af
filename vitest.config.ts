import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests read our packages' TypeScript sources through the "@horseshoe/source" export condition, so they need no
// build (docs/architecture.md, "Build and package exports"); the tests that spawn `horseshoe` run the compiled CLI.
const SOURCE = '@horseshoe/source';

export default defineConfig({
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/src/**/*.test.tsx',
      'packages/*/scripts/**/*.test.ts',
      'examples/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    // The packed-install test has its own step in `npm test` (vitest.packed.config.ts).
    exclude: ['**/node_modules/**', 'packages/web/e2e/**', 'scripts/packed-install.test.ts'],
    globalSetup: ['scripts/vitest-build.ts'],
    // A correctness test, not a timing: heavy property and fuzz tests get room on a loaded 2-core machine.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
