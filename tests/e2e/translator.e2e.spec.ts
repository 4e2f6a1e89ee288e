import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { hostileText, watchHostile } from '../helpers/canary'
import { call } from '../helpers/http'
import { demoScope, SEAT_PASSWORD, seat } from '../helpers/seats'
import { type SharedCmsServer, sharedCmsServer } from '../helpers/sharedCms'

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/issue13/ui')

/**
 * Issue 13 part 7: a translator (an editor of the record's province) switches an item to English and sees the
 * Vietnamese text under each localised field, and the Vietnamese title in the header while the English title is
 * still empty — not the record's id. The Vietnamese text is hostile: it must show as text and never run.
 */
describe('a translator editing the English of an item', () => {
  let server: SharedCmsServer
  let browser: Browser
  let item: number | string
  const vi = {
    title: hostileText('tieu-de'),
    summary: 'Lễ cúng sức khỏe cho voi của người M’nông, làm vào đầu mùa khô.',
    description: hostileText('mo-ta'),
  }

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([sharedCmsServer(), launchBrowser()])
    const admin = await server.admin()
    const scope = await demoScope(server.url, admin)
    await seat(server.url, admin, 'bien-dich@vi-du.vn', ['editor'], [scope.dakLak])
    const created = await call(`${server.url}/api/heritage-items?draft=true&locale=vi`, {
      method: 'POST',
      cookie: admin,
      body: { ...vi, kind: 'festival', ethnicGroups: [scope.ede], owningProvince: scope.dakLak },
    })
    expect(created.status, created.text).toBe(201)
    item = (created.json().doc as { id: number }).id
    mkdirSync(ARTIFACTS, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the Vietnamese text under the English fields and the Vietnamese title in the header, as text', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const watch = watchHostile(page)
    const signed = await page.request.post(`${server.url}/api/users/login`, {
      data: { email: 'bien-dich@vi-du.vn', password: SEAT_PASSWORD },
    })
    expect(signed.status()).toBe(200)
    await page.goto(`${server.url}/admin/collections/heritage-items/${item}?locale=en`, { waitUntil: 'networkidle' })
    expect(await page.locator('#field-title').inputValue(), 'the English title is empty').toBe('')
    for (const field of ['title', 'summary', 'description'] as const) {
      const beside = page.locator(`.vi-text-beside[data-vi-text-for="${field}"]`)
      await beside.waitFor()
      expect(await beside.getAttribute('lang')).toBe('vi')
      expect(await beside.textContent(), `the Vietnamese ${field} under the English field`).toBe(
        `Bản tiếng Việt:${vi[field]}`,
      )
    }
    const header = page.locator('.doc-header__title')
    await expect.poll(() => header.textContent(), { timeout: 10_000 }).toBe(vi.title)
    expect(await page.locator('img[src="x"]').count(), 'an injected image').toBe(0)
    await watch.check('the English edit view with hostile Vietnamese text')
    await page.screenshot({ path: path.join(ARTIFACTS, 'translator-english-edit.png') })

    // Typing the English title puts it in the header; in Vietnamese, no Vietnamese text is repeated.
    await page.locator('#field-title').fill('Ceremony for the health of elephants')
    await expect.poll(() => header.textContent(), { timeout: 10_000 }).toBe('Ceremony for the health of elephants')
    // (In a new tab: the unsaved English title would hold the first one with Payload's "leave without saving?".)
    const vietnamese = await context.newPage()
    const watchVietnamese = watchHostile(vietnamese)
    await vietnamese.goto(`${server.url}/admin/collections/heritage-items/${item}?locale=vi`, {
      waitUntil: 'networkidle',
    })
    await vietnamese.locator('#field-title').waitFor()
    expect(await vietnamese.locator('#field-title').inputValue()).toBe(vi.title)
    expect(
      await vietnamese.locator('.vi-text-beside').count(),
      'Vietnamese text repeated under Vietnamese fields',
    ).toBe(0)
    await watchVietnamese.check('the Vietnamese edit view')
    await context.close()
  })
})
