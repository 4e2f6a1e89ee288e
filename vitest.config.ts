import { defineConfig } from 'vitest/config'

// One runner, three projects (STYLE.md): unit tests beside the code, integration tests through the
// Payload Local API on fresh SQLite files, end-to-end tests against the production build in Chromium.
export default defineConfig({
  test: {
    // The JSON report feeds the one-line summary `npm test` ends with (scripts/lib/summarizeTests.ts).
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{cms,scripts,media-pipeline,search,site,tests/security,tests/helpers}/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/.next/**', 'site/dist/**'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/{int,security}/**/*.int.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/{e2e,security}/**/*.e2e.spec.ts'],
          // One production build for every file; one CMS and one built site for the files that share them
          // (tests/helpers/sharedCms.ts, sharedSite.ts).
          globalSetup: ['tests/e2e/buildCms.ts', 'tests/e2e/sharedCms.ts', 'tests/e2e/sharedSite.ts'],
          // Each other file starts its own production server; two at once is all 2 cores take.
          maxWorkers: 1,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
