import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, utimesSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { handleUpload } from '../../cms/src/media/tus/handleUpload'
import { createTusServer, type TusServer } from '../../cms/src/media/tus/tusServer'
import type { Media } from '../../cms/src/payload-types'
import { type ApiClient, apiInProcess } from '../helpers/apiInProcess'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

// The tus server at /api/uploads (issue 15), answered IN-PROCESS by the route's handler (`handleUpload`,
// the same function the Next route calls) on a test archive's Payload: no production build needed.

const PASSWORD = 'mot-mat-khau-dai-2026'
let archive: TestArchive
let api: ApiClient
let tus: TusServer
let freeBytes = 1e15
const cookies: Record<string, string> = {}

const b64 = (text: string) => Buffer.from(text).toString('base64')
const send = (
  pathname: string,
  init: { method: string; cookie?: string; headers?: Record<string, string>; body?: Buffer; language?: string },
) => {
  const headers = new Headers({ 'tus-resumable': '1.0.0', ...init.headers })
  if (init.cookie) headers.set('cookie', init.cookie)
  if (init.language) headers.set('accept-language', init.language)
  return handleUpload(
    tus,
    new Request(`http://localhost:3000${pathname}`, {
      method: init.method,
      headers,
      body: init.body ? new Uint8Array(init.body) : undefined,
    }),
  )
}
const create = (
  cookie: string | undefined,
  size: number,
  name = 'anh.jpg',
  extra: Record<string, string> = { accessLevel: 'public' },
) =>
  send('/api/uploads', {
    method: 'POST',
    cookie,
    headers: {
      'upload-length': String(size),
      'upload-metadata': [
        `filename ${b64(name)}`,
        `filetype ${b64('image/jpeg')}`,
        ...Object.entries(extra).map(([k, v]) => `${k} ${b64(v)}`),
      ].join(','),
    },
  })
