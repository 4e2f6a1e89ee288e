import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_TRANSLATIONS } from '../../cms/src/i18n/adminTranslations'
import { MESSAGES } from '../../cms/src/i18n/messages'
import { englishWords, foreignDates, readScreen, sidewaysOverflow, wordsOf } from '../helpers/adminScan'
import { launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { demoScope, firstAdmin, SEAT_PASSWORD, seat } from '../helpers/seats'

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/issue13/ui')
const PHONE = { width: 390, height: 844 }

/** The staff seats, Vietnamese e-mail names (an address is data, but its words should not be English either). */
const SEATS = {
  contributor: 'cong-tac@vi-du.vn',
  editor: 'bien-tap@vi-du.vn',
  reviewer: 'tham-dinh@vi-du.vn',
  researcher: 'nghien-cuu@vi-du.vn',
} as const
type Role = keyof typeof SEATS

/**
 * Words the interface may show although they are not Vietnamese: codes and names of standards, file formats, and
 * "plei" (the Gia Rai and Ba Na word for a village, beside thôn, buôn, làng in the kinds of place).
 */
const ALLOWED = [
  'plei',
  // A key's name, in the toast region's label "Thông báo (alt+T)".
  'alt',
  ...['iso', 'unesco', 'wgs', 'tk', 'bc', 'vtt', 'webvtt', 'mime', 'sha', 'gps', 'iiif', 'oai', 'pmh'],
  ...['xlsx', 'csv', 'pdf', 'jpeg', 'png', 'webp', 'mp', 'aac', 'opus', 'kbit', 'hz'],
  // A product's name, in the dashboard's "Tải về Excel (XLSX)".
  'excel',
]

/**
 * Issue 13 part 6: every admin view a member of staff can reach speaks Vietnamese (no English word, one date
 * format), loads nothing from another host, and (part 5) does not scroll sideways on a 390×844 phone. The views
 * are found as a person finds them — the navigation, each list's first record, its history, its create button —
 * so views other engineers add are walked too.
 */
describe('the admin in Vietnamese, from every seat', () => {
  let server: CmsServer
  let browser: Browser
  let allowed: Set<string>

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startCmsServer({}, { withDemo: true }), launchBrowser()])
    const admin = await firstAdmin(server.url)
    const scope = await demoScope(server.url, admin)
    for (const [role, email] of Object.entries(SEATS))
      await seat(server.url, admin, email, [role], role === 'researcher' ? [] : [scope.dakLak])
    // The records' own words (names of places, groups, festivals; in Vietnamese) are what a screen may show.
    const records: unknown[] = []
    const collections = ['heritage-items', 'media', 'people', 'ethnic-groups', 'places', 'subjects', 'cultural-labels']
    for (const collection of collections)
      for (let page = 1; page; ) {
        const query = `depth=0&limit=100&page=${page}&locale=vi&draft=true`
        const reply = (await call(`${server.url}/api/${collection}?${query}`, { cookie: admin })).json()
        records.push(reply.docs)
        page = reply.hasNextPage ? page + 1 : 0
      }
    allowed = new Set([...wordsOf(records), ...ALLOWED])
    mkdirSync(ARTIFACTS, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  /** A browser signed in as the seat, recording every request that leaves for another host. */
  async function signedIn(role: Role, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ locale: 'vi-VN', viewport })
    const foreign: string[] = []
    const ours = new URL(server.url).host
    context.on('request', (request) => {
      const url = new URL(request.url())
      if (/^https?:$/.test(url.protocol) && url.host !== ours) foreign.push(request.url())
    })
    const page = await context.newPage()
    const signed = await page.request.post(`${server.url}/api/users/login`, {
      data: { email: SEATS[role], password: SEAT_PASSWORD },
    })
    expect(signed.status()).toBe(200)
    return { context, page, foreign }
  }

  /** The admin views a person in this seat reaches by clicking: dashboard, lists, a record, its history, create, account. */
  async function reachableViews(page: Page): Promise<string[]> {
    const views = ['/admin', '/admin/account']
    await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle' })
    const lists = await page
      .locator('nav a[href^="/admin/collections/"]')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))])
    for (const list of lists) {
      views.push(list)
      await page.goto(`${server.url}${list}`, { waitUntil: 'networkidle' })
      const create = page.locator(`a[href="${list}/create"]`).first()
      if (await create.isVisible()) views.push(`${list}/create`)
      const record = await page
        .locator(`.table tbody a[href^="${list}/"]`)
        .first()
        .getAttribute('href', { timeout: 2000 })
        .catch(() => null)
      if (!record) continue
      views.push(record)
      await page.goto(`${server.url}${record}`, { waitUntil: 'networkidle' })
      if (await page.locator(`a[href="${record}/versions"]`).first().isVisible()) views.push(`${record}/versions`)
    }
    return views
  }

  async function visit(page: Page, view: string): Promise<void> {
    await page.goto(`${server.url}${view}`, { waitUntil: 'networkidle' })
    // Signed-in views are read once Payload has hydrated them (its navigation says so).
    await page.locator('.nav--nav-hydrated').waitFor({ state: 'attached' })
  }

  it.each(['contributor', 'editor', 'reviewer', 'researcher'] as const)(
    'shows a %s no English word, one date format and nothing from another host, and no sideways scroll on a phone',
    async (role) => {
      const desk = await signedIn(role)
      const views = await reachableViews(desk.page)
      expect(views.length, `${role} reaches the lists of the archive`).toBeGreaterThan(3)
      const english: Record<string, string[]> = {}
      const dates: Record<string, string[]> = {}
      for (const view of views) {
        await visit(desk.page, view)
        const screen = await readScreen(desk.page)
        const words = englishWords([...screen.texts, ...screen.attributes, screen.title], allowed)
        if (words.length) english[view] = words
        const foreignDate = foreignDates(screen)
        if (foreignDate.length) dates[view] = foreignDate
      }
      const phone = await signedIn(role, PHONE)
      const overflow: Record<string, number> = {}
      for (const view of views) {
        await visit(phone.page, view)
        const sideways = await sidewaysOverflow(phone.page)
        if (sideways > 0) overflow[view] = sideways
      }
      if (role === 'editor') await phone.page.screenshot({ path: path.join(ARTIFACTS, `${role}-phone-last-view.png`) })
      await Promise.all([desk.context.close(), phone.context.close()])
      expect(
        {
          english,
          dates,
          foreign: [...desk.foreign, ...phone.foreign],
          overflow,
        },
        `${role}: English words, dates not in dd/MM/yyyy HH:mm, requests to other hosts, views too wide at 390 px`,
      ).toEqual({ english: {}, dates: {}, foreign: [], overflow: {} })
    },
    600_000,
  )

  it('shows an editor our own validation message on the field and a Vietnamese toast', async () => {
    const { context, page } = await signedIn('editor')
    const subjects = (await call(`${server.url}/api/subjects?depth=0&limit=1`)).json().docs as { id: number }[]
    await page.goto(`${server.url}/admin/collections/subjects/${subjects[0]?.id}`, { waitUntil: 'networkidle' })
    await page.locator('#field-slug').fill('Sai Dấu!')
    await page.getByRole('button', { name: 'Lưu' }).first().click()
    const fieldError = page.locator('.field-type.text:has(#field-slug) .field-error')
    await fieldError.waitFor({ state: 'attached' })
    expect(await fieldError.textContent()).toBe(MESSAGES.slug.vi)
    // The toast gives the reason when the server refused the save; when the form already knew the field was
    // wrong (its state came back before the click), it points to the marked fields. Vietnamese either way.
    const toast = page.locator('.payload-toast-container li').first()
    await toast.waitFor()
    expect([MESSAGES.slug.vi, ADMIN_TRANSLATIONS.vi.error.correctInvalidFields]).toContain(await toast.textContent())
    await context.close()
  })

  it('shows the whole logo in the top navigation, on a desktop and a phone', async () => {
    for (const [name, viewport] of [
      ['desktop', { width: 1366, height: 900 }],
      ['phone', PHONE],
    ] as const) {
      const { context, page } = await signedIn('contributor', viewport)
      await visit(page, '/admin')
      const icon = page.locator('.app-header [data-brand="di-san-so"] svg')
      await icon.waitFor()
      // What the person sees of the mark: its box against each ancestor that clips, and what is drawn at its
      // four edges (not something laid over it).
      const seen = await icon.evaluate((svg) => {
        const box = svg.getBoundingClientRect()
        const clippedBy: string[] = []
        for (let parent = svg.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          const style = getComputedStyle(parent)
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
          const outer = parent.getBoundingClientRect()
          if (
            outer.left > box.left + 0.5 ||
            outer.right < box.right - 0.5 ||
            outer.top > box.top + 0.5 ||
            outer.bottom < box.bottom - 0.5
          )
            clippedBy.push(`${parent.tagName.toLowerCase()}.${String(parent.className).slice(0, 40)}`)
        }
        const points = [
          [box.left + 2, box.top + box.height / 2],
          [box.right - 2, box.top + box.height / 2],
          [box.left + box.width / 2, box.top + 2],
          [box.left + box.width / 2, box.bottom - 2],
        ]
        const covered = points.filter(([x, y]) => !svg.contains(document.elementFromPoint(x ?? 0, y ?? 0))).length
        return { width: box.width, height: box.height, drawn: Number(svg.getAttribute('width')), clippedBy, covered }
      })
      expect(seen.width, name).toBe(seen.drawn)
      expect(seen.height, name).toBe(seen.drawn)
      expect(seen.clippedBy, name).toEqual([])
      expect(seen.covered, `${name}: edges of the mark covered by something else`).toBe(0)
      await page.screenshot({
        path: path.join(ARTIFACTS, `nav-logo-${name}.png`),
        clip: { x: 0, y: 0, width: Math.min(viewport.width, 480), height: 80 },
      })
      await context.close()
    }
  })

  it('shows the archive’s name, logo and favicon on the login page, not Payload’s', async () => {
    const context: BrowserContext = await browser.newContext({ locale: 'vi-VN', viewport: PHONE })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
    const brand = page.locator('.login__brand')
    expect(await brand.locator('[data-brand="di-san-so"]').textContent()).toContain('Di sản số')
    expect(await page.locator('.graphic-logo, .graphic-icon').count(), 'Payload’s own logo or icon').toBe(0)
    const icons = await page
      .locator('link[rel~="icon"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')))
    expect(icons).toEqual(['/di-san-so.svg'])
    const favicon = await page.request.get(`${server.url}/di-san-so.svg`)
    expect(favicon.headers()['content-type']).toContain('image/svg+xml')
    expect(await favicon.text()).toContain('<title>Di sản số</title>')
    expect(await page.title()).toContain('Di sản số')
    expect(await page.title()).not.toMatch(/payload/i)
    await page.screenshot({ path: path.join(ARTIFACTS, 'login-phone.png') })
    await context.close()
  })
})
