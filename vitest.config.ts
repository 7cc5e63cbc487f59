import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The real-client suite needs LibreOffice: `npm run test:render` (vitest.render.config.ts).
    exclude: [...configDefaults.exclude, 'test/render-client/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
