import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PROCESSING_ERRORS } from '../../cms/src/media/messages'
import { launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

// An editor tries to turn an upload into script that runs with an administrator's session (editor → admin),
// through the admin's own upload form and through the API; and every refusal reads as a reason, in Vietnamese.

const PASSWORD = 'mot-mat-khau-dai-2026'
/** What the planted script does if it ever runs: an alert, and a new administrator account. */
const PAYLOAD_SCRIPT =
  "<script>alert('xss');fetch('/api/users',{method:'POST',credentials:'include',headers:{'content-type':'application/json'}," +
  "body:JSON.stringify({email:'ke-xau@vi-du.vn',password:'mot-mat-khau-dai-2026',roles:['admin']})})</script>"
const SAVED_PAGE = `<!-- saved from url=(0023)https://vi-du.vn/trang -->\n<html><body>${PAYLOAD_SCRIPT}</body></html>`

describe('uploads that would run script on the CMS origin', () => {
  let server: CmsServer
  let browser: Browser
  let sources: string
  let editorContext: BrowserContext
  let adminContext: BrowserContext
  let editorCookie: string
  let adminCookie: string

  beforeAll(async () => {
    sources = mkdtempSync(path.join(tmpdir(), 'disanso-hostile-upload-'))
    ;[server, browser] = await Promise.all([startCmsServer(), launchBrowser()])
    const first = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'quan-tri@vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD },
    })
    expect(first.status).toBe(200)
    adminCookie = (await login(server.url, 'quan-tri@vi-du.vn', PASSWORD)).cookie
    const editor = await call(`${server.url}/api/users`, {
      method: 'POST',
      cookie: adminCookie,
      body: { email: 'bien-tap@vi-du.vn', password: PASSWORD, roles: ['editor'] },
    })
    expect(editor.status, editor.text).toBe(201)
    editorCookie = (await login(server.url, 'bien-tap@vi-du.vn', PASSWORD)).cookie
    const signedIn = async (email: string) => {
      const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true })
      const reply = await context.request.post(`${server.url}/api/users/login`, { data: { email, password: PASSWORD } })
      expect(reply.status()).toBe(200)
      return context
    }
    editorContext = await signedIn('bien-tap@vi-du.vn')
    adminContext = await signedIn('quan-tri@vi-du.vn')
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    rmSync(sources, { recursive: true, force: true })
  })

  const userCount = async () =>
    (await call(`${server.url}/api/users?limit=0`, { cookie: adminCookie })).json().totalDocs as number

  it.each([
    ['trang-luu.html', SAVED_PAGE, PROCESSING_ERRORS['unsafe-content'].vi],
    ['anh-le-hoi.jpg', SAVED_PAGE, PROCESSING_ERRORS['unsafe-content'].vi],
    [
      'hoa-van.svg',
      `<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY x "y"> ]>\n<svg xmlns="http://www.w3.org/2000/svg">${PAYLOAD_SCRIPT}</svg>`,
      PROCESSING_ERRORS['unsafe-content'].vi,
    ],
    ['ghi-chu.txt', 'ghi chú của cán bộ', PROCESSING_ERRORS['unknown-type'].vi],
    ['rong.jpg', '', PROCESSING_ERRORS['empty-file'].vi],
    ['hong.gif', 'GIF89a\x01\x00\x01\x00\x00\x00\x00;', PROCESSING_ERRORS.corrupt.vi],
  ])('the admin upload form refuses %s and says why, in Vietnamese', async (name, text, reason) => {
    const page = await editorContext.newPage()
    const file = path.join(sources, name)
    writeFileSync(file, text)
    await page.goto(`${server.url}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    await page.locator('input[type="file"]').setInputFiles(file)
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toContain(reason)
    const shown = await page.locator('body').innerText()
    expect(shown).not.toContain('không hợp lệ: file')
    expect(shown).not.toContain('vấn để')
    expect(shown).not.toContain('The following field is invalid')
    expect(page.url()).toMatch(/\/create$/)
    await page.close()
  })

  it('what an editor could store anyway (polyglots, PDF, WebVTT) runs no script when an admin opens it', async () => {
    const before = await userCount()
    const stored: string[] = []
    for (const [name, text] of [
      ['anh.html', `GIF89a\x01\x00\x01\x00\x00\x00\x00;<html>${PAYLOAD_SCRIPT}</html>`],
      ['phu-de.html', `WEBVTT\n\n00:00.000 --> 00:01.000\n<html>${PAYLOAD_SCRIPT}</html>\n`],
      ['bien-ban.pdf', `%PDF-1.4\n<html>${PAYLOAD_SCRIPT}</html>\n%%EOF\n`],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(Buffer.from(text, 'latin1'))], { type: 'text/html' }), name)
      form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
      const reply = await call(`${server.url}/api/media`, { method: 'POST', cookie: editorCookie, form })
      if (reply.status === 201) stored.push((reply.json().doc as { filename: string }).filename)
      else expect(reply.status).toBe(400)
    }
    expect(stored.length).toBeGreaterThan(0)
    const page: Page = await adminContext.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    for (const filename of stored) {
      const url = `${server.url}/api/media/file/${filename}`
      // A download (attachment) aborts the navigation; a picture shows. Either way no script may run.
      const outcome = await page.goto(url, { waitUntil: 'load' }).then(
        (response) => `shown ${response?.headers()['content-type']}`,
        (error: Error) => (error.message.includes('Download is starting') ? 'downloaded' : error.message),
      )
      expect(outcome, filename).toMatch(/^(shown image\/|downloaded)/)
      await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle' })
    }
    expect(dialogs).toEqual([])
    expect(await userCount()).toBe(before)
  })
})
