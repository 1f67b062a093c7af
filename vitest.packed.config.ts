import { defineConfig } from 'vitest/config';

// The packed-install test (scripts/packed-install.test.ts): npm pack, npm ci --offline into an empty folder,
// then the installed CLI and engine. Its own step of `npm test` (scripts/test.sh), after the build: the
// install may compile better-sqlite3, so it runs alone rather than beside the unit tests.
export default defineConfig({
  test: {
    include: ['scripts/packed-install.test.ts'],
    testTimeout: 120_000,
    // Packing builds nothing new (the build ran before); installing may compile better-sqlite3 (minutes).
    hookTimeout: 1_200_000,
    reporters: ['default'],
  },
});
