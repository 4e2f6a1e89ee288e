import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../cms/src/payload-types'
import { type ApiClient, apiInProcess } from '../helpers/apiInProcess'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

// An uploader names a file so that it reads as something else in the admin: a right-to-left override
// makes "anh-le-hoi\u202Egpj.exe" show as "anh-le-hoiexe.jpg". Every displayed name is stripped of bidi and
// control characters, so it shows what it is.

const PASSWORD = 'mot-mat-khau-dai-2026'
let archive: TestArchive
let api: ApiClient
let editor: string
let photo: Buffer

const upload = async (name: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
  const reply = await api.request('/api/media', { method: 'POST', cookie: editor, form })
  expect(reply.status, reply.text).toBe(201)
  return (JSON.parse(reply.text) as { doc: Media }).doc
}

beforeAll(async () => {
  archive = await startTestArchive(undefined, { MEDIA_WORKER: 'external' })
  api = apiInProcess(archive)
  await archive.payload.create({
    collection: 'users',
    data: { email: 'editor@vi-du.vn', password: PASSWORD, roles: ['editor'] },
  })
  editor = await api.login('editor@vi-du.vn', PASSWORD)
  photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#333' } })
    .jpeg()
    .toBuffer()
}, 120_000)
afterAll(() => archive?.stop())

describe('file names that pretend to be something else', () => {
  it.each([
    ['anh-le-hoi\u202Egpj.exe', 'anh-le-hoigpj.exe'],
    ['\u2067anh\u2069.jpg', 'anh.jpg'],
    ['anh\u200F\u200E\u061C.jpg', 'anh.jpg'],
    ['anh\u202Atep\u202C.jpg', 'anhtep.jpg'],
    ['anh\u200B\u2028\u2029le.jpg', 'anhle.jpg'],
  ])('%j is shown as %j (and stored under a random .jpg name)', async (name, shown) => {
    const doc = await upload(name)
    expect(doc.originalFilename).toBe(shown)
    expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
  })

  it('a name stored before the fix is shown clean too', async () => {
    const doc = await upload('cu.jpg')
    await archive.payload.db.updateOne({
      collection: 'media',
      id: doc.id,
      data: { originalFilename: 'anh-le-hoi\u202Egpj.exe' },
    })
    const read = await api.request(`/api/media/${doc.id}`, { cookie: editor })
    expect((JSON.parse(read.text) as Media).originalFilename).toBe('anh-le-hoigpj.exe')
  })
})
