import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoImage } from '../../cms/src/seed/demoMedia'
import { type CmsServer, startCmsExpectingExit, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

const PASSWORD = 'mot-mat-khau-dai-2026'
const EVIL = 'https://trang-la.example'

/**
 * Cross-site request forgery (issue 12, hole 9): a page on another site makes the signed-in admin's browser
 * send requests with the session cookie (SameSite=Lax lets top-level and same-site requests carry it, and the
 * public site shares a registrable site with the CMS on a demo machine). A browser always names the page's
 * origin in `Origin` on such a POST: the CMS must not treat the cookie as a session then.
 */
describe('cross-site requests with the admin session cookie', () => {
  let server: CmsServer
  let cookie: string
  let adminId: number | string

  beforeAll(async () => {
    server = await startCmsServer()
    const admin = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'admin@vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD, roles: ['admin'] },
    })
    expect(admin.status, admin.text).toBe(200)
    adminId = (admin.json().user as { id: number | string }).id
    cookie = (await login(server.url, 'admin@vi-du.vn', PASSWORD)).cookie
  })

  afterAll(async () => {
    await server?.stop()
  })

  const photoForm = async (caption: string) => {
    const form = new FormData()
    const image = await demoImage(40, 'anh.jpg')
    form.append('file', new Blob([new Uint8Array(image.data)], { type: 'image/jpeg' }), 'anh.jpg')
    form.append('_payload', JSON.stringify({ caption, accessLevel: 'public' }))
    return form
  }
  const captions = async () =>
    ((await call(`${server.url}/api/media?limit=100&depth=0`, { cookie })).json().docs as { caption: string }[]).map(
      (doc) => doc.caption,
    )

  it('refuses a multipart create (no preflight needed) from a foreign origin', async () => {
    const forged = await call(`${server.url}/api/media`, {
      method: 'POST',
      cookie,
      headers: { origin: EVIL },
      form: await photoForm('gia-mao'),
    })
    expect(forged.status).toBe(403)
    expect(await captions()).not.toContain('gia-mao')
  })

  it('refuses a JSON update from a foreign origin', async () => {
    const forged = await call(`${server.url}/api/users/${adminId}`, {
      method: 'PATCH',
      cookie,
      headers: { origin: EVIL },
      body: { name: 'Kẻ giả mạo' },
    })
    expect(forged.status).toBe(403)
    const me = (await call(`${server.url}/api/users/me`, { cookie })).json().user as { name?: string }
    expect(me.name ?? null).not.toBe('Kẻ giả mạo')
  })

  it('refuses a GraphQL mutation from a foreign origin', async () => {
    const forged = await call(`${server.url}/api/graphql`, {
      method: 'POST',
      cookie,
      headers: { origin: EVIL },
      body: {
        query: `mutation { updateUser(id: ${JSON.stringify(adminId)}, data: { name: "GraphQL giả mạo" }) { id } }`,
      },
    })
    expect(forged.json().data).toMatchObject({ updateUser: null })
    const me = (await call(`${server.url}/api/users/me`, { cookie })).json().user as { name?: string }
    expect(me.name ?? null).not.toBe('GraphQL giả mạo')
  })

  it('refuses a logout from a foreign origin: the session stays', async () => {
    const forged = await call(`${server.url}/api/users/logout`, { method: 'POST', cookie, headers: { origin: EVIL } })
    expect(forged.status).not.toBe(200)
    const me = (await call(`${server.url}/api/users/me`, { cookie })).json().user as { email?: string } | null
    expect(me?.email).toBe('admin@vi-du.vn')
  })

  it('still serves the admin itself (its own origin) for all of these', async () => {
    const own = { origin: server.url }
    const upload = await call(`${server.url}/api/media`, {
      method: 'POST',
      cookie,
      headers: own,
      form: await photoForm('cua-toi'),
    })
    expect(upload.status, upload.text).toBe(201)
    const update = await call(`${server.url}/api/users/${adminId}`, {
      method: 'PATCH',
      cookie,
      headers: own,
      body: { name: 'Quản trị' },
    })
    expect(update.status, update.text).toBe(200)
    const mutation = await call(`${server.url}/api/graphql`, {
      method: 'POST',
      cookie,
      headers: own,
      body: { query: `mutation { updateUser(id: ${JSON.stringify(adminId)}, data: { name: "Quản trị 2" }) { name } }` },
    })
    expect(mutation.json().data).toEqual({ updateUser: { name: 'Quản trị 2' } })
    const logout = await call(`${server.url}/api/users/logout`, { method: 'POST', cookie, headers: own })
    expect(logout.status, logout.text).toBe(200)
  })

  it('is never left open by a missing SERVER_URL: the production server refuses to start without it', async () => {
    const result = await startCmsExpectingExit({ SERVER_URL: '' })
    expect(result.code).toBe(78)
    expect(result.listened).toBe(false)
    expect(result.output).toContain('Thiếu SERVER_URL')
    expect(result.output).toContain('SERVER_URL is missing')
  })
})
