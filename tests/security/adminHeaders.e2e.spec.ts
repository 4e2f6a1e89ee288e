import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

const PASSWORD = 'mot-mat-khau-dai-2026'

/** Collects every Content-Security-Policy violation a page reports (console and DOM event). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { __reportCsp: (text: string) => void }).__reportCsp(
        `${event.violatedDirective} ${event.blockedURI}`,
      )
    })
  })
  return violations
}

/**
 * The admin's own defences (issue 12, hole 11): a page of another site must not frame it (clickjacking), and
 * a Content-Security-Policy must stop injected script — while every screen of the admin keeps working under it.
 */
describe('headers on the admin', () => {
  let server: CmsServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startCmsServer({}, { withDemo: true }), launchBrowser()])
    const admin = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'admin@vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD, roles: ['admin'] },
    })
    expect(admin.status, admin.text).toBe(200)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('sends CSP with frame-ancestors none, X-Frame-Options, Referrer-Policy, Permissions-Policy and nosniff', async () => {
    for (const path of ['/admin/login', '/admin', '/api/users/me']) {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual' })
      const headers = response.headers
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(headers.get('permissions-policy'), path).toContain('geolocation=()')
      // Served over plain http here: no HSTS (it would pin a browser to https that is not there).
      expect(headers.get('strict-transport-security'), path).toBeNull()
    }
    const csp = (await fetch(`${server.url}/admin/login`)).headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  })

  it('cannot be framed by another page', async () => {
    const page = await browser.newPage()
    // `load` waits for the frame too, whether it loaded the admin or an error page.
    await page.setContent(`<iframe id="f" src="${server.url}/admin/login"></iframe>`, { waitUntil: 'load' })
    const frame = await (await page.$('#f'))?.contentFrame()
    const framedText = await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '')
    expect(framedText ?? '').not.toContain('Đăng nhập')
    await page.close()
  })

  it('works under its CSP: sign in, dashboard, lists, an item, a new item, a media upload form, the account', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations = await watchCsp(page)
    await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
    await page.fill('#field-email', 'admin@vi-du.vn')
    await page.fill('#field-password', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/admin`)
    await page.getByText('Di sản').first().waitFor()
    for (const path of [
      '/admin/collections/heritage-items',
      '/admin/collections/heritage-items/create',
      '/admin/collections/media',
      '/admin/collections/media/create',
      '/admin/collections/places',
      '/admin/collections/people',
      '/admin/account',
    ]) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
      await page.locator('.template-default').first().waitFor()
    }
    const firstItem = page.locator('.table a').first()
    await page.goto(`${server.url}/admin/collections/heritage-items`, { waitUntil: 'networkidle' })
    await firstItem.click()
    await page.waitForURL(/\/admin\/collections\/heritage-items\/\d+/)
    await page.locator('#field-title').waitFor()
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    // The page's scripts really ran (React hydrated the form), so the CSP did not just pass an inert page.
    expect(await page.locator('#field-title').isEditable()).toBe(true)
    await context.close()
  })
  it('lets the admin change their own password on the account page, asking for the current one', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations = await watchCsp(page)
    await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
    await page.fill('#field-email', 'admin@vi-du.vn')
    await page.fill('#field-password', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/admin`)
    await page.goto(`${server.url}/admin/account`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
    await page.fill('#field-password', 'mat-khau-moi-cua-quan-tri-2027')
    await page.fill('#field-confirm-password', 'mat-khau-moi-cua-quan-tri-2027')
    const refused = await save(page)
    expect(refused.status()).toBe(400)
    await page.getByText(MESSAGES.currentPasswordRequired.vi).first().waitFor()
    await page.fill('#field-currentPassword', PASSWORD)
    const saved = await save(page)
    expect(saved.status()).toBe(200)
    expect(await saved.text()).not.toContain(PASSWORD)
    expect((await login(server.url, 'admin@vi-du.vn', 'mat-khau-moi-cua-quan-tri-2027')).status).toBe(200)
    expect(violations).toEqual([])
    await context.close()
  })
})

/**
 * Clicks Save until the form is sent and returns the server's answer. (Payload's account form refuses the
 * first Save after the password boxes change with "Xin hãy sửa lại những fields không hợp lệ" without sending
 * anything — with or without our field; the second is sent.)
 */
async function save(page: Page) {
  for (let click = 1; click <= 3; click += 1) {
    const sent = page
      .waitForResponse(
        (response) => response.request().method() === 'PATCH' && response.url().includes('/api/users/'),
        {
          timeout: 10_000,
        },
      )
      .catch(() => null)
    await page.click('#action-save')
    const response = await sent
    if (response) return response
  }
  throw new Error('the account form was never sent')
}
