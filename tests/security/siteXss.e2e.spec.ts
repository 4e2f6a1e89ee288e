import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { expectInertHtml, expectNoCanary, watchHostile } from '../helpers/canary'
import { type SharedSite, sharedSiteFixture } from '../helpers/sharedSite'

type Localized = { vi: string; en: string | null }
type DcStatement = { element: string; value: string; lang?: 'vi' | 'en' }
type Snapshot = {
  items: {
    id: string
    slug: string
    title: Localized
    summary: Localized
    places: string[]
    ethnicGroups: string[]
    dublinCore: DcStatement[]
  }[]
  people: { slug: string; name: string }[]
  places: { id: string; name: Localized }[]
}

/** Every file of a folder (relative path, text); Pagefind's gzipped files unpacked. */
function* files(dir: string, under = ''): Generator<[string, string]> {
  for (const entry of readdirSync(path.join(dir, under))) {
    const relative = path.join(under, entry)
    if (statSync(path.join(dir, relative)).isDirectory()) yield* files(dir, relative)
    else {
      const bytes = readFileSync(path.join(dir, relative))
      const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes
      yield [relative, unpacked.toString('utf8')]
    }
  }
}

/**
 * The hostile-text canary (a public item, a place with coordinates and a person whose every text field tries
 * to break out of HTML, attributes, `<script>` and URLs) through every output of the public site, as a visitor
 * on a phone would meet it: built pages, JSON-LD, sitemap, snapshot, CSV, the map popup and search results.
 */
