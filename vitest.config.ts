import { defineConfig } from 'vitest/config';

// Unit tests sit next to their code; Playwright specs (tests/e2e/*.spec.ts) are not vitest's.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
