import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { choose, launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')

/** Opens "Chọn từ thư viện" (choose from library) on an upload field and picks the first file listed. */
async function pickFromLibrary(page: Page, fieldSelector: string): Promise<void> {
  await page.locator(fieldSelector).getByRole('button', { name: 'Chọn từ thư viện' }).click()
  const drawer = page.locator('.drawer--is-open').last()
  await drawer.locator('.table tbody tr').first().locator('button, a').first().click()
  await drawer.waitFor({ state: 'detached' })
}

// Payload takes the session cookie only from the archive's own pages (CSRF): say so, as the admin's own pages do.
const SAME_ORIGIN = { headers: { 'sec-fetch-site': 'same-origin' } }

describe('an officer enters a festival in the admin', () => {
  let server: CmsServer
  let browser: Browser
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    ;[server, browser] = await Promise.all([startCmsServer({}, { withDemo: true }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('in Vietnamese: group, old place name, lunar month, people, media, consent; saves a draft, translates it, sees its history', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const registered = await page.request.post(`${server.url}/api/users/first-register`, {
      data: {
        email: 'can-bo@vi-du.vn',
        password: 'mot-mat-khau-dai-2026',
        'confirm-password': 'mot-mat-khau-dai-2026',
        roles: ['editor'],
      },
    })
    expect(registered.status()).toBe(200)

    await page.goto(`${server.url}/admin/collections/heritage-items/create`, { waitUntil: 'networkidle' })
    await page.locator('#field-title').fill('Lễ cúng bến nước buôn Ê Đê ở Sông Hinh')
    await page.locator('#field-summary').fill('Lễ tạ ơn thần nước sau mùa rẫy, ghi hình năm 2024.')
    await choose(page, '#field-kind', 'Lễ hội', 'Lễ hội')
    await choose(page, '#field-ethnicGroups', 'Ê Đê', 'Ê Đê')
    await choose(page, '#field-owningProvince', 'Đắk', 'tỉnh Đắk Lắk')
    await page.locator('#field-accessReason').fill('Chờ già làng xem lại trước khi công bố')

    await page.getByRole('button', { name: 'Địa điểm, thời gian' }).click()
    await choose(page, '#field-places', 'Sông Hinh', 'huyện Sông Hinh')
    await page.locator('#field-time__lunarMonth').fill('3')

    await page.getByRole('button', { name: 'Người, tư liệu' }).click()
    await page.getByRole('button', { name: /^Thêm:? Người$/ }).click()
    await choose(page, '#field-people__0__person', 'Già làng', 'Già làng buôn Ê Đê')
    await choose(page, '#field-people__0__role', 'Già làng', 'Già làng, người có uy tín')
    await pickFromLibrary(page, '#field-media')
    await pickFromLibrary(page, '#field-featuredMedia')

    await page.getByRole('button', { name: 'Nguồn, quyền, đồng ý' }).click()
    await choose(page, '#field-consent__status', 'Đã đồng ý', 'Đã đồng ý')
    await page.locator('#field-consent__givenBy').fill('Già làng buôn Ê Đê')

    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/heritage-items\/(?!create)[\w-]+$/)
    const id = page.url().split('/').at(-1)
    await page.screenshot({ path: path.join(ARTIFACTS, 'heritage-item-draft-vi.png'), fullPage: true })

    // Translate: the same record with the content language switched to English.
    await page.goto(`${server.url}/admin/collections/heritage-items/${id}?locale=en`, { waitUntil: 'networkidle' })
    await page.locator('#field-title').fill('Ede water-wharf ceremony in Sông Hinh')
    await page
      .locator('#field-summary')
      .fill('Thanksgiving to the water spirit after the farming season, filmed in 2024.')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page
      .getByText(/đã được lưu|thành công/i)
      .first()
      .waitFor()

    await page.goto(`${server.url}/admin/collections/heritage-items/${id}/versions`)
    await page.locator('.table tbody tr').first().waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS, 'heritage-item-history.png'), fullPage: true })
    expect(await page.locator('.table tbody tr').count()).toBeGreaterThanOrEqual(2)

    const saved = await (
      await page.request.get(`${server.url}/api/heritage-items/${id}?draft=true&locale=all&depth=1`, SAME_ORIGIN)
    ).json()
    expect(saved.title).toEqual({
      vi: 'Lễ cúng bến nước buôn Ê Đê ở Sông Hinh',
      en: 'Ede water-wharf ceremony in Sông Hinh',
    })
    expect(saved).toMatchObject({
      _status: 'draft',
      kind: 'festival',
      reviewState: 'draft',
      time: { lunarMonth: 3 },
      people: [{ role: 'elder', person: { name: 'Già làng buôn Ê Đê (hồ sơ mẫu)' } }],
      consent: { status: 'given', givenBy: 'Già làng buôn Ê Đê' },
    })
    expect(saved.ethnicGroups.map((group: { slug: string }) => group.slug)).toEqual(['e-de'])
    expect(saved.places.map((place: { name: { vi: string } }) => place.name.vi)).toEqual(['huyện Sông Hinh'])
    // Recorded under the old district, found under the province that replaced Phú Yên.
    expect(saved.placesIndex.map((place: { name: { vi: string } }) => place.name.vi).sort()).toEqual(
      ['huyện Sông Hinh', 'tỉnh Phú Yên', 'tỉnh Đắk Lắk'].sort(),
    )
    expect(saved.media).toHaveLength(1)
    expect(saved.featuredMedia.id).toBe(saved.media[0].id)
    await context.close()
  })
})
