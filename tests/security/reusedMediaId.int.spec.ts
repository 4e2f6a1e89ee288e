import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { Migration } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../cms/src/migrations/sqlite'
import type { Media } from '../../cms/src/payload-types'
import { demoImage } from '../../cms/src/seed/demoMedia'
import { type ApiClient, apiInProcess } from '../helpers/apiInProcess'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

// A restricted recording is deleted; the next upload must never inherit its id, its files or its URLs
// (DESIGN.md §5 "Nothing outlives its record").

const PASSWORD = 'mot-mat-khau-dai-2026'
let archive: TestArchive
let api: ApiClient
let editor: string

const runQueue = async () => {
  for (let round = 0; round < 20; round += 1)
    if ((await archive.payload.jobs.run({ queue: 'media', limit: 1, silent: true })).noJobsRemaining) return
}
const upload = async (level: 'public' | 'restricted', name: string) => {
  const photo = await demoImage(level === 'public' ? 30 : 200, name)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(photo.data)], { type: 'image/jpeg' }), name)
  form.append(
    '_payload',
    JSON.stringify({ accessLevel: level, ...(level === 'restricted' ? { accessReason: 'Nghi lễ kín' } : {}) }),
  )
  const reply = await api.request('/api/media', { method: 'POST', cookie: editor, form })
  expect(reply.status, reply.text).toBe(201)
  return (JSON.parse(reply.text) as { doc: Media }).doc
}
const reload = (id: Media['id']) => archive.payload.findByID({ collection: 'media', id, overrideAccess: true })
const derivativesOf = (id: Media['id']) => path.join(archive.dir, 'derivatives', String(id))

beforeAll(async () => {
  // The test runs the queue itself (no in-process worker racing it).
  archive = await startTestArchive(undefined, { MEDIA_RETRY_SECONDS: '0', MEDIA_WORKER: 'external' })
  api = apiInProcess(archive)
  await archive.payload.create({
    collection: 'users',
    data: { email: 'editor@vi-du.vn', password: PASSWORD, roles: ['editor'] },
  })
  editor = await api.login('editor@vi-du.vn', PASSWORD)
}, 120_000)
afterAll(() => archive?.stop())

describe('a deleted restricted file never comes back under a reused id', () => {
  it('deleting removes the original and the derivatives; the next upload gets a new id and serves nothing of the old', async () => {
    const secret = await upload('restricted', 'nghi-le-kin.jpg')
    await runQueue()
    const processed = await reload(secret.id)
    const oldFiles = Object.values(processed.derivatives as Record<string, string>)
    expect(oldFiles.length).toBeGreaterThan(0)
    expect(existsSync(path.join(derivativesOf(secret.id), oldFiles[0] as string))).toBe(true)

    const deleted = await api.request(`/api/media/${secret.id}`, { method: 'DELETE', cookie: editor })
    expect(deleted.status, deleted.text).toBe(200)
    expect(existsSync(derivativesOf(secret.id))).toBe(false)
    expect(existsSync(path.join(archive.dir, 'media', String(secret.filename)))).toBe(false)

    const fresh = await upload('public', 'anh-cong-khai.jpg')
    expect(fresh.id).not.toBe(secret.id)
    expect(Number(fresh.id)).toBeGreaterThan(Number(secret.id))
    for (const file of [...oldFiles, ...oldFiles.map((name) => `../${secret.id}/${name}`)]) {
      const anonymous = await api.request(`/api/media/${fresh.id}/derivatives/${file}`)
      expect(anonymous.status, file).toBe(404)
      const viaOld = await api.request(`/api/media/${secret.id}/derivatives/${file}`, { cookie: editor })
      expect(viaOld.status, file).toBe(404)
    }
  })

  it('processing starts from an empty output folder: a stray file there is never listed or served', async () => {
    const media = await upload('public', 'anh-moi.jpg')
    await runQueue()
    const stray = path.join(derivativesOf(media.id), 'audio', 'audio.mp3')
    mkdirSync(path.dirname(stray), { recursive: true })
    writeFileSync(stray, 'ID3 nghi le kin')
    const again = await api.request(`/api/media/${media.id}/process`, { method: 'POST', cookie: editor })
    expect(again.status, again.text).toBe(202)
    expect(existsSync(stray)).toBe(false)
    await runQueue()
    expect((await reload(media.id)).processing).toMatchObject({ status: 'done' })
    expect(readdirSync(derivativesOf(media.id))).not.toContain('audio')
    expect((await api.request(`/api/media/${media.id}/derivatives/audio/audio.mp3`)).status).toBe(404)
  })
})

