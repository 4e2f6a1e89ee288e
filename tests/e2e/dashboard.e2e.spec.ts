import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REVIEW_STATES } from '../../cms/src/lib/reviewWorkflow'
import { launchBrowser } from '../helpers/browser'
import { expectInertHtml, hostileText, watchHostile } from '../helpers/canary'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { demoScope, firstAdmin, publishedItem, SEAT_PASSWORD, seat } from '../helpers/seats'

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/issue13/dashboard')
type Id = number | string
type Seat = 'admin' | 'contributor' | 'reviewer' | 'editorGL' | 'researcher'
const EMAIL: Record<Seat, string> = {
  admin: 'admin@vi-du.vn',
  contributor: 'cong-tac-vien@vi-du.vn',
  reviewer: 'tham-dinh@vi-du.vn',
  editorGL: 'bien-tap-gia-lai@vi-du.vn',
  researcher: 'nghien-cuu@vi-du.vn',
}
const NOTE = 'Thiếu ảnh lễ cúng bến nước; bổ sung giúp tên người kể.'
const DATE_TIME = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/

/**
 * Issue 13, part 3: each role's dashboard in the production admin, signed in as that role in Chromium. The
 * counts and the downloaded figures are checked against the database (REST as admin); the hostile title is
 * shown as text; another province's restricted record is neither shown nor counted.
 */
