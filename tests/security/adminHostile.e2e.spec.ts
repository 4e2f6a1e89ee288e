import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { watchHostile } from '../helpers/canary'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

const PASSWORD = 'mot-mat-khau-dai-2026'

/**
 * Record text is hostile until escaped (DESIGN.md §5), in the admin too: an editor opening the lists and
 * the edit view of records full of hostile text must run none of it (issue 12, "the admin must show the
 * hostile-text canary inert to staff").
 */
describe('hostile record text in the admin, seen by an editor', () => {
  let server: CmsServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startCmsServer({}, { withCanaries: true }), launchBrowser()])
    const admin = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'admin@vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD, roles: ['admin'] },
    })
    expect(admin.status, admin.text).toBe(200)
    const cookie = (await login(server.url, 'admin@vi-du.vn', PASSWORD)).cookie
    const province = (
      await call(`${server.url}/api/places/${server.canary?.hostile.ids.place}?depth=0`, { cookie })
    ).json().parent
    const editor = await call(`${server.url}/api/users`, {
      method: 'POST',
      cookie,
      body: { email: 'editor@vi-du.vn', password: PASSWORD, roles: ['editor'], provinces: [province] },
    })
    expect(editor.status, editor.text).toBe(201)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('runs none of it in the lists of items, places and people, nor in the item’s edit view', async () => {
    const hostile = server.canary?.hostile
    if (!hostile) throw new Error('no hostile canary planted')
    const context = await browser.newContext()
    const page = await context.newPage()
    const watch = watchHostile(page)
    await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
    await page.fill('#field-email', 'editor@vi-du.vn')
    await page.fill('#field-password', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/admin`)
    const screens = [
      ['/admin/collections/heritage-items', 'items list'],
      [`/admin/collections/heritage-items/${hostile.ids.item}`, 'item edit view'],
      ['/admin/collections/places', 'places list'],
      [`/admin/collections/places/${hostile.ids.place}`, 'place edit view'],
      ['/admin/collections/people', 'people list'],
      [`/admin/collections/people/${hostile.ids.person}`, 'person edit view'],
    ] as const
    for (const [path, where] of screens) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
      // The hostile text is on screen, as text.
      await page.getByText(hostile.tag).first().waitFor({ state: 'attached' })
      await watch.check(where)
      expect(await page.locator('img[src="x"]').count(), `${where}: an injected image`).toBe(0)
    }
    await context.close()
  })
})
