import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app, served by the real server, driven in Debian's Chromium.
// Run from the repository root: npx vitest run -c packages/web/vitest.e2e.config.ts
export default defineConfig({
  // Our packages' TypeScript sources, not their build (docs/architecture.md, "Build and package exports").
  resolve: { conditions: ['@horseshoe/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@horseshoe/source', ...defaultServerConditions] } },
  test: {
    include: ['packages/web/e2e/**/*.e2e.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // The machine may be busy: give the browser time before an assertion gives up.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ['default'],
  },
});
