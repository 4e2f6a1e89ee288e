import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PROCESSING_ERRORS } from '../../cms/src/media/messages'
import { demoImage } from '../../cms/src/seed/demoMedia'
import { sampleVideo } from '../../media-pipeline/src/testing/sampleMedia'
import { choose, launchBrowser } from '../helpers/browser'
import { expectInertHtml, hostileText, watchHostile } from '../helpers/canary'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { firstAdmin, SEAT_PASSWORD, seat } from '../helpers/seats'

// Issue 13 part 4 and the phone upload of part 5, from an editor's seat (editors upload today; contributors
// once the roles branch opens media create to them): progress on save, files known by caption and thumbnail
// in the list and the item's picker, fields by kind, languages by name, refusals in Vietnamese, a phone.

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/issue13/media')
const EDITOR = 'bien-tap-dak-lak@vi-du.vn'
const VIDEO_CAPTION = 'Đánh cồng chiêng trong lễ mừng lúa mới, buôn Kô Siêr'
const IMAGE_CAPTION = 'Váy thổ cẩm Ê Đê dệt tay'
const AUDIO_CAPTION = 'Già làng kể sử thi Đam San'
type Id = number | string
/** How long a poll waits for what the officer would see next (the machine is shared and slow). */
const WAIT = { timeout: 20_000 }

