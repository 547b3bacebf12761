import { defineConfig } from 'vitest/config';

// Unit tests sit next to their code; Playwright specs (tests/e2e/*.spec.ts) are not vitest's.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests and the big-org tests take seconds when the shared 2-core machine is busy; speed is checked
    // by `npm run bench`, never by a unit test's timeout.
    testTimeout: 60_000,
  },
});
