import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messageIn } from '../../cms/src/i18n/localMessage'
import { MESSAGES } from '../../cms/src/i18n/messages'
import { readableSize } from '../../cms/src/media/uploadErrors'
import { launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { firstAdmin } from '../helpers/seats'
import { contributorWithPlaces, openUploadScreen, signedInContext } from '../helpers/uploadScreen'
import { englishIn } from '../helpers/uppyEnglish'

// Issue 15 item 4, from a contributor's seat: the server's refusals (too big, quota, disk full) reach the
// officer in the screen's language, whatever language the browser itself asks for.

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/issue15/ui')
const CONTRIBUTOR = 'cong-tac-loi@vi-du.vn'
const WAIT = { timeout: 60_000 }
const MB = 1024 ** 2
/** A server with small limits and a "full" disk: 10.7 MB a file, 5.4 MB of unfinished uploads, 100 TB kept free. */
const LIMITS = { MEDIA_MAX_UPLOAD_GB: '0.01', UPLOAD_QUOTA_GB: '0.005', UPLOAD_KEEP_FREE_GB: '100000' }

describe('the upload screen says why the server refused, as a contributor', () => {
  let server: CmsServer
  let browser: Browser
  let sources: string
  const file = (name: string, bytes: number) => {
    const out = path.join(sources, name)
    writeFileSync(out, Buffer.alloc(bytes, 7))
    return out
  }

  /** A contributor's browser; `language` is what the browser asks for, `adminLanguage` the account's choice. */
  const signedIn = (locale: string, adminLanguage?: 'en') =>
    signedInContext(browser, server.url, CONTRIBUTOR, { locale, adminLanguage })
  const openScreen = (page: Page) => openUploadScreen(page, server.url, WAIT.timeout)
  const shownErrors = async (page: Page, count: number) => {
    await page
      .locator('[data-testid="upload-errors"] li')
      .nth(count - 1)
      .waitFor(WAIT)
    return (await page.locator('[data-testid="upload-errors"] li').allInnerTexts()).sort()
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    sources = mkdtempSync(path.join(tmpdir(), 'disanso-upload-errors-'))
    ;[server, browser] = await Promise.all([startCmsServer(LIMITS), launchBrowser()])
    const admin = await firstAdmin(server.url)
    await contributorWithPlaces(server.url, admin, CONTRIBUTOR, ['tỉnh Gia Lai'])
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (sources) rmSync(sources, { recursive: true, force: true })
  })

  it('shows too big, quota reached and disk full in Vietnamese, with no English left, in an English browser', async () => {
    // The officer's browser asks for English; the admin (and so the screen) is in Vietnamese.
    const files = [
      file('phim-le-hoi.mp4', 11 * MB), // over MEDIA_MAX_UPLOAD_GB
      file('ghi-am-dai.wav', 7 * MB), // under it, over the quota
      file('anh-nho.jpg', 1 * MB), // within both, but the disk is "full"
    ]
    const context = await signedIn('en-US')
    const page = await context.newPage()
    await openScreen(page)
    await page.fill('input[name="accessReason"]', 'Chỉ cộng đồng được xem')
    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(files)
    await page.getByRole('button', { name: 'Tải lên 3 tệp' }).click()
    expect(await shownErrors(page, 3)).toEqual(
      [
        `anh-nho.jpg: ${messageIn('vi', MESSAGES.tusDiskFull, { size: readableSize(1 * MB) })}`,
        `ghi-am-dai.wav: ${messageIn('vi', MESSAGES.tusQuota, { used: readableSize(0), max: readableSize(0.005 * 1024 ** 3) })}`,
        `phim-le-hoi.mp4: ${messageIn('vi', MESSAGES.uploadTooLarge, { max: readableSize(0.01 * 1024 ** 3) })}`,
      ].sort(),
    )
    const text = await page.locator('[data-testid="upload-screen"]').innerText()
    expect(englishIn(text), 'Uppy English left in the Vietnamese screen').toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'errors-vi.png') })
    await context.close()
  }, 180_000)

  it('shows the refusal in English on the English screen (the account set to English)', async () => {
    const big = file('festival-film.mp4', 11 * MB)
    const context = await signedIn('vi-VN', 'en')
    const page = await context.newPage()
    await openScreen(page)
    await page.getByRole('heading', { name: 'Upload many files' }).waitFor(WAIT)
    await page.fill('input[name="accessReason"]', 'Community only')
    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(big)
    await page.locator('.uppy-StatusBar-actionBtn--upload:not([disabled])').click(WAIT)
    expect(await shownErrors(page, 1)).toEqual([
      `festival-film.mp4: ${messageIn('en', MESSAGES.uploadTooLarge, { max: readableSize(0.01 * 1024 ** 3) })}`,
    ])
    await context.close()
  }, 120_000)
})