const idOf = (response: Response) => String(response.headers.get('location')).split('/').pop() as string
const patch = (cookie: string | undefined, id: string, offset: number, body: Buffer) =>
  send(`/api/uploads/${id}`, {
    method: 'PATCH',
    cookie,
    headers: { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    body,
  })
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error
const tusFiles = () => (existsSync(tus.store.directory) ? readdirSync(tus.store.directory) : [])
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A real JPEG, with random noise so it is large enough to send in several parts. */
const photo = () =>
  sharp(randomBytes(300 * 200 * 3), { raw: { width: 300, height: 200, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer()

beforeAll(async () => {
  archive = await startTestArchive(undefined, { MEDIA_WORKER: 'external', UPLOAD_QUOTA_GB: String(1 / 1024) })
  api = apiInProcess(archive)
  tus = createTusServer(archive.payload, { freeBytes: async () => freeBytes, reserveBytes: 0 })
  for (const [role, roles] of [
    ['contributor', ['contributor']],
    ['contributor2', ['contributor']],
    ['reviewer', ['reviewer']],
  ] as const) {
    await archive.payload.create({
      collection: 'users',
      data: { email: `${role}@vi-du.vn`, password: PASSWORD, roles: [...roles], provinces: [] } as never,
    })
    cookies[role] = await api.login(`${role}@vi-du.vn`, PASSWORD)
  }
}, 120_000)
afterAll(() => archive?.stop())

describe('a resumable upload', () => {
  it('resumed after a partial PATCH, becomes a media record whose bytes have the source SHA-256; nothing left behind', async () => {
    const bytes = await photo()
    const created = await create(cookies.contributor, bytes.length, 'le-hoi.jpg', {
      caption: 'Lễ hội cồng chiêng',
      accessLevel: 'public',
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const id = idOf(created)
    const half = Math.floor(bytes.length / 2)
    expect((await patch(cookies.contributor, id, 0, bytes.subarray(0, half))).status).toBe(204)
    const head = await send(`/api/uploads/${id}`, { method: 'HEAD', cookie: cookies.contributor })
    expect(head.headers.get('upload-offset')).toBe(String(half))
    const mine = (await (await send('/api/uploads/mine', { method: 'GET', cookie: cookies.contributor })).json()) as {
      uploads: { id: string; offset: number; filename: string }[]
    }
    expect(mine.uploads).toEqual([expect.objectContaining({ id, offset: half, filename: 'le-hoi.jpg' })])
    const last = await patch(cookies.contributor, id, half, bytes.subarray(half))
    expect(last.status, await last.clone().text()).toBe(204)
    const mediaId = last.headers.get('media-id')
    expect(mediaId).toBeTruthy()
    const media = (await archive.payload.findByID({ collection: 'media', id: String(mediaId) })) as Media
    expect(media.originalFilename).toBe('le-hoi.jpg')
    const stored = readFileSync(path.join(archive.dir, 'media', String(media.filename)))
    expect(sha(stored)).toBe(sha(bytes))
    expect(tusFiles()).toEqual([])
  })

  it('two users upload at the same time; neither can touch the other’s upload (404)', async () => {
    const [a, b] = [await photo(), await photo()]
    const [ca, cb] = await Promise.all([create(cookies.contributor, a.length), create(cookies.contributor2, b.length)])
    const [ia, ib] = [idOf(ca), idOf(cb)]
    for (const method of ['HEAD', 'DELETE']) {
      expect((await send(`/api/uploads/${ia}`, { method, cookie: cookies.contributor2 })).status).toBe(404)
    }
    const other = await patch(cookies.contributor2, ia, 0, b)
    expect(other.status).toBe(404)
    expect((await errorOf(other)).code).toBe('expired')
    const [ra, rb] = await Promise.all([patch(cookies.contributor, ia, 0, a), patch(cookies.contributor2, ib, 0, b)])
    expect([ra.status, rb.status]).toEqual([204, 204])
    expect(ra.headers.get('media-id')).not.toBe(rb.headers.get('media-id'))
    expect(tusFiles()).toEqual([])
  })
})

describe('refusals, in the contract’s JSON and the officer’s language', () => {
  it('a reviewer may not upload; no session is "signed-out"', async () => {
    const reviewer = await create(cookies.reviewer, 10)
    expect(reviewer.status).toBe(403)
    expect(await errorOf(reviewer)).toMatchObject({ code: 'forbidden' })
    const anonymous = await create(undefined, 10)
    expect(anonymous.status).toBe(401)
    expect((await errorOf(anonymous)).message).toContain('Phiên đăng nhập đã hết')
  })

  it('too big, quota and disk full are refused before any byte', async () => {
    const big = await create(cookies.contributor, 9 * 1024 ** 3)
    expect(big.status).toBe(413)
    expect((await errorOf(big)).code).toBe('too-big')
    const quota = await create(cookies.contributor, 2 * 1024 ** 2, 'anh.jpg')
    expect(quota.status).toBe(413)
    expect((await errorOf(quota)).code).toBe('quota')
    freeBytes = 1000
    const full = await create(cookies.contributor, 5000, 'anh.jpg', {})
    freeBytes = 1e15
    expect(full.status).toBe(507)
    const error = await errorOf(full)
    expect(error.code).toBe('disk-full')
    expect(error.message).toContain('Máy chủ không còn đủ chỗ trống')
    const english = await create(cookies.contributor, 9 * 1024 ** 3)
    expect(english.status).toBe(413)
    expect(tusFiles()).toEqual([])
  })

  it('an HTML page is refused in its first chunk, and its bytes are removed', async () => {
    const page = Buffer.from(`<!doctype html><html><script>alert(1)</script>${'x'.repeat(5000)}</html>`)
    const created = await create(cookies.contributor, 600_000, 'trang.jpg')
    const id = idOf(created)
    const refused = await patch(cookies.contributor, id, 0, page)
    expect(refused.status).toBe(415)
    expect((await errorOf(refused)).code).toBe('type-refused')
    expect(tusFiles()).toEqual([])
  })

  it('an upload with no new bytes for UPLOAD_EXPIRY_HOURS is removed by the cleanup', async () => {
    const created = await create(cookies.contributor, 100_000)
    const id = idOf(created)
    expect((await patch(cookies.contributor, id, 0, (await photo()).subarray(0, 5000))).status).toBe(204)
    expect(await tus.server.cleanUpExpiredUploads()).toBe(0)
    const old = new Date(Date.now() - 25 * 3600 * 1000)
    utimesSync(tus.store.pathOf(id), old, old)
    expect((await send(`/api/uploads/${id}`, { method: 'HEAD', cookie: cookies.contributor })).status).toBe(410)
    expect(await tus.server.cleanUpExpiredUploads()).toBe(1)
    expect(tusFiles()).toEqual([])
  })

  it('malformed requests are refused with 4xx JSON, never 500', async () => {
    const created = await create(cookies.contributor, 1000)
    const id = idOf(created)
    const cases: [string, Parameters<typeof send>[1]][] = [
      [
        `/api/uploads/${id}`,
        {
          method: 'PATCH',
          cookie: cookies.contributor,
          headers: { 'upload-offset': 'abc', 'content-type': 'application/offset+octet-stream' },
          body: Buffer.from('x'),
        },
      ],
      [
        `/api/uploads/${id}`,
        {
          method: 'PATCH',
          cookie: cookies.contributor,
          headers: { 'upload-offset': '-5', 'content-type': 'application/offset+octet-stream' },
          body: Buffer.from('x'),
        },
      ],
      [
        `/api/uploads/${id}`,
        {
          method: 'PATCH',
          cookie: cookies.contributor,
          headers: { 'upload-offset': '0', 'content-type': 'text/plain' },
          body: Buffer.from('x'),
        },
      ],
      [
        `/api/uploads/${id}`,
        {
          method: 'PATCH',
          cookie: cookies.contributor,
          headers: { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'tus-resumable': '' },
          body: Buffer.from('x'),
        },
      ],
      ['/api/uploads', { method: 'POST', cookie: cookies.contributor, headers: { 'upload-length': '-1' } }],
      [
        '/api/uploads',
        { method: 'POST', cookie: cookies.contributor, headers: { 'upload-length': '99999999999999999999999' } },
      ],
      ['/api/uploads', { method: 'POST', cookie: cookies.contributor, headers: { 'upload-defer-length': '1' } }],
      [
        '/api/uploads',
        {
          method: 'POST',
          cookie: cookies.contributor,
          headers: { 'upload-length': '10', 'upload-metadata': 'filename !!!notbase64' },
        },
      ],
      ['/api/uploads/..%2F..%2Farchive.db', { method: 'HEAD', cookie: cookies.contributor }],
    ]
    for (const [pathname, init] of cases) {
      const response = await send(pathname, init)
      expect(response.status, `${init.method} ${JSON.stringify(init.headers)}`).toBeGreaterThanOrEqual(400)
      expect(response.status, `${init.method} ${JSON.stringify(init.headers)}`).toBeLessThan(500)
      if (init.method !== 'HEAD') expect((await errorOf(response)).code).toMatch(/^[a-z-]+$/)
    }
    // Still serving.
    expect((await send(`/api/uploads/${id}`, { method: 'HEAD', cookie: cookies.contributor })).status).toBe(200)
  })
})
