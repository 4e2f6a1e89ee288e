import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { UPLOAD_SCREEN_TEXT } from '../../cms/src/i18n/messages'
import { PROCESSING_ERRORS } from '../../cms/src/media/messages'
import { demoImage } from '../../cms/src/seed/demoMedia'
import { sampleVideo } from '../../media-pipeline/src/testing/sampleMedia'
import { launchBrowser } from '../helpers/browser'
import { hostileText, watchHostile } from '../helpers/canary'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { firstAdmin } from '../helpers/seats'
import {
  contributorWithPlaces,
  openUploadScreen,
  signedInContext,
  waitUntilKeptInBrowser,
} from '../helpers/uploadScreen'

// Issue 15 item 2, from a contributor's seat: the "Tải lên nhiều tệp" screen uploads a batch over tus with
// the batch's details, in Vietnamese, on a desktop and a phone; a tab closed mid-upload resumes in a new page.

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/issue15/ui')
const CONTRIBUTOR = 'cong-tac-dak-lak@vi-du.vn'
const WAIT = { timeout: 60_000 }
/** Uppy's English that must not be left in the Vietnamese screen. */
const ENGLISH = [
  'Drop files here',
  'browse files',
  'Upload complete',
  'Add more',
  'My Device',
  'Uploading',
  'Powered by',
]
type Id = number | string

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('the batch upload screen, as a contributor', () => {
  let server: CmsServer
  let browser: Browser
  let cookie: string
  let placeId: Id
  let adminCookie: string
  let sources: string

  const signedIn = (viewport: { width: number; height: number }) =>
    signedInContext(browser, server.url, CONTRIBUTOR, { viewport })
  const media = async (id: Id) =>
    (await call(`${server.url}/api/media/${id}?depth=0`, { cookie })).json() as Record<string, unknown>
  const openScreen = (page: Page) => openUploadScreen(page, server.url, WAIT.timeout)
  const finishedIds = async (page: Page, count: number) => {
    await page
      .locator('[data-testid="upload-finished"]')
      .nth(count - 1)
      .waitFor(WAIT)
    return page
      .locator('[data-testid="upload-finished"]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-media-id') ?? ''))
  }

  /** An upload of the contributor's begun on another device (a tus creation, no bytes): the server holds it unfinished. */
  const beginElsewhere = async (filename: string, length: number, details: Record<string, string>) => {
    const b64 = (text: string) => Buffer.from(text).toString('base64')
    const metadata = Object.entries({ filename, filetype: 'image/jpeg', ...details })
      .map(([key, value]) => `${key} ${b64(value)}`)
      .join(',')
    const created = await call(`${server.url}/api/uploads`, {
      method: 'POST',
      cookie,
      headers: { 'tus-resumable': '1.0.0', 'upload-length': String(length), 'upload-metadata': metadata },
    })
    expect(created.status, created.text).toBe(201)
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    sources = mkdtempSync(path.join(tmpdir(), 'disanso-upload-screen-'))
    ;[server, browser] = await Promise.all([startCmsServer({ MEDIA_WORKER: 'in-process' }), launchBrowser()])
    adminCookie = await firstAdmin(server.url)
    // The place picker renders record text: a hostile place name must stay inert.
    const seated = await contributorWithPlaces(server.url, adminCookie, CONTRIBUTOR, [
      'tỉnh Đắk Lắk',
      hostileText('upload-place'),
    ])
    placeId = seated.places[0] as Id
    cookie = seated.cookie
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (sources) rmSync(sources, { recursive: true, force: true })
  })

  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`uploads a batch with the batch details, in Vietnamese (${device})`, async () => {
      const files = await Promise.all(
        [1, 2, 3].map(async (n) => {
          const file = path.join(sources, `${device}-le-hoi-${n}.jpg`)
          writeFileSync(file, (await demoImage(40 + n * 30, `${device}-${n}.jpg`)).data)
          return file
        }),
      )
      const context = await signedIn(viewport)
      const page = await context.newPage()
      const hostile = watchHostile(page)
      await openScreen(page)
      await page.getByRole('heading', { name: 'Tải lên nhiều tệp' }).waitFor(WAIT)
      await page.fill('input[name="caption"]', 'Lễ mừng lúa mới, buôn Kô Siêr')
      await page.fill('input[name="credit"]', 'Phòng Văn hóa huyện Krông Pắc')
      await page
        .locator('select[name="recordedWhere"] option', { hasText: 'tỉnh Đắk Lắk' })
        .waitFor({ state: 'attached' })
      await page.selectOption('select[name="recordedWhere"]', String(placeId))
      await page.fill('input[name="recordedAt"]', '2026-03-14')
      await page.selectOption('select[name="accessLevel"]', 'community')
      await page.fill('input[name="accessReason"]', 'Chỉ cộng đồng buôn Kô Siêr được xem')
      await page.locator('input.uppy-Dashboard-input').first().setInputFiles(files)
      const text = await page.locator('[data-testid="upload-screen"]').innerText()
      for (const english of ENGLISH) expect(text, `English left: ${english}`).not.toContain(english)
      await page.getByRole('button', { name: 'Tải lên 3 tệp' }).click()
      const ids = await finishedIds(page, 3)
      await page.screenshot({ path: path.join(ARTIFACTS, `batch-${device}.png`) })
      expect(await page.locator('[data-testid="upload-finished-link"]').first().innerText()).toBe('Mở hồ sơ tư liệu')
      for (const id of ids) {
        const doc = await media(id)
        expect(doc.caption).toBe('Lễ mừng lúa mới, buôn Kô Siêr')
        expect(doc.credit).toBe('Phòng Văn hóa huyện Krông Pắc')
        expect(String(doc.recordedWhere)).toBe(String(placeId))
        expect(String(doc.recordedAt)).toMatch(/^2026-03-1[34]/)
        expect(doc.accessLevel).toBe('community')
        expect(doc.accessReason).toBe('Chỉ cộng đồng buôn Kô Siêr được xem')
      }
      expect(new Set(ids.map((id) => String(id))).size).toBe(3)
      await hostile.check(`upload screen (${device})`)
      await context.close()
    }, 300_000)
  }

  it('opens a finished file’s record from the list, corrects its caption there and saves it', async () => {
    const file = path.join(sources, 'mua-xoang.jpg')
    writeFileSync(file, (await demoImage(64, 'mua-xoang.jpg')).data)
    const context = await signedIn({ width: 1280, height: 900 })
    const page = await context.newPage()
    const hostile = watchHostile(page)
    await openScreen(page)
    await page.fill('input[name="caption"]', 'Múa xoang')
    await page.fill('input[name="accessReason"]', 'Chờ già làng xem lại')
    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(file)
    await page.getByRole('button', { name: 'Tải lên 1 tệp' }).click()
    const [id] = await finishedIds(page, 1)
    await page.locator('[data-testid="upload-finished-link"]').first().click()
    await page.waitForURL(new RegExp(`/admin/collections/media/${id}$`), WAIT)
    const caption = page.locator('#field-caption')
    await caption.waitFor(WAIT)
    expect(await caption.inputValue()).toBe('Múa xoang')
    await caption.fill('Múa xoang mừng nhà rông mới, làng Kon Klor')
    const saved = page.waitForResponse(
      (response) => response.url().includes(`/api/media/${id}`) && response.request().method() === 'PATCH',
    )
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    const answer = await saved
    expect(answer.status(), await answer.text()).toBe(200)
    await page.locator('.payload-toast-container li', { hasText: 'Cập nhật thành công.' }).waitFor(WAIT)
    expect((await media(id as Id)).caption).toBe('Múa xoang mừng nhà rông mới, làng Kon Klor')
    await page.screenshot({ path: path.join(ARTIFACTS, 'finished-record-saved.png') })
    // The English text of the same file, through the API as a script of the officer's would send it.
    const english = await call(`${server.url}/api/media/${id}?locale=en`, {
      method: 'PATCH',
      cookie,
      body: { caption: 'Xoang dance for a new communal house, Kon Klor village' },
    })
    expect(english.status, english.text).toBe(200)
    const inEnglish = (await call(`${server.url}/api/media/${id}?depth=0&locale=en`, { cookie })).json()
    expect(inEnglish.caption).toBe('Xoang dance for a new communal house, Kon Klor village')
    expect((await media(id as Id)).caption).toBe('Múa xoang mừng nhà rông mới, làng Kon Klor')
    await hostile.check('the finished file’s record')
    await context.close()
  }, 180_000)

  // Found by the review: a file of the same name and size as an upload begun elsewhere was let through without
  // its reason (the screen took it for a continuation), refused by the server, and stuck on retry.
  it('asks for the reason of a file that only looks like an upload begun on another device, and sends nothing before', async () => {
    const file = path.join(sources, 'Hát xoan.jpg')
    const bytes = (await demoImage(50, 'hat-xoan.jpg')).data
    writeFileSync(file, bytes)
    await beginElsewhere('Hát xoan.jpg', bytes.length, { accessLevel: 'restricted', accessReason: 'Nghi lễ kín' })
    const context = await signedIn({ width: 1280, height: 900 })
    const page = await context.newPage()
    const posts: number[] = []
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().includes('/api/uploads'))
        posts.push(response.status())
    })
    await openScreen(page)
    await page.locator('[data-testid="upload-unfinished"] li', { hasText: 'Hát xoan.jpg' }).waitFor(WAIT)
    expect(await page.inputValue('input[name="accessReason"]')).toBe('')
    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(file)
    await page.getByRole('button', { name: 'Tải lên 1 tệp' }).click()
    // This browser never sent it: a new upload, which needs its reason like any other — asked before any byte.
    await page.locator('.uppy-Informer', { hasText: UPLOAD_SCREEN_TEXT.reasonMissing.vi }).first().waitFor(WAIT)
    expect(posts).toEqual([])
    await page.fill('input[name="accessReason"]', 'Nghi lễ kín, chỉ người trong buôn')
    await page.getByRole('button', { name: 'Tải lên 1 tệp' }).click()
    const [id] = await finishedIds(page, 1)
    expect(posts).toEqual([201])
    expect(await media(id as Id)).toMatchObject({
      accessLevel: 'restricted',
      accessReason: 'Nghi lễ kín, chỉ người trong buôn',
    })
    await context.close()
  }, 180_000)

  it('a detail the server refuses (a place removed since the page loaded) is corrected in the form, and "Thử lại" sends it', async () => {
    const made = await call(`${server.url}/api/places`, {
      method: 'POST',
      cookie: adminCookie,
      body: { name: 'xã Ea Tu', type: 'commune' },
    })
    expect(made.status, made.text).toBe(201)
    const placeGone = String((made.json().doc as { id: Id }).id)
    const file = path.join(sources, 'nha-dai.jpg')
    writeFileSync(file, (await demoImage(70, 'nha-dai.jpg')).data)
    const context = await signedIn({ width: 1280, height: 900 })
    const page = await context.newPage()
    await openScreen(page)
    await page.locator('select[name="recordedWhere"] option', { hasText: 'xã Ea Tu' }).waitFor({ state: 'attached' })
    await page.selectOption('select[name="recordedWhere"]', placeGone)
    await page.fill('input[name="accessReason"]', 'Nhà dài của gia đình, chưa hỏi ý')
    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(file)
    // Meanwhile the admin deletes the place (entered by mistake).
    expect(
      (await call(`${server.url}/api/places/${placeGone}`, { method: 'DELETE', cookie: adminCookie })).status,
    ).toBe(200)
    await page.getByRole('button', { name: 'Tải lên 1 tệp' }).click()
    const shown = page.locator('[data-testid="upload-errors"] li').first()
    await shown.waitFor(WAIT)
    expect(await shown.innerText()).toContain('«Ghi tại»')
    // The officer clears the place in the batch form and retries: the upload is created with the form as it is now.
    await page.selectOption('select[name="recordedWhere"]', '')
    await page.locator('.uppy-StatusBar-actionBtn--retry').click(WAIT)
    const [id] = await finishedIds(page, 1)
    const stored = await media(id as Id)
    expect(stored.recordedWhere ?? null).toBeNull()
    expect(stored.accessReason).toBe('Nhà dài của gia đình, chưa hỏi ý')
    expect(await page.locator('[data-testid="upload-errors"]').count()).toBe(0)
    await context.close()
  }, 180_000)

  it("shows the server's refusal in Vietnamese: a web page passed off as a photo", async () => {
    const page_ = path.join(sources, 'bai-viet.jpg')
    writeFileSync(page_, `<!doctype html><html><body>${'<p>trang</p>'.repeat(2000)}</body></html>`)
    const context = await signedIn({ width: 1280, height: 900 })
    const page = await context.newPage()
    await openScreen(page)
    await page.fill('input[name="accessReason"]', 'Thử')
    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(page_)
    await page.getByRole('button', { name: 'Tải lên 1 tệp' }).click()
    const shown = page.locator('[data-testid="upload-errors"] li').first()
    await shown.waitFor(WAIT)
    const messages = Object.values(PROCESSING_ERRORS).map((text) => `bai-viet.jpg: ${text.vi}`)
    expect(messages).toContain(await shown.innerText())
    await page.screenshot({ path: path.join(ARTIFACTS, 'refused.png') })
    await context.close()
  }, 120_000)

  it('resumes in a new page an upload whose tab was closed mid-way, not listed as one to pick again; the record holds the same bytes', async () => {
    // ~16 MB: two 8 MB PATCHes; the second never leaves the first tab.
    const video = sampleVideo(path.join(sources, 'Cồng chiêng Kô Siêr.mp4'), { size: '1280x720', seconds: 20 })
    const bytes = readFileSync(video)
    const context = await signedIn({ width: 1280, height: 900 })
    const first = await context.newPage()
    let patches = 0
    await first.route('**/api/uploads/**', async (route) => {
      if (route.request().method() !== 'PATCH') return route.continue()
      patches++
      // The connection "dies" after the first chunk: the second request is never sent.
      if (patches === 1) return route.continue()
    })
    await openScreen(first)
    await first.fill('input[name="accessReason"]', 'Chưa được già làng cho phép công bố')
    await first.locator('input.uppy-Dashboard-input').first().setInputFiles(video)
    const sent = first.waitForResponse(
      (response) => response.request().method() === 'PATCH' && response.status() === 204,
    )
    await first.getByRole('button', { name: 'Tải lên 1 tệp' }).click()
    await sent
    // The browser has kept the file (golden retriever's IndexedDB) before the tab is closed.
    await waitUntilKeptInBrowser(first, WAIT.timeout)
    await first.close()

    const second = await context.newPage()
    const created: string[] = []
    const offsets: string[] = []
    second.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/uploads')) created.push(request.url())
    })
    second.on('response', (response) => {
      if (response.request().method() === 'HEAD') offsets.push(response.headers()['upload-offset'] ?? '')
    })
    // Another upload of the officer's, left unfinished elsewhere (another device): the screen offers it.
    await beginElsewhere('Hát kể khan.jpg', 4096, { accessReason: 'Chưa được phép' })
    const unfinished = (filename: string) =>
      second.locator('[data-testid="upload-unfinished"] li', { hasText: filename })
    await second.goto(`${server.url}/admin/tai-len`)
    await unfinished('Hát kể khan.jpg').waitFor(WAIT)
    // The server still holds the first chunk and the screen has the file back, ready to continue: the list
    // of uploads to pick again does not name it.
    await second.locator('.uppy-Dashboard-Item', { hasText: 'Cồng chiêng Kô Siêr.mp4' }).waitFor(WAIT)
    await unfinished('Cồng chiêng Kô Siêr.mp4').waitFor({ state: 'detached', ...WAIT })
    // The restored file waits for the officer's go-ahead (Uppy's "restore-confirmed"): the same upload button.
    await second.screenshot({ path: path.join(ARTIFACTS, 'resume-offered.png') })
    await second.locator('.uppy-StatusBar-actionBtn--upload:not([disabled])').click(WAIT)
    const [id] = await finishedIds(second, 1)
    // Finished, it is still not offered; the other device's upload still is.
    await unfinished('Cồng chiêng Kô Siêr.mp4').waitFor({ state: 'detached', ...WAIT })
    await unfinished('Hát kể khan.jpg').waitFor(WAIT)
    expect(await unfinished('Cồng chiêng Kô Siêr.mp4').count()).toBe(0)
    expect(created, 'a new tus upload was created instead of resuming').toEqual([])
    // It asked the server once where it stopped (at least the first 8 MB chunk), and sent only the rest.
    expect(offsets).toHaveLength(1)
    expect(Number(offsets[0])).toBeGreaterThanOrEqual(8 * 1024 ** 2)
    expect(Number(offsets[0])).toBeLessThan(bytes.length)
    const doc = await media(id as string)
    const original = await fetch(new URL(String(doc.url), server.url), {
      headers: { cookie, origin: server.url },
    })
    expect(original.status, await original.clone().text()).toBe(200)
    expect(sha256(Buffer.from(await original.arrayBuffer()))).toBe(sha256(bytes))
    await context.close()
  }, 300_000)
})
