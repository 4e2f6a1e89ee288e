import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../cms/src/migrations/sqlite'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'
import { archiveSuite } from './archiveSuite/archiveSuite'

archiveSuite('SQLite')

/** The drizzle-kit hooks of Payload's SQL adapters that `migrate:create` uses. */
type DrizzleKitAccess = {
  migrationDir: string
  schema: unknown
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: unknown) => Promise<unknown>
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  }
}

describe('SQLite: schema and generated files', () => {
  let archive: TestArchive
  beforeAll(async () => {
    archive = await startTestArchive()
  })
  afterAll(async () => {
    await archive.stop()
  })

  it('creates a fresh database with the committed migrations, all of them applied', async () => {
    expect(existsSync(path.join(archive.dir, 'archive.db'))).toBe(true)
    const applied = await archive.payload.find({ collection: 'payload-migrations', sort: 'name', limit: 100 })
    expect(applied.docs.map((doc) => doc.name)).toEqual(migrations.map((migration) => migration.name))
  })

  it('has a committed migration for every schema change in the collections', async () => {
    // The same comparison `payload migrate:create` makes: the latest committed snapshot against the config.
    const db = archive.payload.db as unknown as DrizzleKitAccess
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const snapshots = readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
    const committed: unknown = JSON.parse(readFileSync(path.join(db.migrationDir, snapshots.at(-1) ?? ''), 'utf8'))
    const pending = await generateMigration(committed, await generateDrizzleJson(db.schema))
    expect(pending, 'schema changed without a migration: npm run migrate:create -w cms -- NAME').toEqual([])
  })

  it('has payload-types.ts generated from the current collections', async () => {
    const generated = path.join(archive.dir, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = generated
    try {
      await generateTypes(archive.payload.config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = readFileSync(archive.payload.config.typescript.outputFile ?? '', 'utf8')
    expect(committed === readFileSync(generated, 'utf8'), 'stale types: npm run generate -w cms').toBe(true)
  })
})
