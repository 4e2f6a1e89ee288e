import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { PROCESSING_ERRORS } from '../../cms/src/media/messages'
import { type ApiClient, apiInProcess } from '../helpers/apiInProcess'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

// An editor (or anyone who can upload) tries to store a file that runs script when an admin opens its URL
// on the CMS origin: editor → admin. Only what an archive keeps is accepted, by its bytes; what is
// accepted is served so that a browser never runs it.

const PASSWORD = 'mot-mat-khau-dai-2026'
const SCRIPT = '<script>fetch("/api/users",{method:"POST"})</script>'

/** What a browser's "Save page as" writes: a comment first, then the page. */
const SAVED_PAGE = `<!-- saved from url=(0023)https://vi-du.vn/trang -->\n<!DOCTYPE html>\n<html><body>${SCRIPT}</body></html>`
/** An SVG whose DOCTYPE carries an internal subset (entities), which slipped past the SVG check. */
const SVG_WITH_SUBSET = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg [\n  <!ENTITY x "y">\n]>\n<svg xmlns="http://www.w3.org/2000/svg">${SCRIPT}</svg>`

let archive: TestArchive
let api: ApiClient
let editor: string
let admin: string

const form = (bytes: Buffer | string, name: string, type = 'application/octet-stream') => {
  const body = new FormData()
  body.append(
    'file',
    new Blob([new Uint8Array(typeof bytes === 'string' ? Buffer.from(bytes) : bytes)], { type }),
    name,
  )
  body.append('_payload', JSON.stringify({ accessLevel: 'public' }))
  return body
}
const upload = (bytes: Buffer | string, name: string, language = 'vi', type?: string) =>
  api.request('/api/media', { method: 'POST', cookie: editor, language, form: form(bytes, name, type) })
const firstError = (text: string) => (JSON.parse(text) as { errors: { message: string }[] }).errors[0]?.message

beforeAll(async () => {
  archive = await startTestArchive()
  api = apiInProcess(archive)
  for (const [email, roles] of [
    ['admin@vi-du.vn', ['admin']],
    ['editor@vi-du.vn', ['editor']],
  ] as const)
    await archive.payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: [...roles] } })
  admin = await api.login('admin@vi-du.vn', PASSWORD)
  editor = await api.login('editor@vi-du.vn', PASSWORD)
}, 120_000)
afterAll(() => archive?.stop())

describe('an editor uploads files that would run script on the CMS origin', () => {
  it.each([
    ['a saved web page (comment first)', SAVED_PAGE, 'trang-luu.html', 'text/html'],
    ['the saved web page renamed .jpg', SAVED_PAGE, 'anh-le-hoi.jpg', 'image/jpeg'],
    ['an SVG with a DOCTYPE internal subset', SVG_WITH_SUBSET, 'hoa-van.svg', 'image/svg+xml'],
    [
      'XHTML script in an XML file',
      `<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>`,
      'a.xml',
      'text/xml',
    ],
  ])('%s is refused at upload, with the reason in Vietnamese and in English', async (_, bytes, name, type) => {
    const vi = await upload(bytes, name, 'vi', type)
    expect(vi.status).toBe(400)
    expect(firstError(vi.text)).toBe(PROCESSING_ERRORS['unsafe-content'].vi)
    const en = await upload(bytes, name, 'en', type)
    expect(en.status).toBe(400)
    expect(firstError(en.text)).toBe(PROCESSING_ERRORS['unsafe-content'].en)
    const stored = await archive.payload.find({ collection: 'media', overrideAccess: true, limit: 0 })
    expect(stored.totalDocs).toBe(0)
  })

  it('a file that is no media at all (plain text, a script) is refused: only what an archive keeps is accepted', async () => {
    for (const [bytes, name] of [
      ['ghi chú của cán bộ', 'ghi-chu.txt'],
      ['alert(document.cookie)', 'a.js'],
      ['PK\x03\x04 một tệp nén', 'tai-lieu.zip'],
    ] as const) {
      const vi = await upload(bytes, name)
      expect(vi.status, name).toBe(400)
      expect(firstError(vi.text)).toBe(PROCESSING_ERRORS['unknown-type'].vi)
      const en = await upload(bytes, name, 'en')
      expect(firstError(en.text)).toBe(PROCESSING_ERRORS['unknown-type'].en)
    }
  })

  it('a polyglot (GIF or WebVTT bytes with a page inside, named .html) is never served as a page', async () => {
    const polyglots = [
      [`GIF89a\x01\x00\x01\x00\x00\x00\x00;<html>${SCRIPT}</html>`, 'anh.html'],
      [`WEBVTT\n\n00:00.000 --> 00:01.000\n<html>${SCRIPT}</html>\n`, 'phu-de.html'],
      [`%PDF-1.4\n<html>${SCRIPT}</html>\n%%EOF\n`, 'tai-lieu.html'],
    ] as const
    for (const [bytes, name] of polyglots) {
      const reply = await upload(bytes, name)
      if (reply.status === 400) continue // refused outright: nothing stored
      expect(reply.status, reply.text).toBe(201)
      const doc = (JSON.parse(reply.text) as { doc: { filename: string } }).doc
      expect(doc.filename).not.toMatch(/\.html?$/)
      const served = await api.request(`/api/media/file/${doc.filename}`, { cookie: admin })
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).not.toMatch(/html|xml|svg/)
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('serves what is not picture or sound (PDF, WebVTT) as a download under a sandbox, with nosniff', async () => {
    for (const [bytes, name, type] of [
      [`%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`, 'bien-ban.pdf', 'application/pdf'],
      ['WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n', 'phu-de.vtt', 'text/vtt'],
    ] as const) {
      const reply = await upload(bytes, name)
      expect(reply.status, reply.text).toBe(201)
      const { filename } = (JSON.parse(reply.text) as { doc: { filename: string } }).doc
      const served = await api.request(`/api/media/file/${filename}`, { cookie: admin })
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toContain(type)
      expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(served.headers.get('content-security-policy')).toContain('sandbox')
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('serves a photo inline as an image, with nosniff', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#a33' } })
      .jpeg()
      .toBuffer()
    const reply = await upload(jpeg, 'anh.jpg', 'vi', 'image/jpeg')
    expect(reply.status, reply.text).toBe(201)
    const { filename } = (JSON.parse(reply.text) as { doc: { filename: string } }).doc
    const served = await api.request(`/api/media/file/${filename}`, { cookie: admin })
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(served.headers.get('content-disposition')).toBeNull()
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('takes bytes only from the upload: a url or a stored file name in the data is not fetched or copied', async () => {
    // Found by an attacker review: Payload fetches `url` (or reads `filename` from the media folder) by itself,
    // past the byte check. A page on this very server, and another record's stored original, are tried.
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a3' } })
      .jpeg()
      .toBuffer()
    const stored = await upload(jpeg, 'anh-goc.jpg', 'vi', 'image/jpeg')
    const { id, filename } = (JSON.parse(stored.text) as { doc: { id: number; filename: string } }).doc
    for (const data of [
      { filename: 'trang.html', url: 'http://127.0.0.1:1/trang.html', accessLevel: 'public' },
      { filename, url: `/api/media/file/${filename}`, accessLevel: 'public' },
    ]) {
      const reply = await api.request('/api/media', { method: 'POST', cookie: editor, language: 'vi', body: data })
      expect(reply.status, reply.text).toBe(400)
      expect(firstError(reply.text)).toBe(MESSAGES.uploadFileNotSent.vi)
    }
    // Nor can a record be pointed at another file by renaming it.
    const renamed = await api.request(`/api/media/${id}`, {
      method: 'PATCH',
      cookie: editor,
      body: { filename: 'khac.html', caption: 'đổi tên' },
    })
    expect(renamed.status, renamed.text).toBe(200)
    expect((JSON.parse(renamed.text) as { doc: { filename: string } }).doc.filename).toBe(filename)
  })
})
