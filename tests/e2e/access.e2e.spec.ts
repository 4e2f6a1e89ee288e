import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoImage } from '../../cms/src/seed/demoMedia'
import { expectCarrierClean, expectNoCanary } from '../helpers/canary'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

const PASSWORD = 'mot-mat-khau-dai-2026'
const ROLES = ['admin', 'editor', 'reviewer', 'contributor', 'researcher', 'anonymous'] as const
const ACTIONS = ['read', 'create', 'update', 'submit', 'approve', 'publish', 'delete', 'file'] as const
const LEVELS = ['public', 'community', 'restricted'] as const
type Role = (typeof ROLES)[number]
type Action = (typeof ACTIONS)[number]
type Level = (typeof LEVELS)[number]

/**
 * What a client sees, per role and action, for records of the role's own province (Đắk Lắk, Ê Đê) and of
 * another (Gia Lai, Gia Rai), each at the three access levels: "own public/community/restricted |
 * other public/community/restricted". The researcher holds a live grant for Gia Rai and an expired one
 * for Ê Đê. Codes: Y allowed (200, 201 for create), F 403, N 404 (not found: existence is not revealed),
 * V 400 (the review workflow refuses the move for this role).
 */
const MATRIX: Record<Role, Record<Action, string>> = {
  admin: {
    read: 'YYY|YYY',
    create: 'YYY|YYY',
    update: 'YYY|YYY',
    submit: 'YYY|YYY',
    approve: 'YYY|YYY',
    publish: 'YYY|YYY',
    delete: 'YYY|YYY',
    file: 'YYY|YYY',
  },
  editor: {
    read: 'YYY|YNN',
    create: 'YYY|FFF',
    update: 'YYY|FFF',
    submit: 'YYY|FFF',
    approve: 'VVV|FFF',
    publish: 'YYY|FFF',
    delete: 'YYY|FFF',
    // Staff read another province's file only when it is public (issue 12 review, B2).
    file: 'YYY|YFF',
  },
  reviewer: {
    read: 'YYY|YNN',
    create: 'FFF|FFF',
    update: 'YYY|FFF',
    submit: 'VVV|FFF',
    approve: 'YYY|FFF',
    publish: 'YYY|FFF',
    delete: 'FFF|FFF',
    file: 'YYY|YFF',
  },
  contributor: {
    read: 'YYY|YNN',
    create: 'YYY|FFF',
    update: 'FFF|FFF',
    submit: 'YYY|FFF',
    approve: 'FFF|FFF',
    publish: 'FFF|FFF',
    delete: 'FFF|FFF',
    file: 'YYY|YFF',
  },
  researcher: {
    read: 'YNN|YYY',
    create: 'FFF|FFF',
    update: 'FFF|FFF',
    submit: 'FFF|FFF',
    approve: 'FFF|FFF',
    publish: 'FFF|FFF',
    delete: 'FFF|FFF',
    // Originals are staff-only (issue 12): a public record's file is "not found", the others still refused.
    file: 'NFF|NFF',
  },
  anonymous: {
    read: 'YNN|YNN',
    create: 'FFF|FFF',
    update: 'FFF|FFF',
    submit: 'FFF|FFF',
    approve: 'FFF|FFF',
    publish: 'FFF|FFF',
    delete: 'FFF|FFF',
    file: 'NFF|NFF',
  },
}
const STATUS = { F: 403, N: 404, V: 400 } as const