describe('hostile record text on the public site stays text', () => {
  let site: SharedSite
  let browser: Browser
  let context: BrowserContext
  let snapshot: Snapshot
  let item: Snapshot['items'][number]
  let tag: string
  beforeAll(async () => {
    ;[site, browser] = await Promise.all([sharedSiteFixture(), launchBrowser()])
    context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } })
    tag = site.canary.hostile.tag
    snapshot = JSON.parse(readFileSync(path.join(site.snapshot, 'snapshot.json'), 'utf8')) as Snapshot
    const found = snapshot.items.find((record) => record.id === String(site.canary.hostile.ids.item))
    if (!found) throw new Error('[e2e] the hostile item is not in the snapshot')
    item = found
  }, 420_000)
  afterAll(async () => {
    await browser?.close()
    await site?.stop()
  })

  /** A page of the phone context that fails the test if the hostile text runs or a dialog opens. */
  async function visit(pathname: string): Promise<{ page: Page; check: () => Promise<void> }> {
    const page = await context.newPage()
    const watch = watchHostile(page)
    await page.goto(`${site.url}${pathname}`, { waitUntil: 'networkidle' })
    return { page, check: () => watch.check(pathname) }
  }

  it('writes it inert into every built page, the sitemap and the snapshot JSON, and leaks no restricted canary', () => {
    const carrying: string[] = []
    for (const dir of [site.dist, site.snapshot])
      for (const [file, text] of files(dir)) {
        expectNoCanary(text, site.canary, file)
        // The search index holds the text as data (read by script, shown with textContent; see the search test).
        if (file.startsWith('pagefind') || file.includes('csv')) continue
        expectInertHtml(text, file)
        if (text.includes(tag)) carrying.push(file)
      }
    for (const where of [
      /^di-san\/.*index\.html$/,
      /^en\/di-san\/.*index\.html$/,
      /^nhan-vat\/.*index\.html$/,
      new RegExp(`^dia-danh/${item.places[0]}/index\\.html$`),
      /^dan-toc\/.*index\.html$/,
      /^loai\/festival\/.*index\.html$/,
      /^lich-le-hoi\/.*index\.html$/,
      /^index\.html$/,
      /^sitemap\.xml$/,
      /^snapshot\.json$/,
      /^du-lieu-mo\/snapshot\.json$/,
    ])
      expect(
        carrying.some((file) => where.test(file)),
        `no file matching ${where} carries the hostile text`,
      ).toBe(true)
  })

  it('writes JSON-LD that is valid JSON and equals the record text', () => {
    const html = readFileSync(path.join(site.dist, 'di-san', item.slug, 'index.html'), 'utf8')
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(1)
    const jsonLd = JSON.parse(scripts[0]?.[1] ?? '') as { name: string; description: string }
    expect(jsonLd.name).toBe(item.title.vi)
    expect(jsonLd.description).toBe(item.summary.vi)
    expect(jsonLd.name).toContain('</script><script>')
    // Its title is not translated: the English page's JSON-LD says its text is Vietnamese.
    const english = readFileSync(path.join(site.dist, 'en', 'di-san', item.slug, 'index.html'), 'utf8')
    const englishLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(english)?.[1] ?? '')
    expect(englishLd).toMatchObject({ name: item.title.vi, inLanguage: 'vi' })
  })

  it("writes the record's Dublin Core into the item page head as DC meta, per language, equal to the record", async () => {
    expect(item.title.en).toBeNull()
    for (const locale of ['vi', 'en'] as const) {
      const { page, check } = await visit(`${locale === 'en' ? '/en' : ''}/di-san/${item.slug}/`)
      const meta = await page.locator('head meta[name^="DC."]').evaluateAll((nodes) =>
        nodes.map((node) => ({
          element: node.getAttribute('name')?.slice(3),
          value: node.getAttribute('content'),
          ...(node.getAttribute('lang') ? { lang: node.getAttribute('lang') } : {}),
        })),
      )
      // Every statement in the page's language or in none, in the record's order; the title, untranslated, in
      // Vietnamese on the English page too; nothing the record does not say.
      const inPage = (statement: DcStatement) => statement.lang === undefined || statement.lang === locale
      const expected = item.dublinCore.filter(
        (statement) =>
          inPage(statement) || !item.dublinCore.some((other) => other.element === statement.element && inPage(other)),
      )
      expect(meta, locale).toEqual(expected)
      expect(meta, locale).toContainEqual({ element: 'title', value: item.title.vi, lang: 'vi' })
      expect(item.title.vi).toContain('</script><script>')
      expect(await page.locator('head link[rel="schema.DC"]').getAttribute('href')).toBe(
        'http://purl.org/dc/elements/1.1/',
      )
      await check()
      await page.close()
    }
  })

  it('gives the snapshot and its CSV the exact text, the CSV as a download', async () => {
    const published = readFileSync(path.join(site.dist, 'du-lieu-mo', 'snapshot.json'), 'utf8')
    expect(published).not.toMatch(/[<>\u2028\u2029]/)
    const parsed = JSON.parse(published) as Snapshot
    expect(parsed.items.find((record) => record.id === item.id)?.title.vi).toBe(item.title.vi)
    const response = await fetch(`${site.url}/du-lieu-mo/csv/heritage-items.csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBe('attachment')
    // A CSV field holding quotes is written quoted, its quotes doubled: the exact text, as a spreadsheet reads it.
    expect(await response.text()).toContain(`"${item.title.vi.replaceAll('"', '""')}"`)
  })

  it('shows the item, person, place, group, kind and calendar pages on a phone with the text shown, never run', async () => {
    const person = snapshot.people.find((p) => p.name.includes(tag))
    // The first vi page of each listing that shows the hostile item's card (the kind's list is paged).
    const listing = (prefix: string) => {
      const file = [...files(site.dist, prefix)].find(
        ([name, text]) => name.endsWith('index.html') && text.includes(`${tag}-title`),
      )?.[0]
      if (!file) throw new Error(`[e2e] no page under ${prefix} lists the hostile item`)
      return `/${path.dirname(file)}/`
    }
    const pages = [
      listing(`dan-toc/${item.ethnicGroups[0]}`),
      listing('loai/festival'),
      '/lich-le-hoi/',
      `/di-san/${item.slug}/`,
      `/en/di-san/${item.slug}/`,
      `/nhan-vat/${person?.slug}/`,
      `/dia-danh/${item.places[0]}/`,
      '/lich-le-hoi/am-lich-3/',
      '/',
    ]
    for (const pathname of pages) {
      const { page, check } = await visit(pathname)
      expect(await page.locator('body').textContent(), pathname).toContain(`${tag}-`)
      expect(await page.locator('main img[src="x"], main svg[onload]').count(), pathname).toBe(0)
      await check()
      await page.close()
    }
    const { page, check } = await visit(`/di-san/${item.slug}/`)
    expect(await page.locator('h1').textContent()).toBe(item.title.vi)
    expect(await page.title()).toBe(`${item.title.vi} — Di sản số`)
    await check()
    await page.close()
  })

  it('opens the map popup of the hostile place with its name as text and a link to the place page', async () => {
    const { page, check } = await visit('/dia-danh/')
    await page.getByTestId('places-map').scrollIntoViewIfNeeded()
    const markers = page.locator('[data-testid="places-map"] path.leaflet-interactive')
    await expect.poll(() => markers.count()).toBeGreaterThan(3)
    const place = snapshot.places.find((p) => p.id === item.places[0])
    let opened = ''
    for (let i = 0; i < (await markers.count()) && !opened.includes(tag); i += 1) {
      await markers.nth(i).dispatchEvent('click')
      opened =
        (await page
          .locator('.leaflet-popup-content')
          .textContent()
          .catch(() => '')) ?? ''
    }
    expect(opened).toMatch(new RegExp(`^${place?.name.vi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`))
    const popup = page.locator('.leaflet-popup-content')
    expect(await popup.locator('img, svg, script').count()).toBe(0)
    expect(await popup.locator('a').getAttribute('href')).toBe(`/dia-danh/${item.places[0]}/`)
    await check()
    await page.close()
  })

  it('lists it in search results as text, after typing its tag', async () => {
    const { page, check } = await visit('/tim-kiem/')
    await page.locator('#q').fill(tag)
    const results = page.getByTestId('search-results').locator('li')
    // Pagefind keeps the text but folds runs of whitespace into one space.
    const spaced = (text: string) => text.replace(/\s+/g, ' ')
    await expect
      .poll(async () => (await results.locator('a').allTextContents()).map(spaced))
      .toContain(spaced(item.title.vi))
    expect(await results.locator('img, svg, script').count()).toBe(0)
    const link = results.locator('a', { hasText: `${tag}-title` }).first()
    expect(await link.getAttribute('href')).toBe(`/di-san/${item.slug}/`)
    expect((await results.locator('p').allTextContents()).map(spaced)).toContain(spaced(item.summary.vi))
    await check()
    await page.close()
  })
})
