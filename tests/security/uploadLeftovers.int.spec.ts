import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../cms/src/payload-types'
import { type ApiClient, apiInProcess } from '../helpers/apiInProcess'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

// Disk and originals: an upload leaves nothing behind in the temporary folder, whatever became of it; and
// the original of a PUBLIC photo (GPS position, camera serial) is not served to the public.

const PASSWORD = 'mot-mat-khau-dai-2026'
let archive: TestArchive
let api: ApiClient
const cookies: Record<string, string> = {}

const inProgress = () => {
  const dir = path.join(archive.dir, 'uploads-in-progress')
  return existsSync(dir) ? readdirSync(dir) : []
}
const upload = (bytes: Buffer | string, name: string, level = 'public') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(typeof bytes === 'string' ? Buffer.from(bytes) : bytes)]), name)
  form.append('_payload', JSON.stringify({ accessLevel: level }))
  return api.request('/api/media', { method: 'POST', cookie: cookies.editor, form })
}
/** A camera JPEG: GPS position and the camera's serial number in its EXIF. */
const cameraPhoto = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#5a3' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Máy ảnh', Model: 'X-100' },
      IFD2: { BodySerialNumber: 'SERIAL-12345' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '12/1 40/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 3/1 0/1' },
    })
    .toBuffer()

beforeAll(async () => {
  archive = await startTestArchive(undefined, { MEDIA_WORKER: 'external' })
  api = apiInProcess(archive)
  for (const [role, roles] of [
    ['editor', ['editor']],
    ['researcher', ['researcher']],
  ] as const) {
    await archive.payload.create({
      collection: 'users',
      data: { email: `${role}@vi-du.vn`, password: PASSWORD, roles: [...roles] },
    })
    cookies[role] = await api.login(`${role}@vi-du.vn`, PASSWORD)
  }
}, 120_000)
afterAll(() => archive?.stop())

describe('uploads leave nothing in uploads-in-progress', () => {
  it('after a stored upload, a refused one and one that failed in Payload', async () => {
    expect((await upload(await cameraPhoto(), 'anh.jpg')).status).toBe(201)
    expect(inProgress()).toEqual([])
    expect((await upload('<!-- x --><html><script>alert(1)</script></html>', 'trang.html')).status).toBe(400)
    expect(inProgress()).toEqual([])
    // GIF bytes sharp cannot read: Payload's own image step fails after the file was received.
    expect((await upload('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'hong.gif')).status).toBe(400)
    expect(inProgress()).toEqual([])
  })
})

describe('originals are for staff; the public gets derivatives', () => {
  it('anonymous visitors and researchers cannot fetch the original of a public photo; staff can', async () => {
    const reply = await upload(await cameraPhoto(), 'anh-gps.jpg')
    expect(reply.status, reply.text).toBe(201)
    const { filename } = (JSON.parse(reply.text) as { doc: Media }).doc
    const url = `/api/media/file/${filename}`
    for (const cookie of [undefined, cookies.researcher]) {
      const refused = await api.request(url, { cookie })
      expect(refused.status).toBe(404)
      expect(refused.text).not.toContain('SERIAL-12345')
    }
    const staff = await api.request(url, { cookie: cookies.editor })
    expect(staff.status).toBe(200)
    expect(staff.bytes.includes('SERIAL-12345')).toBe(true)
  })
})