describe('who may do what, through the HTTP API of the production build', () => {
  let server: CmsServer
  const cookie: Partial<Record<Role, string>> = {}
  const ids: Record<string, number | string> = {}
  const published: Record<string, { id: number | string; file: string }> = {}
  const api = (path: string, role: Role, init: { method?: string; body?: unknown; form?: FormData } = {}) =>
    call(`${server.url}${path}`, { ...init, cookie: cookie[role] })

  const itemData = (own: boolean, level: Level, extra: Record<string, unknown> = {}) => ({
    title: `Hồ sơ ma trận ${own ? 'Đắk Lắk' : 'Gia Lai'} ${level}`,
    summary: 'Bản ghi kiểm tra quyền truy cập.',
    kind: 'ritual',
    ethnicGroups: [own ? ids.ede : ids.giaRai],
    owningProvince: own ? ids.dakLak : ids.giaLai,
    accessLevel: level,
    accessReason: level === 'public' ? null : 'Kiểm tra',
    consent: { status: 'given' },
    rights: { licence: 'all-rights-reserved' },
    ...extra,
  })
  /**
   * A fixture made by `by` (the admin unless said otherwise) in the given review state. A new record starts
   * as a draft whoever makes it (issue 12, hole 1): the admin walks it through the workflow.
   */
  const fixture = async (own: boolean, level: Level, state: string, by: Role = 'admin', extra = {}) => {
    const reply = await api('/api/heritage-items?draft=true', by, {
      method: 'POST',
      body: itemData(own, level, { reviewState: state === 'draft' ? 'draft' : 'submitted', ...extra }),
    })
    expect(reply.status, reply.text).toBe(201)
    const id = (reply.json().doc as { id: number | string }).id
    const move = async (body: Record<string, unknown>, draft: boolean) => {
      const moved = await api(`/api/heritage-items/${id}?draft=${draft}`, 'admin', { method: 'PATCH', body })
      expect(moved.status, moved.text).toBe(200)
    }
    if (state === 'approved' || state === 'published') await move({ reviewState: 'approved' }, true)
    if (state === 'published') await move({ _status: 'published' }, false)
    return id
  }

  beforeAll(async () => {
    // As in production behind HTTPS: session cookies are Secure (fetch sends them anyway).
    server = await startCmsServer({ COOKIE_SECURE: 'true' }, { withCanaries: true })
    const admin = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'admin@vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD, roles: ['admin'] },
    })
    expect(admin.status, admin.text).toBe(200)
    cookie.admin = (await login(server.url, 'admin@vi-du.vn', PASSWORD)).cookie
    const find = async (path: string) =>
      ((await api(path, 'admin')).json().docs as { id: number | string }[])[0]?.id as number | string
    ids.dakLak = await find('/api/places?where[name][equals]=t%E1%BB%89nh%20%C4%90%E1%BA%AFk%20L%E1%BA%AFk&depth=0')
    ids.giaLai = await find('/api/places?where[name][equals]=t%E1%BB%89nh%20Gia%20Lai&depth=0')
    ids.ede = await find('/api/ethnic-groups?where[slug][equals]=e-de&depth=0')
    ids.giaRai = await find('/api/ethnic-groups?where[slug][equals]=gia-rai&depth=0')
    for (const role of ['editor', 'reviewer', 'contributor', 'researcher'] as const) {
      const created = await api('/api/users', 'admin', {
        method: 'POST',
        body: {
          email: `${role}@vi-du.vn`,
          password: PASSWORD,
          roles: [role],
          provinces: role === 'researcher' ? [] : [ids.dakLak],
        },
      })
      expect(created.status, created.text).toBe(201)
      ids[role] = (created.json().doc as { id: number }).id
      cookie[role] = (await login(server.url, `${role}@vi-du.vn`, PASSWORD)).cookie
    }
    const day = 86_400_000
    for (const [group, expires] of [
      [ids.giaRai, Date.now() + 30 * day],
      [ids.ede, Date.now() - day],
    ] as const) {
      const grant = await api('/api/access-grants', 'admin', {
        method: 'POST',
        body: {
          researcher: ids.researcher,
          scope: 'ethnic-group',
          ethnicGroup: group,
          expiresAt: new Date(expires).toISOString(),
          reason: 'Luận án',
        },
      })
      expect(grant.status, grant.text).toBe(201)
    }
    // Published records with a photo each, for reading and for the file URL.
    for (const own of [true, false]) {
      for (const level of LEVELS) {
        const form = new FormData()
        const image = await demoImage(level.length * 40, 'anh.jpg')
        form.append('file', new Blob([new Uint8Array(image.data)], { type: 'image/jpeg' }), 'anh.jpg')
        form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
        const upload = await api('/api/media', 'admin', { method: 'POST', form })
        expect(upload.status, upload.text).toBe(201)
        const media = upload.json().doc as { id: number; filename: string }
        const id = await fixture(own, level, 'published', 'admin', { media: [media.id], featuredMedia: media.id })
        published[`${own}-${level}`] = { id, file: media.filename }
      }
    }
  }, 240_000)
  afterAll(async () => {
    await server?.stop()
  })

  /** Performs one action on a record of the given province and level as `role`; returns the HTTP status. */
  async function perform(role: Role, action: Action, own: boolean, level: Level): Promise<number> {
    const target = published[`${own}-${level}`] as { id: number | string; file: string }
    switch (action) {
      case 'read':
        return (await api(`/api/heritage-items/${target.id}`, role)).status
      case 'file':
        return (await api(`/api/media/file/${target.file}`, role)).status
      case 'create':
        return (await api('/api/heritage-items?draft=true', role, { method: 'POST', body: itemData(own, level) }))
          .status
      case 'update': {
        const id = await fixture(own, level, 'published')
        return (await api(`/api/heritage-items/${id}`, role, { method: 'PATCH', body: { summary: 'Đã sửa.' } })).status
      }
      case 'submit': {
        const id = await fixture(own, level, 'draft', role === 'contributor' && own ? 'contributor' : 'admin')
        return (
          await api(`/api/heritage-items/${id}?draft=true`, role, {
            method: 'PATCH',
            body: { reviewState: 'submitted' },
          })
        ).status
      }
      case 'approve': {
        const id = await fixture(own, level, 'submitted')
        return (
          await api(`/api/heritage-items/${id}?draft=true`, role, {
            method: 'PATCH',
            body: { reviewState: 'approved' },
          })
        ).status
      }
      case 'publish': {
        const id = await fixture(own, level, 'approved')
        const reply = await api(`/api/heritage-items/${id}?draft=false`, role, {
          method: 'PATCH',
          body: { _status: 'published' },
        })
        if (reply.status === 200)
          expect(reply.json().doc).toMatchObject({ _status: 'published', reviewState: 'published' })
        return reply.status
      }
      case 'delete': {
        const id = await fixture(own, level, 'draft')
        return (await api(`/api/heritage-items/${id}`, role, { method: 'DELETE' })).status
      }
    }
  }

  const cells = ROLES.flatMap((role) =>
    ACTIONS.flatMap((action) => {
      const [own = '', other = ''] = (MATRIX[role][action] ?? '').split('|')
      return [true, false].flatMap((isOwn) =>
        LEVELS.map(
          (level, i) => [role, action, isOwn ? 'own' : 'other', level, (isOwn ? own : other)[i] ?? '?'] as const,
        ),
      )
    }),
  )

  it.each(cells)('%s %s (%s province, %s): %s', async (role, action, province, level, code) => {
    const status = await perform(role, action, province === 'own', level)
    if (code === 'Y') expect(status).toBe(action === 'create' ? 201 : 200)
    else expect(status).toBe(STATUS[code as keyof typeof STATUS])
  })

  describe('canaries on every public door', () => {
    it('REST lists, searches and fetches carry no canary', async () => {
      const canary = server.canary
      if (!canary) throw new Error('canaries were not planted')
      for (const path of [
        '/api/heritage-items?limit=200&depth=2',
        `/api/heritage-items?where[title][like]=${canary.token}`,
        `/api/heritage-items/${canary.ids.restrictedItem}`,
        `/api/heritage-items/${canary.ids.communityItem}?depth=2`,
        `/api/heritage-items/${canary.ids.restrictedItem}/versions`,
        '/api/heritage-items/versions?limit=200',
        '/api/media?limit=200&depth=2',
        `/api/media/${canary.ids.restrictedMedia}`,
        '/api/people?limit=200&depth=2',
        `/api/people/${canary.ids.restrictedPerson}`,
        '/api/audit-log?limit=200',
      ]) {
        expectNoCanary((await api(path, 'anonymous')).text, canary, `GET ${path}`)
      }
      expect((await api(`/api/heritage-items/${canary.ids.restrictedItem}`, 'anonymous')).status).toBe(404)
    })

    it('GraphQL carries no canary', async () => {
      const canary = server.canary
      if (!canary) throw new Error('canaries were not planted')
      const query = `{ HeritageItems(limit: 200) { docs { id title summary people { person { name } } media { filename } } totalDocs }
        Media(limit: 200) { docs { filename caption } } People(limit: 200) { docs { name } }
        HeritageItem(id: ${JSON.stringify(canary.ids.restrictedItem)}) { title }
        versionsHeritageItems(limit: 200) { docs { version { title summary } } } }`
      const reply = await api('/api/graphql', 'anonymous', { method: 'POST', body: { query } })
      expect(reply.status).toBe(200)
      expectNoCanary(reply.text, canary, 'GraphQL')
    })

    it('refuses the files of restricted and community media, and strips them from public records', async () => {
      const canary = server.canary
      if (!canary) throw new Error('canaries were not planted')
      for (const file of Object.values(canary.files))
        expect((await api(`/api/media/file/${file}`, 'anonymous')).status).toBe(403)
      const carrier = (await api(`/api/heritage-items/${canary.ids.publicCarrier}?depth=2`, 'anonymous')).json()
      expectCarrierClean(carrier, canary)
      const shallow = (await api(`/api/heritage-items/${canary.ids.publicCarrier}?depth=0`, 'anonymous')).json()
      expectCarrierClean(shallow, canary)
    })
  })

  describe('logins', () => {
    // Not a lock of the account any more (anyone could lock the admin out with it, issue 12 hole 8): the
    // address that guessed waits; tests/security/accountTakeover.e2e.spec.ts shows the owner still gets in.
    it('makes an address wait after five wrong passwords for an account, and records the failures for admins', async () => {
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect((await login(server.url, 'researcher@vi-du.vn', 'sai-mat-khau-2026')).status).toBe(401)
      }
      const throttled = await login(server.url, 'researcher@vi-du.vn', PASSWORD)
      expect(throttled.status).toBe(429)
      const log = (await api('/api/audit-log?where[action][equals]=login_failed&limit=50', 'admin')).json().docs as {
        summary: string
      }[]
      expect(log.filter((entry) => entry.summary.endsWith('researcher@vi-du.vn')).length).toBeGreaterThanOrEqual(6)
      expect((await api('/api/audit-log', 'editor')).status).toBe(403)
      const entry = (log[0] as unknown as { id: number }).id
      expect(
        (await api(`/api/audit-log/${entry}`, 'admin', { method: 'PATCH', body: { summary: 'sửa' } })).status,
      ).toBe(403)
      expect((await api(`/api/audit-log/${entry}`, 'admin', { method: 'DELETE' })).status).toBe(403)
      expect(
        (
          await api('/api/audit-log', 'admin', {
            method: 'POST',
            body: { action: 'login', at: new Date().toISOString() },
          })
        ).status,
      ).toBe(403)
    })

    it('sends the session cookie HttpOnly, Secure and SameSite=Lax when served over HTTPS', async () => {
      const response = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'editor@vi-du.vn', password: PASSWORD }),
      })
      const session = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
      expect(session).toMatch(/HttpOnly/i)
      expect(session).toMatch(/Secure/i)
      expect(session).toMatch(/SameSite=Lax/i)
    })
  })
})
