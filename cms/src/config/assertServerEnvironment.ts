import { ConfigError } from './ConfigError'
import { databaseUrlFrom, parseDatabaseUrl } from './database'
import type { Env } from './Env'
import { dataDir, findRepoRoot } from './paths'
import { resolvePayloadSecret } from './secret'
import { resolveServerUrl } from './serverUrl'

/**
 * Checks the settings a server needs before it listens. On a bad setting it prints the one-line
 * message and ends the process with code 78 (EX_CONFIG), so nothing half-starts.
 */
export function assertServerEnvironment(env: Env): void {
  try {
    const root = findRepoRoot()
    const data = dataDir(env, root)
    parseDatabaseUrl(databaseUrlFrom(env, data), root)
    resolvePayloadSecret(env, data)
    resolveServerUrl(env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`[config] ${error.message}`)
    process.exit(78)
  }
}
