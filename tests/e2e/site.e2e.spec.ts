import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveStatic } from '../../scripts/site/staticServer'
import { launchBrowser } from '../helpers/browser'
import { expectNoCanary } from '../helpers/canary'
import { type SharedSite, sharedSiteFixture } from '../helpers/sharedSite'
import { QUALITY_SET, runQualitySet } from '../search/qualitySet'

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')

/** Every file under a folder, as text; Pagefind's gzipped index files unpacked first. */
function* textFiles(dir: string): Generator<[string, string]> {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry)
    if (statSync(file).isDirectory()) yield* textFiles(file)
    else {
      const bytes = readFileSync(file)
      const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes
      yield [file, unpacked.toString('utf8')]
    }
  }
}

describe('the public site, built from a snapshot of the demo archive', () => {
  let site: SharedSite
  let browser: Browser
  let page: Page
  /** What the browser refused under the site's CSP while the tests below browsed, searched, played and mapped. */
  const refused: string[] = []
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    ;[site, browser] = await Promise.all([sharedSiteFixture(), launchBrowser()])
    page = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } })).newPage()
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`)
    })
  }, 420_000)
  afterAll(async () => {
    await browser?.close()
    await site?.stop()
  })

  it('carries nothing that is not public: no canary in any file of the site, its search index, sitemap or snapshot', () => {
    let files = 0
    for (const dir of [site.dist, site.snapshot])
      for (const [file, text] of textFiles(dir)) {
        expectNoCanary(text, site.canary, path.relative(dir, file))
        files += 1
      }
    expect(files).toBeGreaterThan(100)
    for (const id of [site.canary.ids.restrictedMedia, site.canary.ids.communityMedia])
      expect(() => statSync(path.join(site.dist, 'media', String(id)))).toThrow()
    const sitemap = readFileSync(path.join(site.dist, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('/di-san/le-hoi-kate/')
    expect(sitemap).toContain('/en/di-san/le-hoi-kate/')
  })

  it('browses from home to an item by ethnic group, and by an old province name', async () => {
    await page.goto(site.url)
    await page
      .getByRole('link', { name: /^Chăm \(\d+\)$/ })
      .first()
      .click()
    await page.getByRole('link', { name: /Lễ hội Katê/ }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lễ hội Katê')
    const licence = page.locator('a[rel="license"]')
    expect(await licence.textContent()).toBe('CC BY 4.0')
    expect(await licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(await page.getByTestId('citation').textContent()).toContain(
      'Lễ hội Katê. Di sản số. http://localhost:4321/di-san/le-hoi-kate/',
    )
    await page.screenshot({ path: path.join(ARTIFACTS, 'site-item-vi.png'), fullPage: true })

    await page.goto(`${site.url}/dia-danh/`)
    // The map draws its markers even though map tiles cannot load here (no internet): the list stays below.
    await page.getByTestId('places-map').scrollIntoViewIfNeeded()
    await expect
      .poll(() => page.locator('[data-testid="places-map"] path.leaflet-interactive').count())
      .toBeGreaterThan(3)
    await page.screenshot({ path: path.join(ARTIFACTS, 'site-places.png'), fullPage: true })
    const old = page.locator('li', { hasText: 'nay thuộc' }).first()
    await old.getByRole('link').first().click()
    expect(await page.locator('.cards li').count()).toBeGreaterThan(0)
  })

  it('browses the festival calendar by lunar month and by solar date', async () => {
    await page.goto(site.url)
    await page.getByRole('link', { name: 'Lịch lễ hội' }).first().click()
    const seventh = page.getByTestId('calendar-am-lich-7')
    expect(await seventh.locator('h3').first().textContent()).toBe('Tháng 7 âm lịch')
    const kate = seventh.locator('.card', { hasText: 'Lễ hội Katê' })
    expect(await kate.locator('.note').textContent()).toBe('Tháng 7 âm lịch')
    const wharf = page.getByTestId('calendar-duong-lich-3').locator('.card', { hasText: 'Lễ cúng bến nước' })
    expect(await wharf.locator('.note').textContent()).toBe('12/3/2023 – 13/3/2023')
    await page.screenshot({ path: path.join(ARTIFACTS, 'site-calendar.png'), fullPage: true })
    await page.getByRole('link', { name: /^Xem tất cả \d+ di sản: Tháng 1 âm lịch$/ }).click()
    await page.waitForURL(`${site.url}/lich-le-hoi/am-lich-1/`)
    expect(await page.locator('h1').textContent()).toBe('Tháng 1 âm lịch')
    expect(await page.locator('.cards li').count()).toBeGreaterThan(0)
  })

  it('pages through a long list: every item once, the language switch keeping the page', async () => {
    const snapshot = JSON.parse(readFileSync(path.join(site.snapshot, 'snapshot.json'), 'utf8')) as {
      items: { kind: string; title: { vi: string } }[]
    }
    const crafts = snapshot.items.filter((item) => item.kind === 'craft').map((item) => item.title.vi)
    expect(crafts.length).toBeGreaterThan(4) // the fixture's pages hold 4 cards
    const pages = Math.ceil(crafts.length / 4)
    await page.goto(`${site.url}/loai/craft/`)
    expect(await page.getByTestId('listing-count').textContent()).toBe(`${crafts.length} di sản · Trang 1/${pages}`)
    const seen: string[] = []
    for (let n = 1; n <= pages; n += 1) {
      if (n > 1) {
        await page.getByTestId('pager').getByRole('link', { name: 'Trang sau →' }).click()
        await page.waitForURL(`${site.url}/loai/craft/trang/${n}/`)
        expect(await page.locator('[aria-current="page"]').textContent()).toBe(String(n))
      }
      seen.push(...(await page.locator('.cards h3').allTextContents()))
    }
    expect(await page.getByRole('link', { name: 'Trang sau →' }).count()).toBe(0)
    expect(seen.sort()).toEqual([...crafts].sort())
    await page.getByTestId('language-switch').click()
    await page.waitForURL(`${site.url}/en/loai/craft/trang/${pages}/`)
    expect(await page.getByTestId('listing-count').textContent()).toBe(
      `${crafts.length} items · Page ${pages} of ${pages}`,
    )
    await page.getByTestId('pager').getByRole('link', { name: '← Previous page' }).click()
    await page.waitForURL(`${site.url}/en/loai/craft/${pages > 2 ? `trang/${pages - 1}/` : ''}`)
  })

  it('plays the video (HLS) and shows the audio player with its waveform', async () => {
    await page.goto(`${site.url}/di-san/le-hoi-kate/`)
    const video = page.getByTestId('video-player').first()
    await video.scrollIntoViewIfNeeded()
    await page.waitForLoadState('networkidle')
    await video.evaluate(async (element) => {
      const player = element as HTMLVideoElement
      player.muted = true
      await player.play()
    })
    // Its clock moves on: it plays. Polled, as hls.js may wait a moment for a segment on a loaded machine.
    const timeOf = (player: typeof video) => player.evaluate((element) => (element as HTMLMediaElement).currentTime)
    await expect.poll(() => timeOf(video), { timeout: 15_000 }).toBeGreaterThan(0.3)
    const withAudio = JSON.parse(readFileSync(path.join(site.snapshot, 'snapshot.json'), 'utf8')) as {
      items: { slug: string; media: string[] }[]
      media: { id: string; kind: string }[]
    }
    const audioIds = new Set(withAudio.media.filter((m) => m.kind === 'audio').map((m) => m.id))
    const audioItem = withAudio.items.find((item) => item.media.some((id) => audioIds.has(id)))
    await page.goto(`${site.url}/di-san/${audioItem?.slug}/`)
    await expect.poll(() => page.locator('svg.waveform rect').count()).toBeGreaterThan(50)
    const audio = page.getByTestId('audio-player').first()
    await audio.evaluate((element) => (element as HTMLAudioElement).play())
    await expect.poll(() => timeOf(audio), { timeout: 15_000 }).toBeGreaterThan(0.3)
  })

  it.each([
    ['le hoi cong chieng', 'Không gian văn hóa cồng chiêng Tây Nguyên'],
    ['dam san', 'Sử thi Đam San'],
    ['ede', 'Rượu cần của người Ê Đê'],
    ['rhade', 'Rượu cần của người Ê Đê'],
    ['katê', 'Lễ hội Katê'],
  ])('search "%s" finds "%s" among the first results', async (query, title) => {
    await page.goto(`${site.url}/tim-kiem/`)
    await page.waitForLoadState('networkidle')
    await page.locator('#q').fill(query)
    const results = page.getByTestId('search-results').locator('li > a')
    await expect.poll(() => results.count()).toBeGreaterThan(0)
    const titles = await results.allTextContents()
    expect(titles.slice(0, 5)).toContain(title)
    if (query === 'dam san') await page.screenshot({ path: path.join(ARTIFACTS, 'site-search.png'), fullPage: true })
  })

  it(`answers the search quality set (${QUALITY_SET.length} queries) with the expected items in the first five`, async () => {
    let shownLocale = ''
    const result = await runQualitySet(async ({ query, locale }) => {
      if (locale !== shownLocale) {
        await page.goto(`${site.url}${locale === 'en' ? '/en' : ''}/tim-kiem/`, { waitUntil: 'networkidle' })
        shownLocale = locale
      }
      await page.locator('#q').fill(query)
      await page.waitForFunction(
        (shown) => document.querySelector('search-box')?.getAttribute('data-shown') === shown,
        JSON.stringify([query, {}]),
      )
      return page.getByTestId('search-results').locator('li > a').allTextContents()
    })
    console.info(result.report('Pagefind'))
    expect(result.misses).toEqual([])
    expect(result.recall).toBe(1)
  })

  it('built for Meilisearch but unable to reach it, still finds through Pagefind', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, () => {
        const { port } = probe.address() as { port: number }
        probe.close(() => resolve(port))
      })
    })
    const dist = path.join(path.dirname(site.dist), 'site-meili')
    execFileSync('npm', ['run', 'build', '-w', 'site', '--silent'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        SNAPSHOT_DIR: site.snapshot,
        SITE_OUT_DIR: dist,
        PUBLIC_MEILI_URL: `http://127.0.0.1:${port}`,
        PUBLIC_MEILI_SEARCH_KEY: 'khoa-chi-tim-kiem',
      },
      stdio: 'pipe',
    })
    const server = serveStatic(() => dist).listen(0)
    try {
      const base = `http://localhost:${(server.address() as { port: number }).port}`
      await page.goto(`${base}/tim-kiem/`, { waitUntil: 'networkidle' })
      const box = page.locator('search-box')
      expect(await box.getAttribute('data-meili-url')).toBe(`http://127.0.0.1:${port}`)
      expect(await box.getAttribute('data-meili-index')).toBe('disanso-public')
      expect(await box.getAttribute('data-engine')).toBe('meilisearch')
      await page.locator('#q').fill('dam san')
      const results = page.getByTestId('search-results').locator('li > a')
      await expect.poll(() => results.allTextContents()).toContain('Sử thi Đam San')
      expect(await box.getAttribute('data-engine')).toBe('pagefind')
    } finally {
      server.close()
      rmSync(dist, { recursive: true, force: true })
    }
  })

  it('filters search by ethnic group', async () => {
    await page.goto(`${site.url}/tim-kiem/`)
    await page.waitForLoadState('networkidle')
    await page.locator('#q').fill('le')
    await page.locator('select[data-filter="group"]').selectOption('Chăm')
    await expect
      .poll(async () => (await page.getByTestId('search-results').locator('li > a').allTextContents()).sort())
      .toEqual(['Lễ hội Katê', 'Lễ hội Rija Nagar'])
  })

  it.each([
    '/',
    '/di-san/le-hoi-kate/',
    '/tim-kiem/',
    '/en/dan-toc/e-de/',
    '/dia-danh/',
    '/lich-le-hoi/',
    '/loai/craft/trang/2/',
  ])('has no accessibility violations (axe-core, WCAG 2.1 AA) on %s', async (pathname) => {
    // axe-core is injected as an inline script, which the site's CSP rightly refuses: a page of its own.
    const axePage = await (
      await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } })
    ).newPage()
    await axePage.goto(`${site.url}${pathname}`, { waitUntil: 'networkidle' })
    await axePage.addScriptTag({ content: axe.source })
    const violations = await axePage.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      })
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    await axePage.context().close()
    expect(violations).toEqual([])
  })

  it('switches to English and back on the same record, saying where a translation is missing', async () => {
    await page.goto(`${site.url}/di-san/le-hoi-kate/`)
    await page.getByTestId('language-switch').click()
    await page.waitForURL(`${site.url}/en/di-san/le-hoi-kate/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('Katê festival')
    await page.screenshot({ path: path.join(ARTIFACTS, 'site-item-en.png'), fullPage: true })
    await page.getByTestId('language-switch').click()
    await page.waitForURL(`${site.url}/di-san/le-hoi-kate/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')

    const snapshot = JSON.parse(readFileSync(path.join(site.snapshot, 'snapshot.json'), 'utf8')) as {
      items: { slug: string; [text: string]: unknown }[]
    }
    type Text = { vi: string; en: string | null } | null
    const en = (item: (typeof snapshot.items)[number], field: string) => Boolean((item[field] as Text)?.en)
    const untranslated = snapshot.items.find((item) => (item.description as Text)?.vi && !en(item, 'description'))
    const translated = snapshot.items.find((item) => ['title', 'summary', 'description'].every((f) => en(item, f)))
    await page.goto(`${site.url}/en/di-san/${untranslated?.slug}/`)
    expect(await page.getByTestId('missing-translation').textContent()).toBe(
      'Not translated yet; showing the Vietnamese.',
    )
    await page.goto(`${site.url}/en/di-san/${translated?.slug}/`)
    expect(await page.getByTestId('missing-translation').count()).toBe(0)
  })

  it('sends a CSP that allows what the pages use and nothing more; no page above reported a violation', async () => {
    const response = await fetch(`${site.url}/di-san/le-hoi-kate/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/^default-src 'self'; /)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/)
    expect(csp).toContain(`img-src 'self' data: https://tile.openstreetmap.org;`)
    expect(csp).toContain("connect-src 'self';")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    expect(response.headers.get('strict-transport-security')).toBeNull() // SITE_URL is http here
    // The same headers for any static host, from the build itself.
    expect(readFileSync(path.join(site.dist, '_headers'), 'utf8')).toContain(`  Content-Security-Policy: ${csp}\n`)
    const html = await response.text()
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';/)
    expect(html).not.toMatch(/ style="/)
    expect(refused).toEqual([])
  })
})
