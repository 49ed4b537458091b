import { defineConfig } from 'vitest/config';

// Browser tests drive one Chromium against `astro preview`; run files one at a time (2-core machines).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
