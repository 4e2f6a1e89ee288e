import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messageIn } from '../../cms/src/i18n/localMessage'
import { MESSAGES } from '../../cms/src/i18n/messages'
import { createTusServer, type TusServer } from '../../cms/src/media/tus/tusServer'
import type { Media } from '../../cms/src/payload-types'
import { type ApiClient, apiInProcess } from '../helpers/apiInProcess'
import { hostileText } from '../helpers/canary'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'
import { b64, idOf, noiseJpeg, signedInContributor, tusSender } from '../helpers/tusInProcess'

// The tus server at /api/uploads (issue 15), answered IN-PROCESS by the route's handler (`handleUpload`,
// the same function the Next route calls) on a test archive's Payload: no production build needed.

const PASSWORD = 'mot-mat-khau-dai-2026'
let archive: TestArchive
let api: ApiClient
let tus: TusServer
let freeBytes = 1e15
let previousTmp: string | undefined
const cookies: Record<string, string> = {}

const send = tusSender(() => tus)
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
const patch = (cookie: string | undefined, id: string, offset: number, body: Buffer) =>
  send(`/api/uploads/${id}`, {
    method: 'PATCH',
    cookie,
    headers: { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    body,
  })
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error
/**
 * What the uploads folder holds, less the folder of notes of uploads that became records (`recorded/`: no
 * bytes, kept until expiry so a client whose last answer was lost finds its upload complete).
 */
const tusFiles = () =>
  (existsSync(tus.store.directory) ? readdirSync(tus.store.directory) : []).filter((file) => file !== 'recorded')
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A real JPEG, with random noise so it is large enough to send in several parts. */
const photo = () => noiseJpeg(300, 200)

beforeAll(async () => {
  archive = await startTestArchive(undefined, {
    MEDIA_WORKER: 'external',
    UPLOAD_QUOTA_GB: String(1 / 1024),
    SERVER_URL: 'http://localhost:3000',
  })
  api = apiInProcess(archive)
  // Every temporary file of this process from now on goes here: the last test asserts it stays empty.
  previousTmp = process.env.TMPDIR
  process.env.TMPDIR = mkdtempSync(path.join(os.tmpdir(), 'tus-int-tmp-'))
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
afterAll(async () => {
  process.env.TMPDIR = previousTmp
  await archive?.stop()
})

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
      uploads: { id: string; offset: number; filename: string; accessLevel: string }[]
    }
    expect(mine.uploads).toEqual([
      expect.objectContaining({ id, offset: half, filename: 'le-hoi.jpg', accessLevel: 'public' }),
    ])
    const { ino } = statSync(tus.store.pathOf(id))
    const last = await patch(cookies.contributor, id, half, bytes.subarray(half))
    expect(last.status, await last.clone().text()).toBe(204)
    const mediaId = last.headers.get('media-id')
    expect(mediaId).toBeTruthy()
    const media = (await archive.payload.findByID({ collection: 'media', id: String(mediaId) })) as Media
    expect(media.originalFilename).toBe('le-hoi.jpg')
    const stored = readFileSync(path.join(archive.dir, 'media', String(media.filename)))
    expect(sha(stored)).toBe(sha(bytes))
    // Moved into place (the same file, hard-linked), not copied.
    expect(statSync(path.join(archive.dir, 'media', String(media.filename))).ino).toBe(ino)
    expect(media.caption).toBe('Lễ hội cồng chiêng')
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
    expect((await errorOf(other)).code).toBe('not-found')
    const [ra, rb] = await Promise.all([patch(cookies.contributor, ia, 0, a), patch(cookies.contributor2, ib, 0, b)])
    expect([ra.status, rb.status]).toEqual([204, 204])
    expect(ra.headers.get('media-id')).not.toBe(rb.headers.get('media-id'))
    expect(tusFiles()).toEqual([])
  })
})

