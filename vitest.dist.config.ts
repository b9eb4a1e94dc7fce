/// <reference types="vitest/config" />
// Tests over the built site in dist/ (size budgets, output safety). Run after `npm run build`.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest-dist.json' },
  },
});
