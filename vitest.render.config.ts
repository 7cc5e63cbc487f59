// The real-client suite (`npm run test:render`): LibreOffice renders every bundled deck. Kept out
// of `npm test`, which must run without an office suite installed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/render-client/**/*.test.ts'],
    globalSetup: ['test/render-client/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
