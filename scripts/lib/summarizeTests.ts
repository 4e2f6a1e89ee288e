// Prints the closing line of a test run, "N passed, N failed, N skipped", from Vitest's JSON report.
// Usage: node scripts/lib/summarizeTests.ts test-results/vitest.json
import { readFileSync } from 'node:fs'

type VitestJsonReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
}

const report = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as VitestJsonReport
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
)
