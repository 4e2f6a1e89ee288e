import { ConfigError } from './ConfigError'
import { parseDatabaseUrl } from './database'
import type { Env } from './Env'
import { dataDir, findRepoRoot } from './paths'
import { resolvePayloadSecret } from './secret'

/**
 * Checks the settings a server needs before it listens. On a bad setting it prints the one-line
 * message and ends the process with code 78 (EX_CONFIG), so nothing half-starts.
 */
export function assertServerEnvironment(env: Env): void {
  try {
    const root = findRepoRoot()
    parseDatabaseUrl(env.DATABASE_URL, root)
    resolvePayloadSecret(env, dataDir(env, root))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`[config] ${error.message}`)
    process.exit(78)
  }
}