describe('the end of an upload survives a lost answer and a server error (review of issue 15)', () => {
  it('the last answer lost: HEAD says complete with the same Media-Id, and the empty last PATCH again makes no second record', async () => {
    const bytes = await photo()
    const id = idOf(await create(cookies.contributor, bytes.length, 'mat-tra-loi.jpg'))
    const last = await patch(cookies.contributor, id, 0, bytes)
    expect(last.status, await last.clone().text()).toBe(204)
    const mediaId = last.headers.get('media-id')
    const head = await send(`/api/uploads/${id}`, { method: 'HEAD', cookie: cookies.contributor })
    expect([head.status, head.headers.get('upload-offset'), head.headers.get('media-id')]).toEqual([
      200,
      String(bytes.length),
      mediaId,
    ])
    const again = await patch(cookies.contributor, id, bytes.length, Buffer.alloc(0))
    expect([again.status, again.headers.get('media-id')]).toEqual([204, mediaId])
    const records = await archive.payload.count({
      collection: 'media',
      where: { originalFilename: { equals: 'mat-tra-loi.jpg' } },
    })
    expect(records.totalDocs).toBe(1)
    // Someone else still gets nothing.
    expect((await send(`/api/uploads/${id}`, { method: 'HEAD', cookie: cookies.contributor2 })).status).toBe(404)
    expect(tusFiles()).toEqual([])
  })

  it("a server error while the record is made keeps the bytes; the client's HEAD makes the record without a resend", async () => {
    const bytes = await photo()
    const id = idOf(await create(cookies.contributor, bytes.length, 'loi-may-chu.jpg'))
    const create_ = archive.payload.create.bind(archive.payload)
    let failed = false
    archive.payload.create = (async (args: Parameters<typeof create_>[0]) => {
      if (args.collection === 'media' && !failed) {
        failed = true
        throw new Error('SQLITE_BUSY: database is locked')
      }
      return create_(args)
    }) as typeof create_
    try {
      const last = await patch(cookies.contributor, id, 0, bytes)
      expect(last.status).toBe(500)
      expect(await errorOf(last)).toEqual({ code: 'bad-request', message: messageIn('vi', MESSAGES.tusFinishFailed) })
    } finally {
      archive.payload.create = create_
    }
    expect(tusFiles()).toContain(id)
    const head = await send(`/api/uploads/${id}`, { method: 'HEAD', cookie: cookies.contributor })
    expect([head.status, head.headers.get('upload-offset')]).toEqual([200, String(bytes.length)])
    const media = (await archive.payload.findByID({
      collection: 'media',
      id: String(head.headers.get('media-id')),
    })) as Media
    expect(sha(readFileSync(path.join(archive.dir, 'media', String(media.filename))))).toBe(sha(bytes))
    expect(tusFiles()).toEqual([])
  })
})

