import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Env } from './Env'

const ROOT_PACKAGE_NAME = 'di-san-so'

/**
 * The repository root: the nearest folder upwards holding the root package.json. Found from the
 * working directory rather than `import.meta.url`, which points into `.next/` once Next bundles us.
 */
export function findRepoRoot(from: string = process.cwd()): string {
  // Resolved at run time, not a file to bundle: keep Turbopack from tracing the whole project.
  const start = path.resolve(/*turbopackIgnore: true*/ from)
  let dir = start
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest) && readPackageName(manifest) === ROOT_PACKAGE_NAME) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return start
    dir = parent
  }
}

function readPackageName(file: string): string | undefined {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
  return typeof parsed === 'object' && parsed !== null && 'name' in parsed && typeof parsed.name === 'string'
    ? parsed.name
    : undefined
}

/** Where the embedded defaults keep their state (SQLite file, generated secret); `DATA_DIR` moves it. */
export function dataDir(env: Env = process.env, root: string = findRepoRoot()): string {
  return path.resolve(root, env.DATA_DIR || 'data')
}