describe('ids are never reused, in every table (the AUTOINCREMENT migration)', () => {
  const autoincrement = migrations.find((migration) => migration.name.endsWith('_autoincrement_ids'))
  const tableSql = async (table: string) => {
    const rows = (await archive.payload.db.drizzle.all(
      sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
    )) as { sql: string }[]
    return rows[0]?.sql ?? ''
  }

  it('declares AUTOINCREMENT on every table whose id is a number and names a record', async () => {
    const tables = (await archive.payload.db.drizzle.all(
      sql`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%\`id\` integer PRIMARY KEY%'`,
    )) as { name: string; sql: string }[]
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['media', 'heritage_items', 'users']))
    // Localized values and relation rows are reached through their record only: their ids name nothing.
    for (const table of tables.filter(({ name }) => !/_(locales|rels|texts|numbers)$/.test(name)))
      expect(table.sql, table.name).toContain('AUTOINCREMENT')
  })

  it('keeps every row (and its localized and array rows) of an archive migrated from before it', async () => {
    expect(autoincrement).toBeDefined()
    const { payload } = archive
    const req = { payload } as Parameters<(typeof migrations)[number]['down']>[0]['req']
    await autoincrement?.down({ db: payload.db.drizzle, payload, req } as Parameters<
      (typeof migrations)[number]['down']
    >[0])
    await payload.delete({
      collection: 'payload-migrations',
      where: { name: { equals: autoincrement?.name } },
      overrideAccess: true,
    })
    expect(await tableSql('media')).not.toContain('AUTOINCREMENT')

    const person = await payload.create({
      collection: 'people',
      draft: false,
      data: { _status: 'published', name: 'Già làng Y Moan', roles: ['artisan'], accessLevel: 'public' },
      overrideAccess: true,
    })
    const caption = await payload.create({
      collection: 'media',
      data: { accessLevel: 'public', caption: 'Chú thích tiếng Việt' },
      file: await demoImage(10, 'giu-lai.jpg'),
      overrideAccess: true,
    })
    await payload.update({
      collection: 'media',
      id: caption.id,
      locale: 'en',
      data: { caption: 'English caption' },
      overrideAccess: true,
    })
    const before = {
      media: (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
      people: (await payload.count({ collection: 'people', overrideAccess: true })).totalDocs,
      users: (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
    }

    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

    expect(await tableSql('media')).toContain('AUTOINCREMENT')
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before.media)
    expect((await payload.count({ collection: 'people', overrideAccess: true })).totalDocs).toBe(before.people)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before.users)
    const kept = await payload.findByID({ collection: 'media', id: caption.id, locale: 'all', overrideAccess: true })
    expect(kept.caption).toEqual({ vi: 'Chú thích tiếng Việt', en: 'English caption' })
    const keptPerson = await payload.findByID({ collection: 'people', id: person.id, overrideAccess: true })
    expect(keptPerson.roles).toEqual(['artisan'])

    // After deleting the highest id, the next row gets a new one.
    const top = (await payload.find({ collection: 'media', sort: '-id', limit: 1, overrideAccess: true })).docs[0]
    await payload.delete({ collection: 'media', id: top?.id as number, overrideAccess: true })
    const next = await payload.create({
      collection: 'media',
      data: { accessLevel: 'public' },
      file: await demoImage(20, 'moi.jpg'),
      overrideAccess: true,
    })
    expect(Number(next.id)).toBeGreaterThan(Number(top?.id))
  })
})
