import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messageIn } from '../../cms/src/i18n/localMessage'
import { MESSAGES, UPLOAD_RECOVERY_TEXT } from '../../cms/src/i18n/messages'
import { launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { firstAdmin, SEAT_PASSWORD } from '../helpers/seats'
import {
  contributorWithPlaces,
  openUploadScreen,
  signedInContext,
  signInContext,
  waitUntilKeptInBrowser,
} from '../helpers/uploadScreen'
import { writeWav } from '../helpers/wavFile'

// Issue 15 items 4 and 6, from a contributor's seat: an upload survives the session ending (sign in on the
// page and continue), the server removing it (told, sent again), and the browser process being killed
// (a new browser on the same profile continues it, with or without the browser's own copy of the file).

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/issue15/ui')
const CONTRIBUTOR = 'cong-tac-gia-lai@vi-du.vn'
const WAIT = { timeout: 90_000 }
const MB = 1024 ** 2
/** Three 8 MB PATCHes (the screen's chunk size). */
const SIZE = 20 * MB + 4321
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  locale: 'vi-VN',
  viewport: { width: 1280, height: 900 },
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('an upload on the screen outlives the session, the server and the browser, as a contributor', () => {
  let server: CmsServer
  let browser: Browser
  let sources: string
  let cookie: string

  const signIn = (context: BrowserContext) => signInContext(context, server.url, CONTRIBUTOR)
  const openScreen = (page: Page) => openUploadScreen(page, server.url, WAIT.timeout)
  const startUpload = async (page: Page, file: string) => {
    await page.fill('input[name="accessReason"]', 'Chưa được già làng cho phép công bố')
    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(file)
    await page.getByRole('button', { name: 'Tải lên 1 tệp' }).click()
  }
  const finishedId = async (page: Page) => {
    const item = page.locator('[data-testid="upload-finished"]').first()
    await item.waitFor(WAIT)
    return String(await item.getAttribute('data-media-id'))
  }
  /** The SHA-256 of the original the archive serves for media `id`. */
  const storedSha = async (id: string) => {
    const doc = (await call(`${server.url}/api/media/${id}?depth=0`, { cookie })).json() as { url: string }
    const original = await fetch(new URL(doc.url, server.url), { headers: { cookie, origin: server.url } })
    expect(original.status).toBe(200)
    return sha256(Buffer.from(await original.arrayBuffer()))
  }
  /**
   * What the page sends and learns on /api/uploads: creations, HEAD offsets, and each PATCH's offset (read
   * as it leaves) and body size (once answered).
   */
  const watchTus = (page: Page) => {
    const seen = { posts: 0, heads: [] as number[], patches: [] as { offset: number; bytes: number }[] }
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/uploads') seen.posts++
      if (request.method() !== 'PATCH') return
      const patch = { offset: Number(request.headers()['upload-offset'] ?? -1), bytes: 0 }
      seen.patches.push(patch)
      void request
        .allHeaders()
        .then(async (headers) => {
          const sizes = await request.sizes()
          patch.bytes = Number(headers['content-length'] ?? sizes.requestBodySize)
        })
        .catch((error: unknown) => console.warn('[e2e] a PATCH without its size', error))
    })
    page.on('response', (response) => {
      if (response.request().method() === 'HEAD' && response.url().includes('/api/uploads/'))
        seen.heads.push(Number(response.headers()['upload-offset'] ?? -1))
    })
    return seen
  }

  beforeAll(async () => {
    sources = mkdtempSync(path.join(tmpdir(), 'disanso-upload-recovery-'))
    ;[server, browser] = await Promise.all([startCmsServer({}), launchBrowser()])
    const admin = await firstAdmin(server.url)
    cookie = (await contributorWithPlaces(server.url, admin, CONTRIBUTOR, ['tỉnh Gia Lai'])).cookie
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (sources) rmSync(sources, { recursive: true, force: true })
  })

  it('the session ends mid-upload: the officer signs in on the page and it continues from where the server stopped', async () => {
    const file = path.join(sources, 'Hát kể sử thi Đăm San.wav')
    const sourceSha = await writeWav(file, SIZE)
    const context = await signedInContext(browser, server.url, CONTRIBUTOR)
    const page = await context.newPage()
    let patches = 0
    // The session ends (its cookie is gone) after the first 8 MB arrived.
    await page.route('**/api/uploads/**', async (route) => {
      if (route.request().method() === 'PATCH' && ++patches === 2) await context.clearCookies()
      await route.continue()
    })
    const seen = watchTus(page)
    await openScreen(page)
    await startUpload(page, file)
    const form = page.locator('[data-testid="upload-signin"]')
    await form.waitFor(WAIT)
    expect(await form.getByRole('alert').first().innerText()).toBe(messageIn('vi', MESSAGES.tusSignedOut))
    await page.screenshot({ path: path.join(ARTIFACTS, 'signed-out.png') })
    const before = seen.patches.length
    await form.locator('input[name="email"]').fill(CONTRIBUTOR)
    await form.locator('input[name="password"]').fill(SEAT_PASSWORD)
    await form.getByRole('button', { name: 'Đăng nhập và tiếp tục' }).click()
    const id = await finishedId(page)
    expect(await storedSha(id)).toBe(sourceSha)
    // The same upload, asked where it stopped; the first PATCH after signing in starts there, not at 0.
    expect(seen.posts).toBe(1)
    const resumedAt = seen.heads.at(-1) ?? -1
    expect(resumedAt).toBeGreaterThanOrEqual(8 * MB)
    expect(seen.patches[before]?.offset).toBe(resumedAt)
    await context.close()
  }, 300_000)

  it('the server removed the unfinished upload: the officer is told it is sent again from the start', async () => {
    const file = path.join(sources, 'Múa xoang.wav')
    const sourceSha = await writeWav(file, SIZE)
    const context = await signedInContext(browser, server.url, CONTRIBUTOR)
    const page = await context.newPage()
    let patches = 0
    // After the first 8 MB the server removes the upload (as the expiry job does) and the link drops.
    await page.route('**/api/uploads/**', async (route) => {
      if (route.request().method() !== 'PATCH' || ++patches !== 2) return route.continue()
      const removed = await fetch(route.request().url(), {
        method: 'DELETE',
        headers: { cookie, origin: server.url, 'tus-resumable': '1.0.0' },
      })
      expect(removed.status).toBe(204)
      await route.abort('connectionreset')
    })
    const seen = watchTus(page)
    await openScreen(page)
    await startUpload(page, file)
    const notice = page.locator('[data-testid="upload-restarted"]')
    await notice.waitFor(WAIT)
    expect(await notice.innerText()).toBe(UPLOAD_RECOVERY_TEXT.restartedFromZero.vi.replace('{file}', 'Múa xoang.wav'))
    const id = await finishedId(page)
    expect(await storedSha(id)).toBe(sourceSha)
    expect(seen.heads).toContain(-1)
    expect(seen.posts).toBe(2)
    await context.close()
  }, 300_000)

  /** Starts the file's upload in a browser on `profile`, lets the first 8 MB arrive, then SIGKILLs the browser. */
  const killMidUpload = async (profile: string, file: string) => {
    const context = await chromium.launchPersistentContext(profile, CHROMIUM)
    await signIn(context)
    const page = context.pages()[0] ?? (await context.newPage())
    let patches = 0
    // The second chunk is never let out: the browser dies while sending it.
    await page.route('**/api/uploads/**', async (route) => {
      if (route.request().method() === 'PATCH' && ++patches >= 2) return
      await route.continue()
    })
    await openScreen(page)
    const created = page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/api/uploads'),
    )
    const first = page.waitForResponse(
      (response) => response.request().method() === 'PATCH' && response.status() === 204,
    )
    await startUpload(page, file)
    const uploadId =
      String((await created).headers().location)
        .split('/')
        .pop() ?? ''
    await first
    // Chromium writes localStorage (the upload's address) to disk a few seconds late: wait until it is there,
    // and until golden retriever has the file in IndexedDB.
    const storage = path.join(profile, 'Default', 'Local Storage', 'leveldb')
    await expect
      .poll(
        () =>
          readdirSync(storage)
            .filter((name) => name.endsWith('.log'))
            .some((name) => {
              const bytes = readFileSync(path.join(storage, name))
              // Chromium keeps a value as Latin-1 when it can, else UTF-16 (the file name is Vietnamese).
              return bytes.includes(Buffer.from(uploadId, 'latin1')) || bytes.includes(Buffer.from(uploadId, 'utf16le'))
            }),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true)
    await waitUntilKeptInBrowser(page, WAIT.timeout)
    const closed = new Promise((resolve) => context.once('close', resolve))
    process.kill(browserPid(profile), 'SIGKILL')
    await closed
  }

  /** The browser's main process (the one without `--type=`) running on `profile`. */
  const browserPid = (profile: string): number => {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let args: string[]
      try {
        args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EACCES')
          continue
        throw error
      }
      if (args.includes(`--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type=')))
        return Number(pid)
    }
    throw new Error(`no browser process on ${profile}`)
  }

  for (const kept of [true, false]) {
    it(`the browser process is killed mid-upload; a new browser continues it (${kept ? 'file kept in the browser' : 'file picked again'})`, async () => {
      const name = kept ? 'Lễ bỏ mả.wav' : 'Lễ cúng lúa mới.wav'
      const file = path.join(sources, name)
      const sourceSha = await writeWav(file, SIZE)
      const profile = mkdtempSync(path.join(tmpdir(), 'disanso-profile-'))
      await killMidUpload(profile, file)

      const context = await chromium.launchPersistentContext(profile, CHROMIUM)
      await signIn(context)
      const page = context.pages()[0] ?? (await context.newPage())
      if (!kept) {
        // Too big to keep (over golden retriever's 2 GB): the browser has no copy of the file.
        await page.goto(`${server.url}/api/uploads/mine`)
        const deleted = await page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const request = indexedDB.deleteDatabase('uppy-blobs')
              request.onsuccess = () => resolve('deleted')
              request.onerror = () => resolve('error')
              request.onblocked = () => resolve('blocked')
            }),
        )
        expect(deleted).toBe('deleted')
      }
      const seen = watchTus(page)
      await openScreen(page)
      // The screen offers to continue. Kept: golden retriever puts the file back in the dashboard (and the list of
      // parts to pick again leaves it out). Not kept: the server's part is listed, and the officer picks the same
      // file again, as the list says.
      if (kept) {
        await page.locator('.uppy-Dashboard-Item', { hasText: name }).waitFor(WAIT)
        expect(await page.locator('[data-testid="upload-unfinished"]', { hasText: name }).count()).toBe(0)
      } else {
        const listed = page.locator('[data-testid="upload-unfinished"] li', { hasText: name })
        await listed.waitFor(WAIT)
        // The list says what the file keeps: the access level its upload began with.
        expect(await listed.innerText()).toContain('mức truy cập: Hạn chế')
        // The file picked again keeps the details its upload began with: the officer gives none again (the
        // form's reason is empty, which the screen refuses for a new restricted file).
        expect(await page.inputValue('input[name="accessReason"]')).toBe('')
        await page.locator('input.uppy-Dashboard-input').first().setInputFiles(file)
      }
      await page.screenshot({ path: path.join(ARTIFACTS, `after-kill-${kept ? 'kept' : 'picked-again'}.png`) })
      await page.locator('.uppy-StatusBar-actionBtn--upload:not([disabled])').click(WAIT)
      const id = await finishedId(page)
      expect(await storedSha(id)).toBe(sourceSha)
      const stored = (await call(`${server.url}/api/media/${id}?depth=0`, { cookie })).json()
      expect(stored).toMatchObject({ accessLevel: 'restricted', accessReason: 'Chưa được già làng cho phép công bố' })
      expect(seen.posts, 'a new upload was created instead of continuing').toBe(0)
      const resumedAt = seen.heads[0] ?? -1
      expect(resumedAt).toBeGreaterThanOrEqual(8 * MB)
      expect(seen.patches[0]?.offset).toBe(resumedAt)
      // What the server received in all: what it had before the kill, and the rest.
      const received = resumedAt + seen.patches.reduce((sum, patch) => sum + patch.bytes, 0)
      console.info(
        `[e2e] after the kill (${kept ? 'kept' : 'picked again'}): received ${received} B = ${(received / SIZE).toFixed(4)} × the file`,
      )
      expect(received).toBeGreaterThanOrEqual(SIZE)
      expect(received).toBeLessThanOrEqual(1.05 * SIZE)
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }, 400_000)
  }
})
