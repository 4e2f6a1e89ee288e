import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

const PASSWORD = 'mot-mat-khau-dai-2026'
const WRONG = 'sai-mat-khau-2026'
const VI = { 'accept-language': 'vi' }

/**
 * Attacks on accounts from outside and from a low seat (issue 12, holes 8 and 14): locking the admin out,
 * guessing passwords, finding which accounts exist, unlocking, and taking over an account whose session
 * was stolen. The attacker talks to the server over IPv4 loopback and the real admin over IPv6 loopback,
 * two addresses as the server sees them; the attacker also forges the proxy headers a server might trust.
 */
describe('account takeover', () => {
  let server: CmsServer
  let attacker: string
  let victim: string
  const cookie: Record<string, string> = {}
  const ids: Record<string, number | string> = {}

  beforeAll(async () => {
    server = await startCmsServer()
    const port = new URL(server.url).port
    attacker = `http://127.0.0.1:${port}`
    victim = `http://[::1]:${port}`
    const admin = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'admin@vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD, roles: ['admin'] },
    })
    expect(admin.status, admin.text).toBe(200)
    cookie.admin = (await login(victim, 'admin@vi-du.vn', PASSWORD)).cookie
    for (const role of ['contributor', 'editor'] as const) {
      const created = await call(`${server.url}/api/users`, {
        method: 'POST',
        cookie: cookie.admin,
        body: { email: `${role}@vi-du.vn`, password: PASSWORD, roles: [role] },
      })
      expect(created.status, created.text).toBe(201)
      ids[role] = (created.json().doc as { id: number | string }).id
      cookie[role] = (await login(victim, `${role}@vi-du.vn`, PASSWORD)).cookie
    }
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('a signed-in contributor cannot unlock accounts, and the reply does not say whether one exists', async () => {
    const real = await call(`${attacker}/api/users/unlock`, {
      method: 'POST',
      cookie: cookie.contributor,
      headers: { origin: server.url },
      body: { email: 'admin@vi-du.vn' },
    })
    const unknown = await call(`${attacker}/api/users/unlock`, {
      method: 'POST',
      cookie: cookie.contributor,
      headers: { origin: server.url },
      body: { email: 'khong-ai-ca@vi-du.vn' },
    })
    expect(real.status).toBe(403)
    expect(unknown.status).toBe(403)
    expect(real.text).toBe(unknown.text)
  })

  it('an unknown account gets exactly the reply a wrong password gets', async () => {
    const unknown = await login(attacker, 'khong-ai-ca@vi-du.vn', WRONG, VI)
    const wrong = await login(attacker, 'editor@vi-du.vn', WRONG, VI)
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.text).toBe(wrong.text)
  })

  it('guessing from one address is slowed down, however the attacker forges proxy headers', async () => {
    const replies = []
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      replies.push(
        await login(attacker, 'admin@vi-du.vn', `${WRONG}-${attempt}`, {
          ...VI,
          'x-forwarded-for': `203.0.113.${attempt}`,
          'x-real-ip': `198.51.100.${attempt}`,
        }),
      )
    }
    expect(replies.slice(0, 5).map((reply) => reply.status)).toEqual([401, 401, 401, 401, 401])
    expect(replies.slice(5).map((reply) => reply.status)).toEqual([429, 429, 429])
    // Even the right password is not even checked from this address now: guessing has stopped.
    const right = await login(attacker, 'admin@vi-du.vn', PASSWORD, { ...VI, 'x-forwarded-for': '192.0.2.77' })
    expect(right.status).toBe(429)
    expect(right.text).toContain(MESSAGES.tooManyAttempts.vi.split('{')[0])
  })

  it('… while the real admin, from another address, still signs in: the attacker cannot lock them out', async () => {
    const admin = await login(victim, 'admin@vi-du.vn', PASSWORD, VI)
    expect(admin.status, admin.text).toBe(200)
  })

  it('forgot-password is throttled per address too, with the same reply for known and unknown accounts', async () => {
    const ask = (email: string) =>
      call(`${attacker}/api/users/forgot-password`, { method: 'POST', body: { email }, headers: VI })
    const known = await ask('editor@vi-du.vn')
    const unknown = await ask('khong-ai-ca@vi-du.vn')
    expect(known.status).toBe(200)
    expect(known.text).toBe(unknown.text)
    const statuses = []
    for (let attempt = 1; attempt <= 10; attempt += 1) statuses.push((await ask('editor@vi-du.vn')).status)
    expect(statuses).toContain(429)
  })

  it('a stolen session cannot change the password without the current one', async () => {
    const changed = await call(`${attacker}/api/users/${ids.editor}`, {
      method: 'PATCH',
      cookie: cookie.editor,
      headers: { ...VI, origin: server.url },
      body: { password: 'mat-khau-cua-ke-trom-2026' },
    })
    expect(changed.status).toBe(400)
    expect(changed.text).toContain(MESSAGES.currentPasswordRequired.vi)
    const wrongCurrent = await call(`${attacker}/api/users/${ids.editor}`, {
      method: 'PATCH',
      cookie: cookie.editor,
      headers: { ...VI, origin: server.url },
      body: { password: 'mat-khau-cua-ke-trom-2026', currentPassword: 'doan-bua-2026-xyz' },
    })
    expect(wrongCurrent.status).toBe(400)
    expect(wrongCurrent.text).toContain(MESSAGES.currentPasswordWrong.vi)
    // A new email, then "forgot password", would take the account as well (found by an attacker review).
    const email = await call(`${attacker}/api/users/${ids.editor}`, {
      method: 'PATCH',
      cookie: cookie.editor,
      headers: { ...VI, origin: server.url },
      body: { email: 'ke-trom@vi-du.vn' },
    })
    expect(email.status).toBe(400)
    expect(email.text).toContain(MESSAGES.currentPasswordRequired.vi)
    expect((await login(victim, 'ke-trom@vi-du.vn', PASSWORD)).status).toBe(401)
    expect((await login(victim, 'editor@vi-du.vn', PASSWORD)).status).toBe(200)
    const own = await call(`${victim}/api/users/${ids.editor}`, {
      method: 'PATCH',
      cookie: cookie.editor,
      headers: { origin: server.url },
      body: { password: 'mat-khau-moi-cua-toi-2027', currentPassword: PASSWORD },
    })
    expect(own.status, own.text).toBe(200)
    expect((await login(victim, 'editor@vi-du.vn', 'mat-khau-moi-cua-toi-2027')).status).toBe(200)
    // The stored hash is never echoed back, nor the current password.
    expect(own.text).not.toContain(PASSWORD)
  })

  it('an admin resets someone else’s password without knowing it', async () => {
    const reset = await call(`${victim}/api/users/${ids.contributor}`, {
      method: 'PATCH',
      cookie: cookie.admin,
      headers: { origin: server.url },
      body: { password: 'mat-khau-cap-lai-2026' },
    })
    expect(reset.status, reset.text).toBe(200)
    expect((await login(victim, 'contributor@vi-du.vn', 'mat-khau-cap-lai-2026')).status).toBe(200)
  })

  it.each(['matkhau123456', '123456789abc', 'password1234', 'qwerty123456'])(
    'refuses the common password "%s" with a clear message',
    async (password) => {
      const created = await call(`${victim}/api/users`, {
        method: 'POST',
        cookie: cookie.admin,
        headers: { ...VI, origin: server.url },
        body: { email: 'nguoi-moi@vi-du.vn', password, roles: ['contributor'] },
      })
      expect(created.status).toBe(400)
      expect(created.text).toContain(MESSAGES.commonPassword.vi)
    },
  )
})