describe('media an officer can recognise, uploaded from the admin form', () => {
  let server: CmsServer
  let browser: Browser
  let editor: BrowserContext
  let adminCookie: string
  let editorCookie: string
  let sources: string
  let video: string
  let image: string
  let audio: string
  let hostileTag: string
  let itemId: Id
  const ids: Record<'video' | 'image' | 'audio' | 'hostile', Id> = { video: 0, image: 0, audio: 0, hostile: 0 }

  const mediaDoc = async (id: Id) =>
    (await call(`${server.url}/api/media/${id}?depth=0`, { cookie: editorCookie })).json() as Record<string, unknown>

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    sources = mkdtempSync(path.join(tmpdir(), 'disanso-media-form-'))
    // ~16 MB: big enough that a throttled upload shows several percents, small enough to process quickly.
    video = sampleVideo(path.join(sources, 'Cồng chiêng Kô Siêr.mp4'), { size: '1280x720', seconds: 20 })
    image = path.join(sources, 'vay-tho-cam.jpg')
    writeFileSync(image, (await demoImage(30, 'vay-tho-cam.jpg')).data)
    audio = path.join(sources, 'Kể sử thi.mp3')
    execFileSync(process.env.FFMPEG_PATH || 'ffmpeg', [
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=330:duration=3',
      audio,
    ])
    ;[server, browser] = await Promise.all([startCmsServer({ MEDIA_WORKER: 'in-process' }), launchBrowser()])
    adminCookie = await firstAdmin(server.url)
    const made = async (collection: string, body: Record<string, unknown>) => {
      const reply = await call(`${server.url}/api/${collection}`, { method: 'POST', cookie: adminCookie, body })
      expect(reply.status, reply.text).toBe(201)
      return (reply.json().doc as { id: Id }).id
    }
    const dakLak = await made('places', { name: 'tỉnh Đắk Lắk', type: 'province' })
    const ede = await made('ethnic-groups?draft=false', {
      _status: 'published',
      name: 'Ê Đê',
      languages: [{ iso6393: 'rad', name: 'Tiếng Ê Đê' }],
    })
    editorCookie = (await seat(server.url, adminCookie, EDITOR, ['editor'], [dakLak])).cookie
    editor = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    const signedIn = await editor.request.post(`${server.url}/api/users/login`, {
      data: { email: EDITOR, password: SEAT_PASSWORD },
    })
    expect(signedIn.status()).toBe(200)

    // A file whose caption is the hostile-text canary, uploaded by the editor through the API.
    hostileTag = `hostile-media-${Date.now()}`
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array((await demoImage(200, 'x.jpg')).data)], { type: 'image/jpeg' }),
      'x.jpg',
    )
    form.append('_payload', JSON.stringify({ caption: hostileText(hostileTag), accessLevel: 'public' }))
    const hostile = await call(`${server.url}/api/media`, { method: 'POST', cookie: editorCookie, form })
    expect(hostile.status, hostile.text).toBe(201)
    ids.hostile = (hostile.json().doc as { id: Id }).id

    itemId = await made('heritage-items?draft=true', {
      title: 'Lễ mừng lúa mới của người Ê Đê',
      kind: 'festival',
      ethnicGroups: [ede],
      owningProvince: dakLak,
      accessLevel: 'public',
    })
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    rmSync(sources, { recursive: true, force: true })
  })

  it('shows percent, speed and time left while a 16 MB video uploads, then opens the new record', async () => {
    expect(statSync(video).size).toBeGreaterThan(10_000_000)
    const page = await editor.newPage()
    await page.goto(`${server.url}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    await page.locator('input[type="file"]').setInputFiles(video)
    await page.locator('#field-caption').fill(VIDEO_CAPTION)
    await choose(page, '#field-accessLevel', 'Công', 'Công khai')
    // 16 Mbit/s up: about 8 s for the file, so the officer sees it move.
    const cdp = await editor.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 2_000_000,
    })
    // Every text the progress panel shows, as it changes.
    await page.evaluate(() => {
      const seen: string[] = []
      ;(window as unknown as { __seen: string[] }).__seen = seen
      new MutationObserver(() => {
        const text = [...document.querySelectorAll('[data-testid^="upload-progress-"]')].map((node) => node.textContent)
        const line = text.join(' | ')
        if (line && seen.at(-1) !== line) seen.push(line)
      }).observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.getByTestId('upload-progress-rate').waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(ARTIFACTS, 'upload-progress.png') })
    await page.waitForURL(/\/admin\/collections\/media\/\d+$/, { timeout: 120_000 })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    ids.video = page.url().split('/').at(-1) ?? ''

    const seen = await page.evaluate(() => (window as unknown as { __seen?: string[] }).__seen ?? [])
    const percents = new Set(seen.map((line) => /Đang tải lên: (\d+) %/.exec(line)?.[1]).filter(Boolean))
    expect(percents.size, seen.join('\n')).toBeGreaterThanOrEqual(3)
    expect(seen.join('\n')).toMatch(
      /Đang tải lên: \d+ % \([\d,]+ MB \/ 16,4 MB\) \| [\d,]+ [kM]B\/giây, còn khoảng \d+ giây/,
    )
    expect(seen.join('\n')).toContain('Đã gửi xong tệp; máy chủ đang kiểm tra và lưu…')
    // The new record opened, with what was typed, and the panel is gone.
    await expect.poll(() => page.locator('#field-caption').inputValue(), WAIT).toBe(VIDEO_CAPTION)
    expect(await page.getByTestId('upload-progress').count()).toBe(0)
    expect(await mediaDoc(ids.video)).toMatchObject({ caption: VIDEO_CAPTION, kind: 'video' })
    await page.close()
  }, 180_000)

  it('a photo’s form has no language, transcript or caption-track fields; a video’s has them', async () => {
    const page = await editor.newPage()
    await page.goto(`${server.url}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    expect(await page.locator('#field-transcript').count()).toBe(1)
    await page.locator('input[type="file"]').setInputFiles(image)
    // The kind follows the chosen file, and the fields that do not fit a photo go.
    await expect.poll(() => page.locator('#field-transcript').count(), WAIT).toBe(0)
    expect(await page.locator('#field-captions').count()).toBe(0)
    expect(await page.locator('#field-languages').count()).toBe(0)
    await page.locator('#field-caption').fill(IMAGE_CAPTION)
    await choose(page, '#field-accessLevel', 'Công', 'Công khai')
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/media\/\d+$/, { timeout: 60_000 })
    ids.image = page.url().split('/').at(-1) ?? ''
    await page.locator('#field-caption').waitFor()
    expect(await page.locator('#field-transcript').count()).toBe(0)
    expect(await page.locator('#field-captions').count()).toBe(0)
    await page.screenshot({ path: path.join(ARTIFACTS, 'image-form.png'), fullPage: true })
    expect(await mediaDoc(ids.image)).toMatchObject({ kind: 'image', caption: IMAGE_CAPTION })

    await page.goto(`${server.url}/admin/collections/media/${ids.video}`, { waitUntil: 'networkidle' })
    expect(await page.locator('#field-transcript').count()).toBe(1)
    expect(await page.locator('#field-captions').count()).toBe(1)
    await page.close()
  }, 120_000)

  it('a sound recording: languages picked by name ("Tiếng Ê Đê — rad") and stored as codes, no caption tracks', async () => {
    const page = await editor.newPage()
    await page.goto(`${server.url}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    await page.locator('input[type="file"]').setInputFiles(audio)
    await expect.poll(() => page.locator('#field-captions').count(), WAIT).toBe(0)
    expect(await page.locator('#field-transcript').count()).toBe(1)
    const picker = page.locator('select#field-languages')
    await expect
      .poll(() => picker.locator('option').allTextContents(), WAIT)
      .toEqual(['— Thêm ngôn ngữ —', 'Tiếng Việt — vie', 'Tiếng Ê Đê — rad', 'Khác (mã ISO 639-3)'])
    await picker.selectOption({ label: 'Tiếng Ê Đê — rad' })
    // Any other code can be typed.
    await picker.selectOption({ label: 'Khác (mã ISO 639-3)' })
    await page.getByPlaceholder('Mã ISO 639-3, ví dụ "rad"').fill('jra')
    await page.getByRole('button', { name: 'Thêm mã' }).click()
    expect(await page.getByTestId('language-chosen').allTextContents()).toEqual([
      'Tiếng Ê Đê — radBỏ',
      'Mã khác — jraBỏ',
    ])
    await page.screenshot({ path: path.join(ARTIFACTS, 'language-picker.png') })
    await page.locator('#field-caption').fill(AUDIO_CAPTION)
    await choose(page, '#field-accessLevel', 'Công', 'Công khai')
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/media\/\d+$/, { timeout: 60_000 })
    ids.audio = page.url().split('/').at(-1) ?? ''
    expect(await mediaDoc(ids.audio)).toMatchObject({ kind: 'audio', languages: ['rad', 'jra'] })
    await page.close()
  }, 60_000)

  it('lists files by thumbnail and caption, never by the stored name, and runs no hostile caption', async () => {
    // The photo's WebP thumbnail exists once the pipeline has made it.
    await expect
      .poll(async () => ((await mediaDoc(ids.image)).processing as { status?: string })?.status, { timeout: 120_000 })
      .toBe('done')
    const page = await editor.newPage()
    const watch = watchHostile(page)
    await page.goto(`${server.url}/admin/collections/media`, { waitUntil: 'networkidle' })
    const titles = await page.getByTestId('media-title').allTextContents()
    expect(titles).toEqual(
      expect.arrayContaining([VIDEO_CAPTION, IMAGE_CAPTION, AUDIO_CAPTION, hostileText(hostileTag)]),
    )
    const row = page.locator('tr', { hasText: IMAGE_CAPTION })
    const derivatives = (await mediaDoc(ids.image)).derivatives as Record<string, string>
    expect(await row.locator('img[data-testid="media-thumb"]').getAttribute('src')).toBe(
      `/api/media/${ids.image}/derivatives/${derivatives['image-webp-320']}`,
    )
    // Sound has no picture: a waveform icon, named for the kind.
    const audioRow = page.locator('tr', { hasText: AUDIO_CAPTION })
    expect(await audioRow.locator('[data-testid="media-thumb"][data-kind="audio"] svg title').textContent()).toBe(
      'Âm thanh',
    )
    const shown = await page.locator('body').innerText()
    for (const id of Object.values(ids)) expect(shown).not.toContain(String((await mediaDoc(id)).filename))
    expectInertHtml(await page.content(), 'media list')
    await watch.check('media list')
    await page.screenshot({ path: path.join(ARTIFACTS, 'media-list.png') })
    await page.close()
  }, 180_000)

  it('the item’s media field and library picker show thumbnails and captions, and the picker searches captions', async () => {
    const page = await editor.newPage()
    const watch = watchHostile(page)
    await page.goto(`${server.url}/admin/collections/heritage-items/${itemId}`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Người, tư liệu' }).click()
    const field = page.locator('#field-media')
    await field.getByRole('button', { name: 'Chọn từ thư viện' }).click()
    const drawer = page.locator('.drawer--is-open').last()
    await drawer.getByTestId('media-title').first().waitFor()
    expect(await drawer.getByTestId('media-title').allTextContents()).toEqual(
      expect.arrayContaining([VIDEO_CAPTION, IMAGE_CAPTION, hostileText(hostileTag)]),
    )
    expectInertHtml(await page.content(), 'library picker')
    await watch.check('library picker')
    await drawer.locator('#search-filter-input').fill('thổ cẩm')
    await expect.poll(() => drawer.getByTestId('media-title').allTextContents(), WAIT).toEqual([IMAGE_CAPTION])
    await page.screenshot({ path: path.join(ARTIFACTS, 'library-picker-search.png') })
    await drawer.getByTestId('media-title').first().click()
    await drawer.waitFor({ state: 'detached' })
    await expect.poll(() => field.getByTestId('media-field-caption').allTextContents(), WAIT).toEqual([IMAGE_CAPTION])
    expect(await field.locator('img[data-testid="media-thumb"]').count()).toBe(1)
    expect(await field.innerText()).not.toContain(String((await mediaDoc(ids.image)).filename))
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await expect
      .poll(async () => {
        const item = await call(`${server.url}/api/heritage-items/${itemId}?draft=true&depth=0`, {
          cookie: editorCookie,
        })
        return item.json().media
      }, WAIT)
      .toEqual([Number(ids.image)])
    await page.screenshot({ path: path.join(ARTIFACTS, 'item-media-field.png') })
    await page.close()
  }, 120_000)

  it('refuses an HTML page saved as a file and says why, in Vietnamese, through the progress upload', async () => {
    const page = await editor.newPage()
    const watch = watchHostile(page)
    const file = path.join(sources, 'trang-luu.html')
    writeFileSync(file, `<html><body><script>window.__hostile='upload'</script></body></html>`)
    await page.goto(`${server.url}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    await page.locator('input[type="file"]').setInputFiles(file)
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 30_000 })
      .toContain(PROCESSING_ERRORS['unsafe-content'].vi)
    expect(page.url()).toMatch(/\/create$/)
    expect(await page.getByTestId('upload-progress').count()).toBe(0)
    await watch.check('refused upload')
    await page.close()
  }, 60_000)

  it('on a 390×844 phone: no sideways scroll, and the file input offers camera and gallery', async () => {
    const phone = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const signedIn = await phone.request.post(`${server.url}/api/users/login`, {
      data: { email: EDITOR, password: SEAT_PASSWORD },
    })
    expect(signedIn.status()).toBe(200)
    const page: Page = await phone.newPage()
    await page.goto(`${server.url}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    await page.locator('#field-caption').waitFor()
    const input = page.locator('input[type="file"]')
    await expect
      .poll(() => input.getAttribute('accept'), WAIT)
      .toBe('image/*,video/*,audio/*,application/pdf,.pdf,text/vtt,.vtt')
    expect(await input.getAttribute('capture')).toBeNull()
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.viewport)
    expect(widths.body).toBeLessThanOrEqual(widths.viewport)
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-media-create.png') })
    await phone.close()
  }, 60_000)
})
