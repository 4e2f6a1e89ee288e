import { defineConfig } from 'vitest/config'

// Benchmarks: `npm run bench`. Not part of `npm test`; they print ratios, they assert nothing about time.
export default defineConfig({
  test: {
    include: ['scripts/bench/**/*.bench.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    reporters: ['verbose'],
  },
})
