import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'

describe('the production CMS', () => {
  let server: CmsServer
  let browser: Browser
  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startCmsServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('greets an officer whose browser is in English with the Vietnamese first-user screen, and makes them admin', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) elsewhere.push(request.url())
    })
    await page.goto(`${server.url}/admin`)
    await page.waitForURL('**/admin/create-first-user')
    // Typing before React has hydrated the form loses the input on a loaded machine: wait until it is live.
    await page.waitForLoadState('networkidle')
    await page.getByRole('heading', { name: 'Xin chào' }).waitFor()
    const screen = await page.locator('body').innerText()
    expect(screen).toContain('Để bắt đầu, hãy tạo người dùng đầu tiên.')
    expect(screen).toContain('Tài khoản đầu tiên luôn là Quản trị hệ thống')

    await page.fill('#field-email', 'can-bo@vi-du.vn')
    await page.fill('#field-password', 'mot-mat-khau-dai-2026')
    await page.fill('#field-confirm-password', 'mot-mat-khau-dai-2026')
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/admin`)
    const dashboard = await page.locator('body').innerText()
    expect(dashboard).toContain('Dân tộc')
    expect(dashboard).toContain('Người dùng')

    // Works offline and sends officers' data nowhere (no Gravatar, no CDN).
    await page.goto(`${server.url}/admin/collections/ethnic-groups`)
    await page.getByRole('heading', { name: 'Dân tộc' }).waitFor()
    expect(elsewhere).toEqual([])

    const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(me.user).toMatchObject({ email: 'can-bo@vi-du.vn', roles: ['admin'] })
    await context.close()
  })

  it('shows the login page in Vietnamese by default and in English once English is chosen', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor()
    expect(await page.locator('body').innerText()).toContain('Quên mật khẩu')
    expect(await page.title()).toContain('Di sản số')

    // Payload's language picker stores the choice in this cookie; the choice wins over the default.
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
    await page.goto(`${server.url}/admin/login`)
    await page.getByRole('button', { name: 'Login' }).waitFor()
    expect(await page.locator('body').innerText()).toContain('Forgot password')
    await context.close()
  })

  it('refuses anonymous reads of users on REST and GraphQL, revealing no account', async () => {
    const rest = await fetch(`${server.url}/api/users`)
    expect(rest.status).toBe(403)
    const restBody = await rest.text()
    expect(JSON.parse(restBody)).toEqual({ errors: [{ message: 'Lỗi - Bạn không có quyền thực hiện lệnh này.' }] })

    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Users { docs { email } totalDocs } }' }),
    })
    const graphqlBody = await graphql.text()
    expect(JSON.parse(graphqlBody).data.Users).toBeNull()
    for (const body of [restBody, graphqlBody]) expect(body).not.toContain('can-bo@vi-du.vn')
  })

  it('serves the public reference data anonymously', async () => {
    const response = await fetch(`${server.url}/api/ethnic-groups?limit=0`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ totalDocs: 0 })
  })
})