describe('the dashboard of each role', () => {
  let server: CmsServer
  let browser: Browser
  const cookie: Partial<Record<Seat, string>> = {}
  let scope: Awaited<ReturnType<typeof demoScope>>
  const ids: Record<string, Id> = {}
  const token = `canary-dash-${Date.now().toString(36)}`
  const hostileTitle = hostileText('dashboard-title')

  const api = (url: string, who?: Seat, init: { method?: string; body?: unknown } = {}) =>
    call(`${server.url}${url}`, { ...init, cookie: who ? cookie[who] : undefined })
  const ok = async (url: string, who: Seat, body: unknown, method = 'PATCH') => {
    const reply = await api(url, who, { method, body })
    expect(reply.status, `${method} ${url}: ${reply.text}`).toBeLessThan(300)
    return (reply.json().doc as { id: Id }).id
  }
  const record = (province: 'dakLak' | 'giaLai', title: string, extra: Record<string, unknown> = {}) => ({
    title,
    summary: `${title}.`,
    kind: 'ritual',
    ethnicGroups: [province === 'dakLak' ? scope.ede : scope.giaRai],
    owningProvince: scope[province],
    accessLevel: 'public',
    consent: { status: 'given' },
    rights: { licence: 'cc-by-4.0' },
    ...extra,
  })
  /** Records as the database holds them (latest versions), counted by the admin. */
  const adminCount = async (query: string) => {
    const reply = await api(`/api/heritage-items?draft=true&limit=1&depth=0&${query}`, 'admin')
    expect(reply.status, reply.text).toBe(200)
    return reply.json().totalDocs as number
  }
  const signedIn = async (who: Seat, viewport = { width: 1280, height: 900 }): Promise<Page> => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport })
    const page = await context.newPage()
    const reply = await page.request.post(`${server.url}/api/users/login`, {
      data: { email: EMAIL[who], password: SEAT_PASSWORD },
    })
    expect(reply.status()).toBe(200)
    return page
  }
  const openDashboard = async (page: Page) => {
    await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle' })
    await page.getByTestId('role-dashboard').waitFor()
    return page.getByTestId('role-dashboard')
  }
  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true, type: 'jpeg', quality: 70 })

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    ;[server, browser] = await Promise.all([startCmsServer({}, { withDemo: true }), launchBrowser()])
    cookie.admin = await firstAdmin(server.url, EMAIL.admin)
    scope = await demoScope(server.url, cookie.admin)
    const made = async (who: Seat, roles: string[], provinces: Id[] = []) =>
      (cookie[who] = (await seat(server.url, cookie.admin as string, EMAIL[who], roles, provinces)).cookie)
    await made('contributor', ['contributor'], [scope.dakLak])
    await made('reviewer', ['reviewer'], [scope.dakLak])
    await made('editorGL', ['editor'], [scope.giaLai])
    await made('researcher', ['researcher'])
    // The contributor's draft, and a record they submitted that the reviewer sends back with a note.
    ids.draft = await ok(
      '/api/heritage-items?draft=true',
      'contributor',
      record('dakLak', 'Lễ cúng bến nước (nháp)'),
      'POST',
    )
    ids.sentBack = await ok(
      '/api/heritage-items?draft=true',
      'contributor',
      record('dakLak', 'Lễ mừng lúa mới buôn Kô Siêr', { reviewState: 'submitted' }),
      'POST',
    )
    await ok(`/api/heritage-items/${ids.sentBack}?draft=true`, 'reviewer', {
      reviewState: 'changes_requested',
      reviewNote: NOTE,
    })
    // Awaiting review in Đắk Lắk: a hostile title. In Gia Lai: a restricted record the reviewer may not see.
    ids.hostile = await ok(
      '/api/heritage-items?draft=true',
      'admin',
      record('dakLak', hostileTitle, { reviewState: 'submitted' }),
      'POST',
    )
    // Restricted records awaiting review in each province, which the other province's staff may not read.
    for (const province of ['giaLai', 'dakLak'] as const)
      ids[`restricted-${province}`] = await ok(
        '/api/heritage-items?draft=true',
        'admin',
        record(province, `${token}-${province} nghi lễ thiêng`, {
          reviewState: 'submitted',
          accessLevel: 'restricted',
          accessReason: `${token} chỉ cộng đồng`,
        }),
        'POST',
      )
    ids.published = await publishedItem(server.url, cookie.admin, record('dakLak', 'Cồng chiêng buôn Ako Dhông'))
  }, 600_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows a contributor their drafts and the record sent back, with the reviewer’s note and its date', async () => {
    const page = await signedIn('contributor')
    const dashboard = await openDashboard(page)
    const drafts = page.getByTestId('dashboard-myDrafts')
    expect(await drafts.locator('h2').innerText()).toMatch(/^Bản nháp của tôi\s+1$/)
    const draftLink = drafts.getByRole('link', { name: 'Lễ cúng bến nước (nháp)' })
    expect(await draftLink.getAttribute('href')).toBe(`/admin/collections/heritage-items/${ids.draft}`)
    const sentBack = page.getByTestId('dashboard-sentBack')
    expect(await sentBack.locator('h2').innerText()).toMatch(/^Được trả lại để chỉnh sửa\s+1$/)
    expect(await sentBack.getByRole('link', { name: 'Lễ mừng lúa mới buôn Kô Siêr' }).count()).toBe(1)
    const note = await sentBack.getByTestId('dashboard-note').innerText()
    expect(note).toContain(NOTE)
    expect(note).toMatch(new RegExp(`^Ghi chú của người thẩm định \\(${DATE_TIME.source}\\):`))
    expect(await page.getByTestId('dashboard-awaiting').count()).toBe(0) // a reviewer's list
    expect(await dashboard.getByRole('link', { name: 'Lễ cúng bến nước (nháp)' }).count()).toBe(1)
    expect(await page.locator('body').innerText()).not.toContain('undefined')
    await shoot(page, 'contributor-desktop.jpg')

    // The same dashboard on a phone: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 })
    await openDashboard(page)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    expect(await page.getByTestId('dashboard-note').innerText()).toContain(NOTE)
    await shoot(page, 'contributor-phone-390x844.jpg')
    await page.context().close()
  })

  it('shows the Đắk Lắk reviewer what awaits review there (not Gia Lai’s), counts as in the database, hostile title inert', async () => {
    const page = await signedIn('reviewer')
    const hostile = watchHostile(page)
    const dashboard = await openDashboard(page)
    const awaiting = page.getByTestId('dashboard-awaiting')
    const titles = await awaiting.locator('.dss-dashboard__title').allInnerTexts()
    expect(titles.some((title) => title.includes('dashboard-title </script><script>window.__hostile'))).toBe(true)
    const html = await page.content()
    expect(html).not.toContain(`${token}-giaLai`)
    expect(html).toContain(`${token}-dakLak`) // its own province's restricted record
    expectInertHtml(html, 'dashboard of the Đắk Lắk reviewer')
    await hostile.check('dashboard of the Đắk Lắk reviewer')
    for (const state of REVIEW_STATES) {
      const shown = Number(await page.getByTestId(`count-${state}`).innerText())
      const stored = await adminCount(
        `where[and][0][owningProvince][equals]=${scope.dakLak}&where[and][1][reviewState][equals]=${state}`,
      )
      expect(shown, state).toBe(stored)
    }
    expect(Number(await page.getByTestId('count-submitted').innerText())).toBeGreaterThan(0)
    // The published record links to its edit view and to its page on the public site.
    const published = page.getByTestId('dashboard-published').getByTestId('dashboard-record').filter({
      hasText: 'Cồng chiêng buôn Ako Dhông',
    })
    const slug = (await api(`/api/heritage-items/${ids.published}?depth=0`, 'admin')).json().slug as string
    expect(await published.getByRole('link', { name: 'Xem trang công khai' }).getAttribute('href')).toBe(
      `http://localhost:4321/di-san/${slug}/`,
    )
    expect(await dashboard.innerText()).not.toContain('Bản nháp của tôi')
    await shoot(page, 'reviewer-desktop.jpg')

    // The edit view of a published record has the same link; a record never published has none.
    await page.goto(`${server.url}/admin/collections/heritage-items/${ids.published}`, { waitUntil: 'networkidle' })
    const link = page.getByTestId('public-page-link')
    await link.waitFor()
    expect(await link.innerText()).toBe('Xem trang công khai')
    expect(await link.getAttribute('href')).toBe(`http://localhost:4321/di-san/${slug}/`)
    await page.goto(`${server.url}/admin/collections/heritage-items/${ids.hostile}`, { waitUntil: 'networkidle' })
    await page.locator('#field-title').waitFor()
    expect(await page.getByTestId('public-page-link').count()).toBe(0)
    await hostile.check('edit view of the hostile record')
    await page.context().close()
  })

  it('gives the Gia Lai editor the figures of Gia Lai as a table, an XLSX and a CSV with the database’s numbers', async () => {
    const page = await signedIn('editorGL')
    const dashboard = await openDashboard(page)
    expect(await page.content()).not.toContain(`${token}-dakLak`)
    expect(await page.content()).not.toContain('Lễ cúng bến nước (nháp)')
    const provinces = page.getByTestId('dashboard-programme').locator('tr[data-dimension="province"] th:nth-child(2)')
    expect(await provinces.allInnerTexts()).toEqual(['tỉnh Gia Lai'])
    const inGiaLai = await adminCount(`where[owningProvince][equals]=${scope.giaLai}`)
    const totalRow = page.getByTestId('dashboard-programme').locator('tr[data-dimension="total"]')
    expect((await totalRow.locator('td').first().innerText()).trim()).toBe(String(inGiaLai))
    expect(await dashboard.innerText()).toContain('Tỉnh bạn phụ trách: tỉnh Gia Lai')
    await shoot(page, 'editor-desktop.jpg')

    // The officer clicks the download link: the browser saves the workbook, sent with their own session.
    const download = async (name: string) => {
      const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()])
      return { name: saved.suggestedFilename(), bytes: readFileSync(await saved.path()) }
    }
    const xlsx = await download('Tải về Excel (XLSX)')
    expect(xlsx.name).toMatch(/^so-lieu-chuong-trinh-\d{4}-\d{2}-\d{2}\.xlsx$/)
    for (const [file, type] of [
      ['programme.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['programme.csv', 'text/csv; charset=utf-8'],
    ]) {
      const served = await fetch(`${server.url}/api/reports/${file}`, {
        headers: { cookie: cookie.editorGL as string, origin: server.url },
      })
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toBe(type)
      expect(served.headers.get('cache-control')).toBe('private, no-store')
    }
    const workbook = new ExcelJS.Workbook()
    // exceljs declares the Buffer of older @types/node; the bytes are the same.
    await workbook.xlsx.load(xlsx.bytes as unknown as Parameters<typeof workbook.xlsx.load>[0])
    const sheet = workbook.worksheets[0]
    const rows: (string | number)[][] = []
    sheet?.eachRow((row) => rows.push((row.values as (string | number)[]).slice(1)))
    expect(rows[0]?.slice(0, 4)).toEqual(['Nhóm', 'Tên', 'Số hồ sơ', 'Đã xuất bản'])
    expect(rows[1]?.slice(0, 3)).toEqual(['Tổng cộng', 'Tổng cộng', inGiaLai])
    const provinceRows = rows.filter((row) => row[0] === 'Tỉnh')
    expect(provinceRows.map((row) => row.slice(1, 3))).toEqual([['tỉnh Gia Lai', inGiaLai]])
    const published = await adminCount(
      `where[and][0][owningProvince][equals]=${scope.giaLai}&where[and][1][reviewState][equals]=published`,
    )
    expect(rows[1]?.[3]).toBe(published)
    const consent = await adminCount(
      `where[and][0][owningProvince][equals]=${scope.giaLai}&where[and][1][consent.status][equals]=given`,
    )
    expect(rows[1]?.[6]).toBe(consent)
    expect(JSON.stringify(rows)).not.toContain('Đắk Lắk')

    const csv = await download('Tải về CSV')
    expect(csv.name).toMatch(/^so-lieu-chuong-trinh-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = csv.bytes.toString('utf8')
    expect(text.startsWith('\uFEFFNhóm,Tên,Số hồ sơ,Đã xuất bản,')).toBe(true)
    expect(text.split('\r\n')[1] ?? text.split('\n')[1]).toMatch(
      new RegExp(`^Tổng cộng,Tổng cộng,${inGiaLai},${published},\\d+,[\\d.]+,${consent},`),
    )
    expect(text).not.toContain('Đắk Lắk')
    await page.context().close()
  })

  it('gives the admin the whole archive (screenshot), and shows the researcher no figures', async () => {
    const admin = await signedIn('admin')
    await openDashboard(admin)
    const all = await adminCount('')
    const totalRow = admin.getByTestId('dashboard-programme').locator('tr[data-dimension="total"]')
    expect((await totalRow.locator('td').first().innerText()).trim()).toBe(String(all))
    await shoot(admin, 'admin-desktop.jpg')
    // In English once the admin language is English; no "undefined" anywhere on the page.
    await admin.context().addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
    await openDashboard(admin)
    expect(await admin.getByRole('heading', { name: 'Programme figures' }).count()).toBe(1)
    expect(await admin.getByTestId('dashboard-awaiting').locator('h2').innerText()).toMatch(/^Awaiting review\s+\d+$/)
    expect(await admin.locator('body').innerText()).not.toContain('undefined')
    await admin.context().close()

    const researcher = await signedIn('researcher')
    const dashboard = await openDashboard(researcher)
    expect(await dashboard.innerText()).toContain('Tài khoản nhà nghiên cứu xem các hồ sơ công khai')
    expect(await researcher.getByTestId('dashboard-programme').count()).toBe(0)
    await researcher.context().close()
  })

  it('refuses the report to the anonymous and to researchers, and survives malformed requests', async () => {
    const anonymous = await api('/api/reports/programme.xlsx')
    expect(anonymous.status).toBe(401)
    expect(anonymous.json()).toEqual({ errors: [{ message: 'Hãy đăng nhập để tải số liệu' }] })
    const researcher = await api('/api/reports/programme.csv', 'researcher')
    expect(researcher.status).toBe(403)
    expect(researcher.text).not.toContain('Tổng cộng')
    for (const name of [
      'programme.pdf',
      'programme.xlsx.exe',
      '..%2f..%2fusers',
      'programme',
      '%00',
      'x'.repeat(3000),
    ]) {
      const reply = await api(`/api/reports/${name}`, 'editorGL')
      expect([400, 404], `${name}: ${reply.status}`).toContain(reply.status)
    }
    const reference = (await api('/api/reports/programme.csv', 'editorGL')).text
    for (const query of [
      'where[owningProvince][equals]=1',
      'where[or][0][id][exists]=true',
      'depth=99&limit=-1&draft=false&locale=xx',
      'lang=%3Cscript%3E',
      'a[b][c][d][e][f][g]=1',
      '%zz',
    ]) {
      const reply = await api(`/api/reports/programme.csv?${query}`, 'editorGL')
      expect(reply.status, query).toBe(200)
      expect(reply.text, query).toBe(reference)
    }
    const forged = await call(`${server.url}/api/reports/programme.csv`, {
      cookie: cookie.editorGL,
      headers: { origin: 'https://attacker.example' },
    })
    expect(forged.status).toBe(401)
    expect((await api('/api/ethnic-groups?limit=1')).status).toBe(200)
  })
})
