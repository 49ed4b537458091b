import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As in the site's build (astro.config.mjs): the islands' React imports run on Preact.
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // CLI tests start several Node processes each; on a busy 2-core machine that can take longer than
    // vitest's default 5 s without anything being wrong.
    testTimeout: 30_000,
  },
});
