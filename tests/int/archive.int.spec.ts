import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CreateAdminError, createAdmin } from '../../cms/src/auth/createAdmin'
import { migrations } from '../../cms/src/migrations/sqlite'
import { DEMO_ETHNIC_GROUPS } from '../../cms/src/seed/ethnicGroups'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'
import { localizedRecordScenario } from '../helpers/localizedRecordScenario'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

/** The drizzle-kit hooks of Payload's SQL adapters that `migrate:create` uses. */
type DrizzleKitAccess = {
  migrationDir: string
  schema: unknown
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: unknown) => Promise<unknown>
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  }
}

describe('a fresh SQLite archive', () => {
  let archive: TestArchive
  beforeAll(async () => {
    archive = await startTestArchive()
  })
  afterAll(async () => {
    await archive.stop()
  })

  it('is created by the committed migrations, all of them applied', async () => {
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

  it('stores and reads a localized record through the Local API', async () => {
    await localizedRecordScenario(archive.payload)
  })

  it('rejects a malformed ISO 639-3 code with a Vietnamese message and stores nothing', async () => {
    const attempt = archive.payload.create({
      collection: 'ethnic-groups',
      data: { slug: 'sai-ma', name: 'Sai mã', languages: [{ iso6393: 'EDE1', name: 'x' }] },
    })
    await expect(attempt).rejects.toMatchObject({
      data: {
        errors: [
          { path: 'languages.0.iso6393', message: 'Mã ISO 639-3 gồm đúng 3 chữ cái thường, ví dụ "rad" (tiếng Ê Đê)' },
        ],
      },
    })
    const stored = await archive.payload.count({ collection: 'ethnic-groups', where: { slug: { equals: 'sai-ma' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('lets no anonymous reader see users', async () => {
    await archive.payload.create({
      collection: 'users',
      data: { email: 'can-bo@vi-du.vn', password: 'mat-khau-dai-1234', roles: ['contributor'] },
    })
    await expect(archive.payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    await expect(archive.payload.count({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })
})

describe('the first user and administrators', () => {
  let archive: TestArchive
  beforeAll(async () => {
    archive = await startTestArchive()
  })
  afterAll(async () => {
    await archive.stop()
  })

  it('makes the first account an administrator, and later ones what they were given', async () => {
    const first = await archive.payload.create({
      collection: 'users',
      data: { email: 'dau-tien@vi-du.vn', password: 'mot-mat-khau-dai', roles: ['contributor'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await archive.payload.create({
      collection: 'users',
      data: { email: 'thu-hai@vi-du.vn', password: 'mot-mat-khau-dai', roles: ['reviewer'] },
    })
    expect(second.roles).toEqual(['reviewer'])
  })

  it('create-admin makes an administrator whose generated password logs in, once per address', async () => {
    const { email, password } = await createAdmin(archive.payload, '  Quan-Tri@Vi-Du.vn ')
    expect(email).toBe('quan-tri@vi-du.vn')
    expect(password).toMatch(/^[\w-]{24}$/)
    const login = await archive.payload.login({ collection: 'users', data: { email, password } })
    expect(login.user?.roles).toEqual(['admin'])

    await expect(createAdmin(archive.payload, 'quan-tri@vi-du.vn')).rejects.toThrow(
      new CreateAdminError('Đã có tài khoản quan-tri@vi-du.vn / An account for quan-tri@vi-du.vn already exists.'),
    )
    await expect(createAdmin(archive.payload, 'not-an-email')).rejects.toThrow(/Cần một địa chỉ email hợp lệ/)
  })
})

describe('demo content', () => {
  let archive: TestArchive
  beforeAll(async () => {
    archive = await startTestArchive()
  })
  afterAll(async () => {
    await archive.stop()
  })

  it('fills an empty archive once, in both languages, and never again', async () => {
    const progress: string[] = []
    const report = await seedDemoContent(archive.payload, (done, total, label) =>
      progress.push(`${done}/${total} ${label}`),
    )
    expect(report).toEqual({ created: DEMO_ETHNIC_GROUPS.length, skipped: false })
    expect(progress.at(-1)).toBe(`${DEMO_ETHNIC_GROUPS.length}/${DEMO_ETHNIC_GROUPS.length} Gia Rai`)

    const ede = await archive.payload.find({
      collection: 'ethnic-groups',
      where: { slug: { equals: 'e-de' } },
      locale: 'all',
    })
    expect(ede.docs[0]?.name).toEqual({ vi: 'Ê Đê', en: 'Ede' })
    expect(ede.docs[0]?.otherNames).toContain('Rhade')

    expect(await seedDemoContent(archive.payload)).toEqual({ created: 0, skipped: true })
    const { totalDocs } = await archive.payload.count({ collection: 'ethnic-groups' })
    expect(totalDocs).toBe(DEMO_ETHNIC_GROUPS.length)
  })
})