describe('who may upload, and how they sign in', () => {
  it('a JWT in Authorization works; a session cookie sent from another site (CSRF) does not', async () => {
    const token = String(cookies.contributor).replace('payload-token=', '')
    const withJwt = await send('/api/uploads', {
      method: 'POST',
      headers: {
        authorization: `JWT ${token}`,
        'upload-length': '10',
        'upload-metadata': `filename ${b64('a.jpg')},accessLevel ${b64('public')}`,
      },
    })
    expect(withJwt.status).toBe(201)
    await send(`/api/uploads/${idOf(withJwt)}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
    const forged = await send('/api/uploads', {
      method: 'POST',
      cookie: cookies.contributor,
      headers: {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'upload-length': '10',
        'upload-metadata': `filename ${b64('a.jpg')}`,
      },
    })
    expect(forged.status).toBe(401)
    expect(forged.headers.get('access-control-allow-origin')).not.toBe('*')
    expect(tusFiles()).toEqual([])
  })

  it('lists each unfinished upload with the access level its record will get, read as the finish reads it', async () => {
    const spaced = await create(cookies.contributor, 1000, 'khoang-trang.jpg', { accessLevel: ' public ' })
    const none = await create(cookies.contributor, 1000, 'khong-ghi.jpg', { accessReason: 'Chưa hỏi ý buôn' })
    expect([spaced.status, none.status]).toEqual([201, 201])
    const { uploads } = (await (
      await send('/api/uploads/mine', { method: 'GET', cookie: cookies.contributor })
    ).json()) as {
      uploads: { filename: string; accessLevel: string }[]
    }
    const levelOf = (filename: string) => uploads.find((upload) => upload.filename === filename)?.accessLevel
    expect([levelOf('khoang-trang.jpg'), levelOf('khong-ghi.jpg')]).toEqual(['public', 'restricted'])
    for (const created of [spaced, none])
      await send(`/api/uploads/${idOf(created)}`, { method: 'DELETE', cookie: cookies.contributor })
  })

  it('a hostile file name comes back as JSON data, never as a page', async () => {
    const name = `${hostileText('tus-filename')}.jpg`
    const created = await create(cookies.contributor, 1000, name)
    const mine = await send('/api/uploads/mine', { method: 'GET', cookie: cookies.contributor })
    expect(mine.headers.get('content-type')).toContain('application/json')
    const { uploads } = (await mine.json()) as { uploads: { filename: string }[] }
    // As data, and without the bidi controls that would show `‮gpj.exe` reversed (as every display name).
    const shown = uploads.map((upload) => upload.filename)
    expect(shown).toContain(name.replace(/[\u2028\u2029\u202E]/g, ''))
    expect(shown.join('')).not.toMatch(/[\u202E\u2028\u2029]/)
    expect((await send('/api/uploads/mine', { method: 'GET', cookie: cookies.contributor2 })).status).toBe(200)
    const others = (await (
      await send('/api/uploads/mine', { method: 'GET', cookie: cookies.contributor2 })
    ).json()) as {
      uploads: unknown[]
    }
    expect(others.uploads).toEqual([])
    expect((await send('/api/uploads/mine', { method: 'GET', cookie: cookies.reviewer })).status).toBe(403)
    await send(`/api/uploads/${idOf(created)}`, { method: 'DELETE', cookie: cookies.contributor })
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
    const full = await create(cookies.contributor, 5000, 'anh.jpg')
    freeBytes = 1e15
    expect(full.status).toBe(507)
    const error = await errorOf(full)
    expect(error.code).toBe('disk-full')
    expect(error.message).toContain('Máy chủ không còn đủ chỗ trống')
    const english = await send('/api/uploads', {
      method: 'POST',
      cookie: cookies.contributor,
      language: 'en-GB,en;q=0.9',
      headers: { 'upload-length': String(9 * 1024 ** 3), 'upload-metadata': `filename ${b64('a.jpg')}` },
    })
    expect(english.status).toBe(413)
    expect((await errorOf(english)).message).toContain('The file is too large for this server (limit 8 GB)')
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
    // The registered job does the cleanup, on its queue.
    await archive.payload.jobs.queue({ task: 'expireUploads', queue: 'uploads', input: {} })
    await archive.payload.jobs.run({ queue: 'uploads' })
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
      if (init.method === 'HEAD') continue
      const error = await errorOf(response)
      expect(error.code).toMatch(/^[a-z-]+$/)
      // In the officer's language: none of tus's own English text.
      expect(error.message).not.toMatch(/Invalid|header required|conflict|is invalid|Something went wrong/)
    }
    // A missing Upload-Offset is a malformed request (tus answers 403), not "you may not upload".
    const noOffset = await send(`/api/uploads/${id}`, {
      method: 'PATCH',
      cookie: cookies.contributor,
      headers: { 'content-type': 'application/offset+octet-stream' },
      body: Buffer.from('x'),
    })
    expect(await errorOf(noOffset)).toEqual({
      code: 'bad-request',
      message: messageIn('vi', MESSAGES.tusBadRequest, { reason: 'thiếu tiêu đề Upload-Offset' }),
    })
    // Still serving.
    expect((await send(`/api/uploads/${id}`, { method: 'HEAD', cookie: cookies.contributor })).status).toBe(200)
    await send(`/api/uploads/${id}`, { method: 'DELETE', cookie: cookies.contributor })
    expect(tusFiles()).toEqual([])
  })
})

describe('the record is checked before any byte, and again at the end (issue 15, second pass)', () => {
  const placeId = async (name: string) =>
    (
      await archive.payload.create({
        collection: 'places',
        data: { name, type: 'commune' } as never,
        overrideAccess: true,
      })
    ).id
  const mediaCount = async () => (await archive.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  it('metadata the media record would refuse is refused at creation, naming the field as the admin does', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ accessLevel: 'bi-mat' }, 'Mức truy cập', 'vi'],
      [{ accessLevel: 'restricted' }, 'Lý do hạn chế', 'vi'],
      [{ accessLevel: 'community', accessReason: '   ' }, 'Lý do hạn chế', 'vi'],
      [{}, 'Lý do hạn chế', 'vi'],
      [{ accessLevel: 'public', recordedWhere: '999999' }, 'Ghi tại', 'vi'],
      [{ accessLevel: 'public', recordedWhere: '../places' }, 'Ghi tại', 'vi'],
      [{ accessLevel: 'public', recordedAt: '2026-02-30' }, 'Ghi lúc', 'vi'],
      [{ accessLevel: 'public', recordedAt: 'hôm qua' }, 'Ghi lúc', 'vi'],
      [{ accessLevel: 'public', languages: 'rad,Ê Đê' }, 'Ngôn ngữ sử dụng', 'vi'],
      [{ accessLevel: 'public', recordedWhere: '999999' }, 'Recorded at', 'en'],
      [{ accessLevel: 'bi-mat' }, 'Access level', 'en'],
    ]
    const before = await mediaCount()
    for (const [metadata, label, language] of cases) {
      const response = await send('/api/uploads', {
        method: 'POST',
        cookie: cookies.contributor,
        language: language === 'en' ? 'en' : 'vi',
        headers: {
          'upload-length': '1000',
          'upload-metadata': [
            `filename ${b64('anh.jpg')}`,
            ...Object.entries(metadata).map(([k, v]) => `${k} ${b64(v)}`),
          ].join(','),
        },
      })
      const what = JSON.stringify(metadata)
      expect(response.status, what).toBe(400)
      const error = await errorOf(response)
      expect(error.code, what).toBe('bad-request')
      expect(error.message, what).toContain(language === 'en' ? `“${label}”` : `«${label}»`)
      expect(error.message, what).toContain(language === 'en' ? 'Nothing was sent' : 'Chưa gửi tệp')
      expect(error.message, what).not.toMatch(/following field|invalid relationships/i)
    }
    expect(tusFiles()).toEqual([])
    expect(await mediaCount()).toBe(before)
  })

  it('a complete, correct description is accepted and ends up on the media record', async () => {
    const place = await placeId('Buôn Akô Dhông')
    const bytes = await photo()
    const created = await create(cookies.contributor, bytes.length, 'cong-chieng.jpg', {
      accessLevel: 'community',
      accessReason: 'Chỉ dành cho cộng đồng buôn',
      recordedWhere: String(place),
      recordedAt: '2025-03-01',
      languages: 'rad, vie',
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const done = await patch(cookies.contributor, idOf(created), 0, bytes)
    expect(done.status, await done.clone().text()).toBe(204)
    const media = (await archive.payload.findByID({
      collection: 'media',
      id: String(done.headers.get('media-id')),
      depth: 0,
    })) as Media
    expect(media).toMatchObject({ accessLevel: 'community', recordedWhere: place, languages: ['rad', 'vie'] })
    expect(String(media.recordedAt)).toMatch(/^2025-03-01/)
  })

  it('a place deleted while the file was sent: the last PATCH says why in Vietnamese, and nothing is left', async () => {
    const place = await placeId('Buôn sẽ bị xóa')
    const bytes = await photo()
    const created = await create(cookies.contributor, bytes.length, 'anh.jpg', {
      accessLevel: 'public',
      recordedWhere: String(place),
    })
    expect(created.status).toBe(201)
    const id = idOf(created)
    const half = Math.floor(bytes.length / 2)
    expect((await patch(cookies.contributor, id, 0, bytes.subarray(0, half))).status).toBe(204)
    await archive.payload.delete({ collection: 'places', id: place, overrideAccess: true })
    const before = await mediaCount()
    const last = await patch(cookies.contributor, id, half, bytes.subarray(half))
    expect(last.status).toBe(400)
    const error = await errorOf(last)
    expect(error.code).toBe('bad-request')
    expect(error.message).toBe(
      'Tệp đã gửi đủ nhưng không lưu được thành tư liệu: thông tin «Ghi tại» chưa đúng — không có nơi này, hoặc bạn không được xem nơi này. Phần đã gửi không được giữ lại; hãy sửa rồi tải tệp lên lại.',
    )
    expect(await mediaCount()).toBe(before)
    expect(tusFiles()).toEqual([])
  })

  it('a user who lost the contributor role mid-upload is refused before the last bytes; the part sent is kept', async () => {
    const user = (
      await archive.payload.find({ collection: 'users', where: { email: { equals: 'contributor2@vi-du.vn' } } })
    ).docs[0] as { id: number }
    const bytes = await photo()
    const created = await create(cookies.contributor2, bytes.length)
    const id = idOf(created)
    const half = Math.floor(bytes.length / 2)
    expect((await patch(cookies.contributor2, id, 0, bytes.subarray(0, half))).status).toBe(204)
    await archive.payload.update({ collection: 'users', id: user.id, data: { roles: ['reviewer'] } as never })
    const refused = await patch(cookies.contributor2, id, half, bytes.subarray(half))
    expect(refused.status).toBe(403)
    expect((await errorOf(refused)).message).toContain('Tài khoản của bạn không được thêm')
    expect(tusFiles()).toContain(id)
    await archive.payload.update({ collection: 'users', id: user.id, data: { roles: ['contributor'] } as never })
    const resumed = await patch(cookies.contributor2, id, half, bytes.subarray(half))
    expect(resumed.status, await resumed.clone().text()).toBe(204)
    expect(resumed.headers.get('media-id')).toBeTruthy()
    expect(tusFiles()).toEqual([])
  })

  it('an id that never existed, or is someone else’s, is "not found" — true in both cases', async () => {
    const mine = idOf(await create(cookies.contributor, 1000))
    for (const [id, cookie] of [
      ['0123456789abcdef0123456789abcdef', cookies.contributor],
      [mine, cookies.contributor2],
    ] as const) {
      const response = await patch(cookie, id, 0, Buffer.from('x'))
      expect(response.status).toBe(404)
      const error = await errorOf(response)
      expect(error.code).toBe('not-found')
      expect(error.message).toContain('có thể nó đã quá hạn hoặc đã bị hủy, hoặc không phải của bạn')
    }
    await send(`/api/uploads/${mine}`, { method: 'DELETE', cookie: cookies.contributor })
    expect(tusFiles()).toEqual([])
  })

  it('500 unfinished uploads at once is the most one user may hold, whatever their size', async () => {
    const ids: string[] = []
    for (let batch = 0; batch < 10; batch++)
      ids.push(
        ...(await Promise.all(Array.from({ length: 50 }, () => create(cookies.contributor2, 1)))).map((created) => {
          expect(created.status).toBe(201)
          return idOf(created)
        }),
      )
    const refused = await create(cookies.contributor2, 1)
    expect(refused.status).toBe(413)
    expect(await errorOf(refused)).toEqual({
      code: 'quota',
      message: messageIn('vi', MESSAGES.tusTooManyOpen, { max: '500' }),
    })
    for (const id of ids) await send(`/api/uploads/${id}`, { method: 'DELETE', cookie: cookies.contributor2 })
    expect(tusFiles()).toEqual([])
  }, 120_000)

  it('the quota message says what to do about it', async () => {
    const quota = await create(cookies.contributor, 2 * 1024 ** 2)
    expect(quota.status).toBe(413)
    expect((await errorOf(quota)).message).toContain('Tải lên chưa xong')
  })
})

describe('nothing left behind, and attacks on the endpoint (issue 15, second pass)', () => {
  const inProgress = () => {
    const dir = path.join(archive.dir, 'uploads-in-progress')
    return existsSync(dir) ? readdirSync(dir) : []
  }
  const modeOf = (file: string) => statSync(file).mode & 0o777

  it('the uploads folder is 0700 and an upload’s files 0600', async () => {
    const created = await create(cookies.contributor, 100_000)
    expect(created.status, await created.clone().text()).toBe(201)
    const id = idOf(created)
    expect((await patch(cookies.contributor, id, 0, (await photo()).subarray(0, 5000))).status).toBe(204)
    expect(modeOf(tus.store.directory).toString(8)).toBe('700')
    expect(modeOf(tus.store.pathOf(id)).toString(8)).toBe('600')
    expect(modeOf(`${tus.store.pathOf(id)}.json`).toString(8)).toBe('600')
    expect((await send(`/api/uploads/${id}`, { method: 'DELETE', cookie: cookies.contributor })).status).toBe(204)
    expect(tusFiles()).toEqual([])
  })

  it('cancelled (DELETE), also after creation-with-upload, leaves nothing', async () => {
    const bytes = await photo()
    const created = await send('/api/uploads', {
      method: 'POST',
      cookie: cookies.contributor,
      headers: {
        'upload-length': String(bytes.length),
        'upload-metadata': `filename ${b64('anh.jpg')},accessLevel ${b64('public')}`,
        'content-type': 'application/offset+octet-stream',
      },
      body: bytes.subarray(0, 6000),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    expect(created.headers.get('upload-offset')).toBe('6000')
    const id = idOf(created)
    expect(tusFiles()).toContain(id)
    expect((await send(`/api/uploads/${id}`, { method: 'DELETE', cookie: cookies.contributor })).status).toBe(204)
    expect(tusFiles()).toEqual([])
  })

  it('hostile requests are answered 4xx JSON, and the server keeps serving', async () => {
    const id = idOf(await create(cookies.contributor, 1000))
    const octets = { 'content-type': 'application/offset+octet-stream' }
    const cases: [string, Parameters<typeof send>[1]][] = [
      [
        `/api/uploads/${id}`,
        {
          method: 'PATCH',
          cookie: cookies.contributor,
          headers: { ...octets, 'upload-offset': '5000' },
          body: Buffer.from('x'),
        },
      ],
      [
        `/api/uploads/${id}`,
        {
          method: 'PATCH',
          cookie: cookies.contributor,
          headers: { ...octets, 'upload-offset': '0' },
          body: Buffer.alloc(2000, 0xff),
        },
      ],
      [
        `/api/uploads/${id}`,
        {
          method: 'PATCH',
          cookie: cookies.contributor,
          headers: { 'upload-offset': '0', 'content-type': 'multipart/form-data' },
          body: Buffer.from('x'),
        },
      ],
      [
        '/api/uploads/..%2F..%2Farchive.db',
        {
          method: 'PATCH',
          cookie: cookies.contributor,
          headers: { ...octets, 'upload-offset': '0' },
          body: Buffer.from('x'),
        },
      ],
      ['/api/uploads/..%2F..%2Farchive.db', { method: 'DELETE', cookie: cookies.contributor }],
      [
        '/api/uploads',
        {
          method: 'POST',
          cookie: cookies.contributor,
          headers: { 'upload-length': '10', 'upload-metadata': 'filename YW5oLmpwZw==,caption %%%' },
        },
      ],
      [
        '/api/uploads',
        {
          method: 'POST',
          cookie: cookies.contributor,
          headers: {
            'upload-length': '10',
            'upload-metadata': `filename ${b64('a.jpg')},accessLevel ${b64('public')},caption ${b64('a'.repeat(100_000))}`,
          },
        },
      ],
    ]
    for (const [pathname, init] of cases) {
      const response = await send(pathname, init)
      const what = `${init.method} ${pathname} ${JSON.stringify(init.headers ?? {}).slice(0, 120)}`
      expect(response.status, what).toBeGreaterThanOrEqual(400)
      expect(response.status, what).toBeLessThan(500)
      expect((await errorOf(response)).code, what).toMatch(/^[a-z-]+$/)
    }
    expect(statSync(tus.store.pathOf(id)).size).toBe(0)
    expect((await send(`/api/uploads/${id}`, { method: 'HEAD', cookie: cookies.contributor })).status).toBe(200)
    await send(`/api/uploads/${id}`, { method: 'DELETE', cookie: cookies.contributor })
    expect(tusFiles()).toEqual([])
  })

  it('a deleted user’s JWT is "signed-out"', async () => {
    const user = await signedInContributor(archive, api, 'bo-di', PASSWORD)
    const token = user.cookie.replace('payload-token=', '')
    await archive.payload.delete({ collection: 'users', id: user.id })
    const response = await send('/api/uploads', {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'upload-length': '10', 'upload-metadata': `filename ${b64('a.jpg')}` },
    })
    expect(response.status).toBe(401)
    expect((await errorOf(response)).code).toBe('signed-out')
  })

  it('50 parallel creations by one user cannot together pass the quota', async () => {
    const { cookie } = await signedInContributor(archive, api, 'nhanh', PASSWORD)
    const size = 100 * 1024 // the quota is 1 MB: at most 10 fit
    const responses = await Promise.all(Array.from({ length: 50 }, () => create(cookie, size)))
    const statuses = responses.map((response) => response.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(10)
    expect(statuses.filter((status) => status === 413)).toHaveLength(40)
    for (const response of responses.filter((r) => r.status === 201))
      await send(`/api/uploads/${idOf(response)}`, { method: 'DELETE', cookie })
    expect(tusFiles()).toEqual([])
  })

  it('after all of the above: nothing in uploads-tus, uploads-in-progress or the temporary folder', () => {
    expect(tusFiles()).toEqual([])
    expect(inProgress()).toEqual([])
    // Node's own compile cache may appear there when a module is first loaded; it is not an upload's.
    expect(readdirSync(String(process.env.TMPDIR)).filter((name) => name !== 'node-compile-cache')).toEqual([])
  })
})
