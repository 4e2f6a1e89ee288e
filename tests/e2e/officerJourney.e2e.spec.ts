import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { launchBrowser } from '../helpers/browser'
import { expectInertHtml, hostileText, watchHostile } from '../helpers/canary'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import {
  makePhoto,
  makeVideo,
  pickFromLibrary,
  reviewButtonsShown,
  signedIn,
  Tally,
  uploadInAdmin,
  waitForState,
} from '../helpers/officerDesk'
import { demoScope, firstAdmin, seat } from '../helpers/seats'

const SHOTS = path.resolve(import.meta.dirname, '../artifacts/issue13/journey')
const TITLE = 'Lễ cúng bến nước buôn Kő Sĩr'
const NOTE = `Cần thêm mô tả nghi thức và tên người chủ lễ. ${hostileText('review-note')}`
const REVIEWER_NAME = `Thẩm định viên ${hostileText('reviewer-name')}`
const MISSING = MESSAGES.neededToSubmit.vi
const NOTE_NEEDED = MESSAGES.reviewNoteRequired.vi.replace('{to}', 'Yêu cầu chỉnh sửa')
const PHONE = { width: 390, height: 844 }

type Seat = 'contribDL' | 'reviewerDL' | 'editorDL' | 'contribGL' | 'editorGL' | 'contribPhone'
const EMAIL: Record<Seat, string> = {
  contribDL: 'ctv-dak-lak@vi-du.vn',
  reviewerDL: 'tham-dinh-dak-lak@vi-du.vn',
  editorDL: 'bien-tap-dak-lak@vi-du.vn',
  contribGL: 'ctv-gia-lai@vi-du.vn',
  editorGL: 'bien-tap-gia-lai@vi-du.vn',
  contribPhone: 'ctv-dien-thoai@vi-du.vn',
}

/** The field wrapper Payload marks with the error class, around the input with this id. */
const fieldMarked = (page: Page, id: string) =>
  page.locator('.field-type.error', { has: page.locator(`#${id}`) }).or(page.locator(`.field-type.error#${id}`))

/**
 * Issue 13, "Tests" 1–6: one festival with a photo and a 60-second video goes from a contributor's draft to the
 * public site, every step done in the admin by the role that does it — never as admin — on the production
 * server with the demo content; and the create-and-submit part again on a 390×844 phone.
 */
