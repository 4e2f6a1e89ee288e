import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** Vitest global setup for browser tests: the production build they run against, rebuilt only when stale. */
export default function buildCms(): void {
  const root = path.resolve(import.meta.dirname, '../..')
  const result = spawnSync('bash', ['scripts/build-cms.sh'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`[e2e] scripts/build-cms.sh failed with exit code ${result.status}`)
}
