import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { PROCESSING_ERRORS } from '../../cms/src/media/messages'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

// The production build (minified) must give the same reasons as the code does in development: an officer's
// refused upload or refused save says why, in their language — never "An unknown error occurred." or only
// "Field sau không hợp lệ: password" (an attacker review found both on the production server).

const PASSWORD = 'mot-mat-khau-dai-2026'
const SAVED_PAGE =
  '<!-- saved from url=(0023)https://vi-du.vn/trang -->\n<html><body><script>alert(1)</script></body></html>'

describe('refusals read as reasons on the production server', () => {
  let server: CmsServer
  let editor: string

  beforeAll(async () => {
    server = await startCmsServer()
    const first = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'quan-tri@vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD },
    })
    expect(first.status, first.text).toBe(200)
    const admin = (await login(server.url, 'quan-tri@vi-du.vn', PASSWORD)).cookie
    const created = await call(`${server.url}/api/users`, {
      method: 'POST',
      cookie: admin,
      body: { email: 'bien-tap@vi-du.vn', password: PASSWORD, roles: ['editor'] },
    })
    expect(created.status, created.text).toBe(201)
    editor = (await login(server.url, 'bien-tap@vi-du.vn', PASSWORD)).cookie
  }, 240_000)
  afterAll(() => server?.stop())

  const headline = (text: string) => (JSON.parse(text) as { errors: { message: string }[] }).errors[0]?.message

  it.each(['vi', 'en'] as const)(
    'an HTML page uploaded as a photo is refused with the reason (%s)',
    async (language) => {
      const form = new FormData()
      form.append('file', new Blob([SAVED_PAGE], { type: 'image/jpeg' }), 'anh-le-hoi.jpg')
      form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
      const reply = await call(`${server.url}/api/media`, {
        method: 'POST',
        cookie: editor,
        form,
        headers: { 'accept-language': language },
      })
      expect(reply.status).toBe(400)
      expect(headline(reply.text)).toBe(PROCESSING_ERRORS['unsafe-content'][language])
    },
  )

  it('an API client signed in with a token is told the reason too (no language asked: Vietnamese)', async () => {
    const token = (await login(server.url, 'bien-tap@vi-du.vn', PASSWORD)).text
    const form = new FormData()
    form.append('file', new Blob([SAVED_PAGE], { type: 'text/html' }), 'page.html')
    form.append('_payload', JSON.stringify({ caption: 'thử tải lên', accessLevel: 'public' }))
    const response = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${(JSON.parse(token) as { token: string }).token}` },
      body: form,
    })
    expect(response.status).toBe(400)
    expect(headline(await response.text())).toBe(PROCESSING_ERRORS['unsafe-content'].vi)
  })

  it('a common password is refused with the reason as the headline, not only the field name', async () => {
    const me = (await call(`${server.url}/api/users/me`, { cookie: editor })).json().user as { id: number }
    const reply = await call(`${server.url}/api/users/${me.id}`, {
      method: 'PATCH',
      cookie: editor,
      body: { password: 'matkhau123456', currentPassword: PASSWORD },
      headers: { 'accept-language': 'vi' },
    })
    expect(reply.status).toBe(400)
    expect(headline(reply.text)).toContain(MESSAGES.commonPassword.vi)
  })
})