describe('the officer’s journey, from each role’s seat', () => {
  let server: CmsServer
  let browser: Browser
  let admin = ''
  let sources = ''
  let photo = ''
  let video = ''
  let itemUrl = ''
  let itemId = ''
  const tally = new Tally()
  const detour = new Tally()
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) })

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    sources = mkdtempSync(path.join(tmpdir(), 'disanso-journey-'))
    ;[server, browser] = await Promise.all([
      startCmsServer({ SITE_REBUILD: 'on', SITE_REBUILD_SECONDS: '1' }, { withDemo: true }),
      launchBrowser(),
    ])
    admin = await firstAdmin(server.url)
    const scope = await demoScope(server.url, admin)
    const seats: [Seat, string, string | number][] = [
      ['contribDL', 'contributor', scope.dakLak],
      ['reviewerDL', 'reviewer', scope.dakLak],
      ['editorDL', 'editor', scope.dakLak],
      ['contribGL', 'contributor', scope.giaLai],
      ['editorGL', 'editor', scope.giaLai],
      ['contribPhone', 'contributor', scope.dakLak],
    ]
    for (const [name, role, province] of seats) {
      const made = await seat(server.url, admin, EMAIL[name], [role], [province])
      if (name === 'reviewerDL') {
        const named = await call(`${server.url}/api/users/${made.id}`, {
          method: 'PATCH',
          cookie: admin,
          body: { name: REVIEWER_NAME },
        })
        expect(named.status, named.text).toBe(200)
      }
    }
    photo = await makePhoto(sources, 'anh-le-cung-ben-nuoc.jpg')
    video = makeVideo(sources, 'video-le-cung-ben-nuoc.mp4')
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (sources) rmSync(sources, { recursive: true, force: true })
  })

  it('1. a contributor of Đắk Lắk uploads a photo and a 60 s video, is told what is missing, completes and submits', async () => {
    const page = await signedIn(browser, server.url, EMAIL.contribDL)
    const hostile = watchHostile(page)
    await uploadInAdmin(page, tally, server.url, photo, 'Già làng khấn thần nước bên bến')
    await uploadInAdmin(page, tally, server.url, video, 'Đoàn người rước nước về buôn')

    await page.goto(`${server.url}/admin/collections/heritage-items/create`, { waitUntil: 'networkidle' })
    // Their own province, preselected, and the only one offered.
    const province = page.locator('#field-owningProvince .relationship--single-value__text')
    await province.first().waitFor()
    expect(await province.allTextContents()).toEqual(['tỉnh Đắk Lắk'])
    await page.locator('#field-owningProvince .rs__control').click()
    await page.locator('.rs__option').first().waitFor()
    expect(await page.locator('.rs__option').allTextContents()).toEqual(['tỉnh Đắk Lắk'])
    await page.keyboard.press('Escape')
    // Payload's own publish button is not there to fall into.
    expect(await page.getByRole('button', { name: /Xuất bản tài liệu|Publish/ }).count()).toBe(0)
    expect(await reviewButtonsShown(page)).toEqual(['Gửi thẩm định'])

    await tally.fill(page.locator('#field-title'), TITLE)
    // As a person would, after the form has caught up with the typing (its debounced server check).
    await page.waitForLoadState('networkidle')
    await detour.click(page.getByRole('button', { name: 'Gửi thẩm định' }))
    await fieldMarked(page, 'field-summary').first().waitFor()
    await shot(page, '1-contributor-submit-incomplete')
    for (const id of ['field-summary', 'field-kind', 'field-ethnicGroups', 'field-accessReason'])
      await fieldMarked(page, id).first().waitFor()
    expect(await page.getByText(MISSING).count()).toBeGreaterThanOrEqual(3)
    await shot(page, '1-contributor-submit-incomplete')
    expect(page.url()).toMatch(/\/create$/)

    await tally.fill(
      page.locator('#field-summary'),
      'Lễ tạ ơn thần nước của buôn Ê Đê sau mùa rẫy, làm ở bến nước chung.',
    )
    await tally.choose(page, '#field-kind', 'Lễ hội', 'Lễ hội')
    await tally.choose(page, '#field-ethnicGroups', 'Ê Đê', 'Ê Đê')
    await tally.choose(page, '#field-accessLevel', 'Công', 'Công khai')
    await tally.click(page.getByRole('button', { name: 'Người, tư liệu' }))
    await pickFromLibrary(page, tally, '#field-media', 'anh-le-cung-ben-nuoc')
    await pickFromLibrary(page, tally, '#field-media', 'video-le-cung-ben-nuoc')
    await tally.click(page.getByRole('button', { name: 'Gửi thẩm định' }))
    await page.waitForURL(/\/admin\/collections\/heritage-items\/\d+/)
    itemUrl = page.url().split('?')[0] ?? ''
    itemId = itemUrl.split('/').at(-1) ?? ''
    await waitForState(page, 'Đã gửi thẩm định')
    // Submitted: no longer theirs to change or move (the record waits for the reviewer).
    expect(await reviewButtonsShown(page)).toEqual([])
    await shot(page, '1-contributor-submitted')
    await hostile.check('contributor submitting')

    const stored = (
      await call(`${server.url}/api/heritage-items/${itemId}?draft=true&depth=0`, { cookie: admin })
    ).json()
    expect(stored).toMatchObject({ title: TITLE, reviewState: 'submitted', _status: 'draft', accessLevel: 'public' })
    expect(stored.media).toHaveLength(2)
    await page.context().close()
  })

  it('2. the reviewer of Đắk Lắk sends it back, with the note the button asks for', async () => {
    const page = await signedIn(browser, server.url, EMAIL.reviewerDL)
    const hostile = watchHostile(page)
    await page.goto(itemUrl, { waitUntil: 'networkidle' })
    await waitForState(page, 'Đã gửi thẩm định')
    expect(await reviewButtonsShown(page)).toEqual(['Yêu cầu chỉnh sửa', 'Duyệt'])
    expect(await page.locator('#field-title').isDisabled()).toBe(true)

    await detour.click(page.getByRole('button', { name: 'Yêu cầu chỉnh sửa' }))
    await page.getByRole('alert').filter({ hasText: NOTE_NEEDED }).waitFor()
    expect(await page.locator('.review-actions__state strong').textContent()).toBe('Đã gửi thẩm định')
    await detour.fill(page.locator('#review-actions-note'), NOTE)
    await detour.click(page.getByRole('button', { name: 'Yêu cầu chỉnh sửa' }))
    await waitForState(page, 'Yêu cầu chỉnh sửa')
    await shot(page, '2-reviewer-sent-back')
    await hostile.check('reviewer sending back')
    await page.context().close()
  })

  it('3. the contributor finds the note on the dashboard and in the timeline, fixes the record and submits again', async () => {
    const page = await signedIn(browser, server.url, EMAIL.contribDL)
    const hostile = watchHostile(page)
    // The dashboard is where a sent-back record is found: under "Được trả lại để chỉnh sửa", with the note.
    await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle' })
    const sentBack = page.getByTestId('dashboard-sentBack')
    expect(await sentBack.locator('h2').innerText()).toMatch(/^Được trả lại để chỉnh sửa\s+1$/)
    expect(await sentBack.getByTestId('dashboard-note').innerText()).toContain(NOTE)
    expectInertHtml(await page.content(), 'the dashboard with a hostile note')
    await shot(page, '3-contributor-dashboard')
    await detour.click(sentBack.getByRole('link', { name: TITLE }))
    await page.waitForURL(itemUrl)
    await waitForState(page, 'Yêu cầu chỉnh sửa')
    const latest = page.locator('.review-actions__latest')
    // The note is labelled with the move and the moment it belongs to.
    expect(await latest.textContent()).toMatch(
      /^Ghi chú khi chuyển sang “Yêu cầu chỉnh sửa”, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: /,
    )
    expect(await latest.textContent()).toContain(NOTE)
    const newest = page.locator('.review-timeline li').first()
    const moved = (await newest.innerText()).split('\n')
    expect(moved[0]).toBe('Đã gửi thẩm định → Yêu cầu chỉnh sửa')
    expect(moved[1]).toMatch(new RegExp(`^${REVIEWER_NAME.slice(0, 20)}.* · \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$`, 's'))
    expect(await newest.locator('.review-timeline__note').textContent()).toBe(NOTE)
    expectInertHtml(await page.content(), 'the edit view with a hostile note and reviewer name')
    await shot(page, '3-contributor-reads-note')

    await detour.fill(page.locator('#field-description'), 'Chủ lễ là già làng Y Một. Lễ vật gồm một con heo, rượu cần.')
    await detour.click(page.getByRole('button', { name: 'Lưu bản nháp' }))
    await page
      .getByText(/đã được lưu|thành công/i)
      .first()
      .waitFor()
    // A plain save keeps the review state: the move is made only with a button.
    await waitForState(page, 'Yêu cầu chỉnh sửa')
    await detour.click(page.getByRole('button', { name: 'Gửi thẩm định' }))
    await waitForState(page, 'Đã gửi thẩm định')
    // Resubmitted, the send-back note is history (the timeline), no longer the panel's current note.
    expect(await page.locator('.review-actions__latest').count()).toBe(0)
    expect(await page.locator('.review-timeline__note').first().textContent()).toBe(NOTE)
    await hostile.check('contributor resubmitting')
    await page.context().close()
  })

  it('4. the reviewer approves it', async () => {
    const page = await signedIn(browser, server.url, EMAIL.reviewerDL)
    await page.goto(itemUrl, { waitUntil: 'networkidle' })
    await waitForState(page, 'Đã gửi thẩm định')
    await tally.click(page.getByRole('button', { name: 'Duyệt' }))
    await waitForState(page, 'Đã duyệt')
    expect(await page.locator('.review-actions').innerText()).not.toContain(NOTE)
    await shot(page, '4-reviewer-approved')
    await page.context().close()
  })

  it('6. a contributor and an editor of Gia Lai neither see it nor act on it', async () => {
    for (const who of ['contribGL', 'editorGL'] as const) {
      const page = await signedIn(browser, server.url, EMAIL[who])
      await page.goto(`${server.url}/admin/collections/heritage-items`, { waitUntil: 'networkidle' })
      expect(await page.locator('body').innerText()).not.toContain(TITLE)
      await page.goto(itemUrl, { waitUntil: 'networkidle' })
      // The edit view's address leads back to the list, without the record.
      expect(page.url()).toContain('/admin/collections/heritage-items?notFound=')
      expect(await page.locator('.review-actions').count()).toBe(0)
      expect(await page.locator('body').innerText()).not.toContain(TITLE)
      if (who === 'editorGL') await shot(page, '6-gia-lai-editor-not-found')
      const forced = await page.request.patch(`${server.url}/api/heritage-items/${itemId}?draft=true`, {
        data: { reviewState: 'published', _status: 'published' },
        headers: { 'sec-fetch-site': 'same-origin' },
      })
      expect([403, 404]).toContain(forced.status())
      await page.context().close()
    }
  })

  it('5. an editor of Đắk Lắk publishes it, and its page appears on the public site', async () => {
    const page = await signedIn(browser, server.url, EMAIL.editorDL)
    await page.goto(itemUrl, { waitUntil: 'networkidle' })
    await waitForState(page, 'Đã duyệt')
    expect(await reviewButtonsShown(page)).toEqual(['Xuất bản'])
    await tally.click(page.getByRole('button', { name: 'Xuất bản' }))
    await waitForState(page, 'Đã xuất bản')
    // One status: the header says what the panel says.
    expect(await page.locator('.review-status .status__value').textContent()).toBe('Đã xuất bản')
    // Published, the old send-back note is not shown as if changes were still needed.
    expect(await page.locator('.review-actions').innerText()).not.toContain(NOTE)
    const open = (await call(`${server.url}/api/heritage-items/${itemId}?depth=0`)).json()
    expect(open).toMatchObject({ title: TITLE, _status: 'published', accessLevel: 'public' })
    // The link to the public page appears at once, without a reload.
    const link = page.getByTestId('public-page-link')
    await link.waitFor()
    expect(await link.innerText()).toBe('Xem trang công khai')
    expect(await link.getAttribute('href')).toBe(`http://localhost:4321/di-san/${open.slug}/`)
    await shot(page, '5-editor-published')
    await page.context().close()
    const sitePage = path.join(server.dir, 'site', 'di-san', String(open.slug), 'index.html')
    const deadline = Date.now() + 240_000
    while (!existsSync(sitePage) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(existsSync(sitePage), `${sitePage} after the rebuild:\n${server.output().slice(-2000)}`).toBe(true)
    expect(readFileSync(sitePage, 'utf8')).toContain(TITLE)

    // Once public, Gia Lai's editor reads it like anyone, and still has nothing to press.
    const elsewhere = await signedIn(browser, server.url, EMAIL.editorGL)
    await elsewhere.goto(itemUrl, { waitUntil: 'networkidle' })
    await elsewhere.locator('.review-actions, .list-controls').first().waitFor()
    expect(await reviewButtonsShown(elsewhere)).toEqual([])
    expect(await elsewhere.getByRole('button', { name: 'Lưu bản nháp' }).count()).toBe(0)
    await elsewhere.context().close()

    console.info(
      `[journey] one item with a photo and a video, drafted to published: ${tally.clicks} clicks and ${tally.entries} field entries` +
        ` (plus ${detour.clicks} clicks and ${detour.entries} entries for the incomplete submit, the send-back and the fix)`,
    )
  }, 300_000)

  it('on a 390×844 phone: the contributor creates and submits without sideways scrolling', async () => {
    const page = await signedIn(browser, server.url, EMAIL.contribPhone, PHONE)
    const phone = new Tally()
    const noSideways = async (where: string) => {
      const wide = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        // What sticks out, to say where the sideways scroll comes from.
        out: [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > 391)
          .slice(0, 12)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 50)}→${Math.round(element.getBoundingClientRect().right)}`,
          ),
      }))
      // Soft: the rest of the flow still runs (and is reported) when something sticks out.
      expect.soft(wide.width, `${where}: ${wide.out.join(' | ')}`).toBeLessThanOrEqual(PHONE.width)
    }
    const phonePhoto = await makePhoto(sources, 'anh-dien-thoai.jpg')
    await uploadInAdmin(page, phone, server.url, phonePhoto, 'Ảnh chụp bằng điện thoại')
    await noSideways('media form')
    await page.goto(`${server.url}/admin/collections/heritage-items/create`, { waitUntil: 'networkidle' })
    await noSideways('create form')
    // The deciding controls come first: the review button, the province and the access level in the first screens.
    const top = async (selector: string) =>
      (await page.locator(selector).first().boundingBox())?.y ?? Number.POSITIVE_INFINITY
    const heights = {
      submit: await top('.review-actions__buttons button'),
      province: await top('#field-owningProvince'),
      accessLevel: await top('#field-accessLevel'),
      title: await top('#field-title'),
    }
    console.info(`[journey] phone: distance from the top of the create form (px): ${JSON.stringify(heights)}`)
    expect(heights.submit).toBeLessThan(PHONE.height)
    expect(heights.province).toBeLessThan(PHONE.height * 1.5)
    expect(heights.accessLevel).toBeLessThan(PHONE.height * 1.5)
    await shot(page, 'phone-1-create')

    await phone.fill(page.locator('#field-title'), 'Lễ mừng lúa mới buôn Tơng Jú')
    await page.waitForLoadState('networkidle')
    await phone.click(page.getByRole('button', { name: 'Gửi thẩm định' }))
    await fieldMarked(page, 'field-summary').first().waitFor()
    expect(await page.getByText(MISSING).count()).toBeGreaterThanOrEqual(3)
    await noSideways('create form with errors')
    await shot(page, 'phone-2-missing')
    await phone.fill(page.locator('#field-summary'), 'Lễ mừng lúa mới của người Ê Đê, cúng thần lúa sau mùa gặt.')
    await phone.choose(page, '#field-kind', 'Lễ hội', 'Lễ hội')
    await phone.choose(page, '#field-ethnicGroups', 'Ê Đê', 'Ê Đê')
    await phone.fill(page.locator('#field-accessReason'), 'Chờ già làng cho phép công bố')
    await phone.click(page.getByRole('button', { name: 'Người, tư liệu' }))
    await pickFromLibrary(page, phone, '#field-media', 'anh-dien-thoai')
    await noSideways('media picked')
    await phone.click(page.getByRole('button', { name: 'Gửi thẩm định' }))
    await page.waitForURL(/\/admin\/collections\/heritage-items\/\d+/)
    await waitForState(page, 'Đã gửi thẩm định')
    await noSideways('submitted record')
    await shot(page, 'phone-3-submitted')
    console.info(`[journey] phone create-and-submit: ${phone.clicks} clicks and ${phone.entries} field entries`)
    await page.context().close()
  }, 300_000)
})
