import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload, type Payload } from 'payload'

import { archiveConfig } from '../../cms/src/config/archiveConfig'

export type TestArchive = { payload: Payload; dir: string; stop: () => Promise<void> }

/**
 * Starts Payload through its Local API on a database of its own: a fresh SQLite file in a temp
 * folder by default, or the given DATABASE_URL (the live MongoDB suite). Pair with `stop()`.
 */
export async function startTestArchive(
  databaseUrl?: string,
  extraEnv: Record<string, string> = {},
): Promise<TestArchive> {
  const dir = mkdtempSync(path.join(tmpdir(), 'disanso-int-'))
  const env = {
    NODE_ENV: 'test',
    DATA_DIR: dir,
    DATABASE_URL: databaseUrl ?? `file:${path.join(dir, 'archive.db')}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ...extraEnv,
  }
  const config = await buildConfig({ ...archiveConfig(env), logger: { options: { level: 'warn' } } })
  const payload = await getPayload({ config, key: `test-${path.basename(dir)}` })
  return {
    payload,
    dir,
    stop: async () => {
      // A MongoDB test database is dropped; a SQLite one goes with its folder below. (Both adapters
      // augment Payload's DatabaseAdapter type, so name the one member used.)
      const db = payload.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } }
      await db.connection?.dropDatabase()
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
