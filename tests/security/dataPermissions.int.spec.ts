import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../cms/src/payload-types'
import { type ApiClient, apiInProcess } from '../helpers/apiInProcess'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

// Another account on the server (a shell user, a compromised web server of another site) reads
// `data/archive.db` and the originals if they are world-readable. The data folder is 0700, the
// database and stored files 0600 — also on an install that made them 0755/0644 before.

const PASSWORD = 'mot-mat-khau-dai-2026'
const base = mkdtempSync(path.join(tmpdir(), 'disanso-modes-'))
const data = path.join(base, 'data')
let archive: TestArchive
let api: ApiClient

/** Group and other permission bits of a path: none may be set. */
const openBits = (file: string) => (statSync(file).mode & 0o077).toString(8)
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? [full, ...walk(full)] : [full]
  })

beforeAll(async () => {
  // An existing install, as the old code left it: a world-readable folder and database.
  chmodSync(base, 0o755)
  mkdirSync(data, { mode: 0o755 })
  chmodSync(data, 0o755)
  writeFileSync(path.join(data, 'archive.db'), '', { mode: 0o644 })
  chmodSync(path.join(data, 'archive.db'), 0o644)
  archive = await startTestArchive(undefined, {
    DATA_DIR: data,
    DATABASE_URL: `file:${path.join(data, 'archive.db')}`,
    MEDIA_WORKER: 'external',
  })
  api = apiInProcess(archive)
  await archive.payload.create({
    collection: 'users',
    data: { email: 'editor@vi-du.vn', password: PASSWORD, roles: ['editor'] },
  })
}, 120_000)
afterAll(async () => {
  await archive?.stop()
  rmSync(base, { recursive: true, force: true })
})

describe('the data folder is private to the archive', () => {
  it('data folder 0700; database, originals, derivatives not readable by other accounts', async () => {
    const editor = await api.login('editor@vi-du.vn', PASSWORD)
    const form = new FormData()
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#246' } })
      .jpeg()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'anh.jpg')
    form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
    const reply = await api.request('/api/media', { method: 'POST', cookie: editor, form })
    expect(reply.status, reply.text).toBe(201)
    const { filename } = (JSON.parse(reply.text) as { doc: Media }).doc
    for (let round = 0; round < 10; round += 1)
      if ((await archive.payload.jobs.run({ queue: 'media', limit: 1, silent: true })).noJobsRemaining) break

    expect(statSync(data).mode & 0o777).toBe(0o700)
    expect(openBits(path.join(data, 'archive.db'))).toBe('0')
    expect(openBits(path.join(data, 'media', String(filename)))).toBe('0')
    const everything = walk(data)
    expect(everything.some((file) => file.includes(`${path.sep}derivatives${path.sep}`))).toBe(true)
    for (const file of everything) expect(openBits(file), file).toBe('0')
  })
})
