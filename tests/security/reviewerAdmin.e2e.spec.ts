import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

const PASSWORD = 'mot-mat-khau-dai-2026'

/**
 * Hole 10 of issue 12, in the admin: a reviewer opens a submitted record, finds its content read-only and
 * the review state and note editable, approves it — and the content stays as the officer wrote it.
 */
describe('a reviewer in the admin', () => {
  let server: CmsServer
  let browser: Browser
  let admin = ''
  let item: number | string
  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startCmsServer({}, { withDemo: true }), launchBrowser()])
    const registered = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'admin@vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD, roles: ['admin'] },
    })
    expect(registered.status, registered.text).toBe(200)
    admin = (await login(server.url, 'admin@vi-du.vn', PASSWORD)).cookie
    const first = async (path: string) =>
      ((await call(`${server.url}${path}`, { cookie: admin })).json().docs as { id: number }[])[0]?.id
    const dakLak = await first('/api/places?where[name][equals]=t%E1%BB%89nh%20%C4%90%E1%BA%AFk%20L%E1%BA%AFk&depth=0')
    const ede = await first('/api/ethnic-groups?where[slug][equals]=e-de&depth=0')
    const reviewer = await call(`${server.url}/api/users`, {
      method: 'POST',
      cookie: admin,
      body: { email: 'tham-dinh@vi-du.vn', password: PASSWORD, roles: ['reviewer'], provinces: [dakLak] },
    })
    expect(reviewer.status, reviewer.text).toBe(201)
    const created = await call(`${server.url}/api/heritage-items?draft=true`, {
      method: 'POST',
      cookie: admin,
      body: {
        title: 'Lễ mừng lúa mới chờ thẩm định',
        summary: 'Bản tóm tắt của cán bộ.',
        kind: 'festival',
        ethnicGroups: [ede],
        owningProvince: dakLak,
        accessLevel: 'restricted',
        accessReason: 'Chờ già làng xem lại',
        consent: { status: 'given' },
        rights: { licence: 'all-rights-reserved' },
        reviewState: 'submitted',
      },
    })
    expect(created.status, created.text).toBe(201)
    item = (created.json().doc as { id: number }).id
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('writes the review note, sees the content read-only, and approves with the button without changing it', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const signedIn = await page.request.post(`${server.url}/api/users/login`, {
      data: { email: 'tham-dinh@vi-du.vn', password: PASSWORD },
    })
    expect(signedIn.status()).toBe(200)
    await page.goto(`${server.url}/admin/collections/heritage-items/${item}`, { waitUntil: 'networkidle' })
    await page.locator('.review-actions').waitFor()
    expect(await page.locator('#field-title').isDisabled()).toBe(true)
    expect(await page.locator('#field-summary').isDisabled()).toBe(true)
    // The review moves are buttons (issue 13): the reviewer writes the note in the review panel and approves.
    expect(await page.locator('.review-actions__buttons button').allTextContents()).toEqual([
      'Yêu cầu chỉnh sửa',
      'Duyệt',
    ])
    await page.locator('#review-actions-note').fill('Đã kiểm tra sự đồng ý của cộng đồng.')
    await page.getByRole('button', { name: 'Duyệt' }).click()
    await page.locator('.review-actions__state strong', { hasText: 'Đã duyệt' }).waitFor()
    const toast = page.locator('.payload-toast-container li').first()
    await toast.waitFor()
    expect(await toast.textContent()).not.toMatch(/lỗi|error|không/i)
    const stored = (await call(`${server.url}/api/heritage-items/${item}?draft=true&depth=0`, { cookie: admin })).json()
    expect(stored).toMatchObject({
      reviewState: 'approved',
      title: 'Lễ mừng lúa mới chờ thẩm định',
      summary: 'Bản tóm tắt của cán bộ.',
      accessLevel: 'restricted',
    })
    expect((stored.reviewHistory as { note: string }[]).at(-1)?.note).toBe('Đã kiểm tra sự đồng ý của cộng đồng.')
    await context.close()
  })
})
