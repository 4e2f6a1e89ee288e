import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isMainThread } from 'node:worker_threads'
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

/**
 * The data folder holds the database, every original (GPS, restricted recordings) and the secret: no other
 * account on the server may read it. Makes it 0700 (also on an install that left it 0755), makes the
 * given files (the SQLite database, its WAL and shared-memory files) 0600 where they exist, and sets the
 * process umask to 077 so everything the archive writes from now on (originals, derivatives, snapshot,
 * temporary uploads) is 0600/0700.
 */
export function makeDataPrivate(dir: string, files: string[] = []): void {
  // (A worker thread may not set it: it shares the process's, set by the main thread.)
  if (isMainThread) process.umask(0o077)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  chmodSync(dir, 0o700)
  for (const file of files.flatMap((name) => [name, `${name}-wal`, `${name}-shm`]))
    if (existsSync(file)) chmodSync(file, 0o600)
}
