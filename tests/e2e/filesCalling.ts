import { readFileSync } from 'node:fs'

import type { TestProject } from 'vitest/node'

/** The test files of this run (after the command line's file filters) whose source contains `mark`. */
export async function filesCalling(project: TestProject, mark: string): Promise<string[]> {
  const { testFiles } = await project.globTestFiles(cliFilters(project))
  return testFiles.filter((file) => readFileSync(file, 'utf8').includes(mark))
}

/**
 * The file filters given on the command line (`vitest run tests/e2e/x.e2e.spec.ts`). Vitest 5 keeps them on an
 * internal field; should it move, every file counts and a shared fixture is made when not needed, no worse.
 */
function cliFilters(project: TestProject): string[] | undefined {
  const pattern = 'filenamePattern' in project.vitest ? project.vitest.filenamePattern : undefined
  return Array.isArray(pattern) ? pattern.filter((filter): filter is string => typeof filter === 'string') : undefined
}
