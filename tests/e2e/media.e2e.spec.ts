import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PROCESSING_ERRORS } from '../../cms/src/media/messages'
import { sampleVideo } from '../../media-pipeline/src/testing/sampleMedia'
import { choose, launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')
const EMAIL = 'can-bo-tu-lieu@vi-du.vn'
const PASSWORD = 'mot-mat-khau-dai-2026'
const sha256sum = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]

// Payload takes the session cookie only from the archive's own pages (CSRF): say so, as the admin's own pages do.
const SAME_ORIGIN = { headers: { 'sec-fetch-site': 'same-origin' } }

describe('an officer uploads a festival recording in the admin', () => {
  let server: CmsServer
  let browser: Browser
  let page: Page
  let sources: string
  let video: string
  let id: string
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    sources = mkdtempSync(path.join(tmpdir(), 'disanso-upload-'))
    // 60 s of 1080p with sound, as the issue asks; made before the server starts so they do not compete.
    video = sampleVideo(path.join(sources, 'Lễ hội cồng chiêng.mp4'), { size: '1920x1080', seconds: 60 })
    ;[server, browser] = await Promise.all([startCmsServer({ MEDIA_WORKER: 'in-process' }), launchBrowser()])
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 1000 } })
    page = await context.newPage()
    const registered = await page.request.post(`${server.url}/api/users/first-register`, {
      data: { email: EMAIL, password: PASSWORD, 'confirm-password': PASSWORD, roles: ['editor'] },
    })
    expect(registered.status()).toBe(200)
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    rmSync(sources, { recursive: true, force: true })
  })

  it('shows progress, then a playable 720p MP4, then the HLS ladder, poster, sprite and checksum', async () => {
    await page.goto(`${server.url}/admin/collections/media/create`, { waitUntil: 'networkidle' })
    await page.locator('input[type="file"]').setInputFiles(video)
    await page.locator('#field-caption').fill('Đánh cồng chiêng trong lễ mừng lúa mới')
    await choose(page, '#field-accessLevel', 'Công', 'Công khai')
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/media\/\d+$/, { timeout: 60_000 }).catch(async (e) => {
      await page.screenshot({ path: path.join(ARTIFACTS, 'debug-media.png'), fullPage: true })
      console.log(server.output().slice(-3000))
      throw e
    })
    id = page.url().split('/').at(-1) ?? ''

    const panel = page.getByTestId('media-processing')
    await panel.and(page.locator('[data-status="processing"]')).waitFor({ timeout: 60_000 })
    await expect
      .poll(
        async () => Number.parseInt((await page.getByTestId('media-processing-percent').textContent()) ?? '0', 10),
        {
          timeout: 60_000,
        },
      )
      .toBeGreaterThan(5)
    await page.screenshot({ path: path.join(ARTIFACTS, 'media-processing-progress.png'), fullPage: true })

    // The web MP4 plays while the ladder is still being made.
    const preview = page.getByTestId('media-preview')
    await preview.waitFor({ timeout: 120_000 })
    expect(await panel.getAttribute('data-status')).toBe('processing')
    const played = await preview.evaluate(async (element) => {
      const player = element as HTMLVideoElement
      player.muted = true
      await player.play()
      return { width: player.videoWidth, height: player.videoHeight }
    })
    expect(played).toEqual({ width: 1280, height: 720 })
    // Its clock moves on: it plays. Polled, as a loaded machine may stall the decoder for a moment.
    await expect
      .poll(() => preview.evaluate((element) => (element as HTMLVideoElement).currentTime), { timeout: 15_000 })
      .toBeGreaterThan(0.5)
    await page.screenshot({ path: path.join(ARTIFACTS, 'media-playable-mp4.png'), fullPage: true })

    await panel.and(page.locator('[data-status="done"]')).waitFor({ timeout: 240_000 })
    await expect.poll(() => page.getByTestId('media-sha256').textContent()).toBe(sha256sum(video))
    const listed = await page.getByTestId('media-derivatives').textContent()
    for (const name of ['Video MP4 (xem ngay)', 'Luồng HLS (danh sách chính)', 'Ảnh đại diện', 'Ảnh xem trước khi tua'])
      expect(listed).toContain(name)
    await page.screenshot({ path: path.join(ARTIFACTS, 'media-processed.png'), fullPage: true })

    const master = await page.request.get(`${server.url}/api/media/${id}/derivatives/hls/master.m3u8`, SAME_ORIGIN)
    expect(master.headers()['content-type']).toBe('application/vnd.apple.mpegurl')
    const playlist = await master.text()
    for (const rung of ['1080p/index.m3u8', '720p/index.m3u8', '360p/index.m3u8']) expect(playlist).toContain(rung)

    await page.goto(`${server.url}/admin/collections/media`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.getByTestId('media-processing-cell').first().textContent()).toBe('Đã xử lý xong')
    await page.screenshot({ path: path.join(ARTIFACTS, 'media-list.png'), fullPage: true })
  }, 420_000)

  it('serves derivatives with byte ranges, under the same access rules as the original', async () => {
    const { cookie } = await login(server.url, EMAIL, PASSWORD)
    const web = `${server.url}/api/media/${id}/derivatives/web.mp4`
    const ranged = await fetch(web, { headers: { range: 'bytes=0-99' } })
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/)
    expect((await ranged.arrayBuffer()).byteLength).toBe(100)
    // The CMS proxy refuses a path that decodes to a `..` segment before the endpoint sees it.
    expect((await call(`${server.url}/api/media/${id}/derivatives/..%2F..%2Farchive.db`)).status).toBe(400)

    // Made restricted, the file and its derivatives disappear for the public, not for staff.
    const restricted = await call(`${server.url}/api/media/${id}`, {
      method: 'PATCH',
      cookie,
      body: { accessLevel: 'restricted', accessReason: 'Nghi lễ chỉ người trong buôn được xem' },
    })
    expect(restricted.status).toBe(200)
    expect((await call(web)).status).toBe(404)
    expect((await call(`${server.url}/api/media/${id}/derivatives/hls/720p/index.m3u8`)).status).toBe(404)
    expect((await call(web, { cookie })).status).toBe(200)
  })

  it('refuses a cut-off MP4 at upload with the reason in Vietnamese', async () => {
    const { cookie } = await login(server.url, EMAIL, PASSWORD)
    const form = new FormData()
    form.append('file', new Blob([readFileSync(video).subarray(0, 50_000)], { type: 'video/mp4' }), 'hong.mp4')
    form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
    const reply = await call(`${server.url}/api/media`, { method: 'POST', cookie, form })
    expect(reply.status).toBe(400)
    expect(reply.text).toContain(PROCESSING_ERRORS.corrupt.vi)
  })
})
